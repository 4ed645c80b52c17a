#pragma once

#include "timeline/event_date.h"

#include <QDate>
#include <QStringView>

#include <optional>

namespace dokhae::timeline {

// What one date expression writes, before it is read against a publication date. A year written in
// full makes it absolute; every other way of placing it (지난해, 이달, 어제, 3년 전, 지난주, a
// month or a day without its year) needs the publication date.
struct WrittenDate {
    enum class Seek { Nearest, Past, Future };  // a month or day without its year: 6월 / 지난 6월 / 오는 6월
    enum class Vague { None, Recent, Soon, Once };  // 최근, 조만간, 한때

    std::optional<int> year;         // written in full (2024년)
    std::optional<int> yearOffset;   // 지난해 -1, 올해 0, 내년 +1, 3년 전 -3
    std::optional<int> monthOffset;  // 지난달 -1, 이달 0, 3개월 전 -3
    std::optional<int> dayOffset;    // 어제 -1, 오늘 0, 10일 전 -10
    std::optional<int> weekOffset;   // 지난주 -1, 이번 주 0, 다음 주 +1
    int month = 0;
    int day = 0;
    int quarter = 0;
    int half = 0;
    int part = -1;                   // 초 0, 중반/중순 1, 말 2: an approximate third of what it follows
    Seek seek = Seek::Nearest;
    Vague vague = Vague::None;
};

// Reads a written date against the article's publication date (invalid when it has none). A month,
// day, quarter or half without its year is the occurrence nearest the publication date (6월 in
// an article of December is next June's only when June is nearer ahead than behind), the last one
// before it after 지난, the first one after it after 오는. Without a publication date, a relative
// date keeps its precision and stays Unresolved, with no start or end.
EventDate resolve(const WrittenDate &written, const QDate &published);

// A figure's date as the figure extractor writes it (figures::Figure::isoDate: 2023, 2024-03,
// 2024-03-10, --06-10 for a day without its year, ---10 for a day of the month, Q1): one end of a
// range at a time. nullopt for anything else.
std::optional<WrittenDate> writtenFromIsoDate(QStringView isoDate);

} // namespace dokhae::timeline
