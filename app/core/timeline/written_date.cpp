#include "timeline/written_date.h"

#include <QList>

#include <cstdlib>

namespace dokhae::timeline {

namespace {

bool needsPublication(const WrittenDate &w)
{
    return !w.year;
}

// The date the written parts give once the year (and for a bare day, the month) is known.
std::optional<EventDate> placed(const WrittenDate &w, int year, int month)
{
    if (w.day > 0) {
        const QDate day(year, month, w.day);
        return day.isValid() ? std::optional(dayDate(day)) : std::nullopt;
    }
    if (month > 0)
        return monthDate(year, month);
    if (w.quarter > 0)
        return quarterDate(year, w.quarter);
    if (w.half > 0)
        return halfDate(year, w.half);
    return yearDate(year);
}

qint64 distance(const EventDate &date, const QDate &to)
{
    const QDate middle = date.start.addDays(date.start.daysTo(date.end) / 2);
    return std::llabs(middle.daysTo(to));
}

// A month, day, quarter or half without its year: the candidate the seek asks for among the
// occurrences around the publication date.
std::optional<EventDate> seekAround(const WrittenDate &w, const QDate &published)
{
    QList<EventDate> candidates;
    for (int step = -1; step <= 1; ++step) {
        std::optional<EventDate> candidate;
        if (w.day > 0 && w.month == 0) {  // 지난 10일: a day of a month near the publication date
            const QDate month = published.addMonths(step);
            candidate = placed(w, month.year(), month.month());
        } else {
            candidate = placed(w, published.year() + step, w.month);
        }
        if (candidate)
            candidates << *candidate;
    }
    std::optional<EventDate> best;
    for (const EventDate &candidate : candidates) {
        switch (w.seek) {
        case WrittenDate::Seek::Past:
            if (candidate.end < published && (!best || candidate.start > best->start))
                best = candidate;
            break;
        case WrittenDate::Seek::Future:
            if (candidate.start > published && (!best || candidate.start < best->start))
                best = candidate;
            break;
        case WrittenDate::Seek::Nearest:
            if (!best || distance(candidate, published) < distance(*best, published))
                best = candidate;
            break;
        }
    }
    return best;
}

std::optional<EventDate> resolvedParts(const WrittenDate &w, const QDate &published)
{
    if (w.year)
        return placed(w, *w.year, w.month);
    if (w.yearOffset)
        return placed(w, published.year() + *w.yearOffset, w.month);
    if (w.monthOffset) {
        const QDate month = published.addMonths(*w.monthOffset);
        return placed(w, month.year(), month.month());
    }
    if (w.dayOffset)
        return dayDate(published.addDays(*w.dayOffset));
    if (w.weekOffset) {
        const QDate monday = published.addDays(1 - published.dayOfWeek() + 7 * *w.weekOffset);
        EventDate week = dayDate(monday);
        week.end = monday.addDays(6);
        week.precision = DatePrecision::Range;
        return week;
    }
    return seekAround(w, published);
}

DatePrecision writtenPrecision(const WrittenDate &w)
{
    if (w.part >= 0 || w.weekOffset || w.vague != WrittenDate::Vague::None)
        return DatePrecision::Range;
    if (w.day > 0 || w.dayOffset)
        return DatePrecision::Day;
    if (w.month > 0 || w.monthOffset)
        return DatePrecision::Month;
    if (w.quarter > 0)
        return DatePrecision::Quarter;
    if (w.half > 0)
        return DatePrecision::Half;
    return DatePrecision::Year;
}

EventDate vagueDate(const WrittenDate &w, const QDate &published)
{
    EventDate date;
    date.precision = DatePrecision::Range;
    date.relative = w.vague != WrittenDate::Vague::Once;
    // 한때 is some time in the past, no nearer; 최근 and 조만간 are bounded by publication on one side.
    if (w.vague == WrittenDate::Vague::Once || !published.isValid()) {
        date.certainty = DateCertainty::Unresolved;
        return date;
    }
    date.certainty = DateCertainty::Approximate;
    (w.vague == WrittenDate::Vague::Recent ? date.end : date.start) = published;
    return date;
}

} // namespace

EventDate resolve(const WrittenDate &w, const QDate &published)
{
    if (w.vague != WrittenDate::Vague::None)
        return vagueDate(w, published);
    EventDate date;
    date.precision = writtenPrecision(w);
    date.relative = needsPublication(w);
    if (date.relative && !published.isValid()) {
        date.certainty = DateCertainty::Unresolved;
        return date;
    }
    const std::optional<EventDate> parts = resolvedParts(w, published);
    if (!parts) {  // 2월 30일, or no occurrence where the seek looks
        date.certainty = DateCertainty::Unresolved;
        return date;
    }
    EventDate resolved = w.part >= 0 ? partOf(*parts, w.part) : *parts;
    resolved.relative = date.relative;
    if (w.part < 0)
        resolved.certainty = date.relative ? DateCertainty::Resolved : DateCertainty::Exact;
    return resolved;
}

std::optional<WrittenDate> writtenFromIsoDate(QStringView iso)
{
    WrittenDate w;
    bool ok = true;
    if (iso.size() == 2 && iso.front() == u'Q') {
        w.quarter = iso.mid(1).toInt(&ok);
        return ok && w.quarter >= 1 && w.quarter <= 4 ? std::optional(w) : std::nullopt;
    }
    if (iso.startsWith(u"---")) {
        w.day = iso.mid(3).toInt(&ok);
        return ok && w.day >= 1 && w.day <= 31 ? std::optional(w) : std::nullopt;
    }
    const bool withoutYear = iso.startsWith(u"--");
    const QList<QStringView> parts = (withoutYear ? iso.mid(2) : iso).split(u'-');
    QList<int> numbers;
    for (const QStringView part : parts) {
        numbers << part.toInt(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (!withoutYear)
        w.year = numbers.takeFirst();
    w.month = numbers.value(0);
    w.day = numbers.value(1);
    if (numbers.size() > 2 || w.month < 0 || w.month > 12 || w.day < 0 || w.day > 31 || (withoutYear && w.month == 0))
        return std::nullopt;
    return w;
}

} // namespace dokhae::timeline
