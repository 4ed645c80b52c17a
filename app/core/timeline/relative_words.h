#pragma once

#include "timeline/written_date.h"

#include <QList>
#include <QString>

// The words Korean news places events with relative to its own date, read into WrittenDate.
namespace dokhae::timeline {

struct RelativeWords {
    qsizetype start = 0;  // UTF-16 span
    qsizetype end = 0;
    WrittenDate written;
};

// 올해, 지난해, 작년, 재작년, 내년, 올 (before 초, 상반기, 1분기, 3월 …), each with what follows
// it (상반기, 1분기, 9월 10일, 초, 말); 이달, 지난달, 다음 달, 내달 (with 10일, 초순, 말); 지난 6월
// (10일), 오는 3월, 지난 10일; 어제, 오늘, 내일; 지난주, 이번 주, 다음 주; 3년 전, 두 달 전,
// 10일 전; 연초, 연말; 최근, 요즘, 근래, 얼마 전, 조만간, 한때. In text order, not overlapping.
QList<RelativeWords> findRelativeWords(const QString &text);

// The part of a year or a month written right after a date that ends at `pos` (2023년 상반기,
// 2024년 1분기, 지난해 말, 2024년 3월 초, 이달 하순), recorded in `written`. Returns how many
// characters it takes (0 when none follows).
qsizetype readPartAfter(const QString &text, qsizetype pos, WrittenDate &written);

} // namespace dokhae::timeline
