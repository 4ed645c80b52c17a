#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace dokhae::timeline {

// How finely a date expression places its event: 2023년 is a year, 2023년 하반기 a half, 1분기 a
// quarter, 지난달 a month, 지난 6월 10일 a day; 2014~2023년, 지난주 and 올 초 are ranges.
enum class DatePrecision { Year, Half, Quarter, Month, Day, Range };

// How sure the date is.
// Exact: written in full (2024년 3월). Resolved: written relative to the article's publication date
// and read against it (지난해 in an article of 2025-03-27 -> 2024). Approximate: the text names a
// stretch of time, not a point (올 초, 최근, 지난해 말): start and end bound it, either may be open.
// Unresolved: the text does not place it (한때), or it is relative and the article has no date.
enum class DateCertainty { Exact, Resolved, Approximate, Unresolved };

// A date as one expression of an article writes it. start and end are inclusive; both are invalid
// when unresolved, and one of them may be invalid for an open stretch (최근: until publication).
struct EventDate {
    QString written;  // the words as written (지난 6월 10일)
    QDate start;
    QDate end;
    DatePrecision precision = DatePrecision::Day;
    DateCertainty certainty = DateCertainty::Exact;
    bool relative = false;  // read against the publication date (or would be, had the article one)

    bool isResolved() const { return start.isValid() || end.isValid(); }
    // Where the event goes on a time line: its start, or for a stretch open at the start its end.
    QDate placement() const { return start.isValid() ? start : end; }
    // ISO 8601 as far as the precision goes: 2024, 2024-03, 2024-03-10, 2024-07/2024-12; empty
    // when unresolved.
    QString isoText() const;

    friend bool operator==(const EventDate &, const EventDate &) = default;
};

// The stable words of the CLI JSON: "year", "half", "quarter", "month", "day", "range";
// "exact", "resolved", "approximate", "unresolved".
QString precisionName(DatePrecision precision);
QString certaintyName(DateCertainty certainty);
std::optional<DatePrecision> precisionFromName(QStringView name);
std::optional<DateCertainty> certaintyFromName(QStringView name);

// Calendar spans the readers build dates from; all inclusive.
EventDate yearDate(int year);
EventDate halfDate(int year, int half);        // 1 or 2
EventDate quarterDate(int year, int quarter);  // 1 to 4
EventDate monthDate(int year, int month);
EventDate dayDate(const QDate &day);
// Part of a year or a month, as 초 / 중반 / 말 (early, middle, late) or 초순 / 중순 / 하순 say:
// approximate thirds. `part` is 0, 1 or 2.
EventDate partOf(const EventDate &whole, int part);

} // namespace dokhae::timeline
