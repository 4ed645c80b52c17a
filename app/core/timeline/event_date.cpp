#include "timeline/event_date.h"

namespace dokhae::timeline {

QString EventDate::isoText() const
{
    if (!isResolved())
        return {};
    const auto one = [this](const QDate &day) {
        if (!day.isValid())
            return QStringLiteral("..");
        switch (precision) {
        case DatePrecision::Year: return day.toString(u"yyyy");
        case DatePrecision::Half:
        case DatePrecision::Quarter:
        case DatePrecision::Month: return day.toString(u"yyyy-MM");
        case DatePrecision::Day:
        case DatePrecision::Range: return day.toString(Qt::ISODate);
        }
        return QString();
    };
    const bool single = (precision == DatePrecision::Year || precision == DatePrecision::Month
                         || precision == DatePrecision::Day)
        && certainty != DateCertainty::Approximate;
    if (single)
        return one(start);
    return one(start) + u'/' + one(end);
}

QString precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Year: return QStringLiteral("year");
    case DatePrecision::Half: return QStringLiteral("half");
    case DatePrecision::Quarter: return QStringLiteral("quarter");
    case DatePrecision::Month: return QStringLiteral("month");
    case DatePrecision::Day: return QStringLiteral("day");
    case DatePrecision::Range: return QStringLiteral("range");
    }
    return {};
}

QString certaintyName(DateCertainty certainty)
{
    switch (certainty) {
    case DateCertainty::Exact: return QStringLiteral("exact");
    case DateCertainty::Resolved: return QStringLiteral("resolved");
    case DateCertainty::Approximate: return QStringLiteral("approximate");
    case DateCertainty::Unresolved: return QStringLiteral("unresolved");
    }
    return {};
}

std::optional<DatePrecision> precisionFromName(QStringView name)
{
    for (const DatePrecision p : {DatePrecision::Year, DatePrecision::Half, DatePrecision::Quarter,
                                  DatePrecision::Month, DatePrecision::Day, DatePrecision::Range}) {
        if (precisionName(p) == name)
            return p;
    }
    return std::nullopt;
}

std::optional<DateCertainty> certaintyFromName(QStringView name)
{
    for (const DateCertainty c : {DateCertainty::Exact, DateCertainty::Resolved, DateCertainty::Approximate,
                                  DateCertainty::Unresolved}) {
        if (certaintyName(c) == name)
            return c;
    }
    return std::nullopt;
}

namespace {

EventDate span(const QDate &start, const QDate &end, DatePrecision precision)
{
    EventDate date;
    date.start = start;
    date.end = end;
    date.precision = precision;
    return date;
}

} // namespace

EventDate yearDate(int year)
{
    return span(QDate(year, 1, 1), QDate(year, 12, 31), DatePrecision::Year);
}

EventDate halfDate(int year, int half)
{
    const int first = half == 2 ? 7 : 1;
    const QDate start(year, first, 1);
    return span(start, start.addMonths(6).addDays(-1), DatePrecision::Half);
}

EventDate quarterDate(int year, int quarter)
{
    const QDate start(year, (quarter - 1) * 3 + 1, 1);
    return span(start, start.addMonths(3).addDays(-1), DatePrecision::Quarter);
}

EventDate monthDate(int year, int month)
{
    const QDate start(year, month, 1);
    return span(start, start.addMonths(1).addDays(-1), DatePrecision::Month);
}

EventDate dayDate(const QDate &day)
{
    return span(day, day, DatePrecision::Day);
}

EventDate partOf(const EventDate &whole, int part)
{
    EventDate date = whole;
    date.precision = DatePrecision::Range;
    date.certainty = DateCertainty::Approximate;
    if (!whole.start.isValid() || !whole.end.isValid())
        return date;
    const qint64 days = whole.start.daysTo(whole.end) + 1;
    date.start = whole.start.addDays(days * part / 3);
    date.end = whole.start.addDays(days * (part + 1) / 3 - 1);
    return date;
}

} // namespace dokhae::timeline
