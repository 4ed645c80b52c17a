#include "figures/figure_internal.h"

#include <QRegularExpression>

namespace dokhae::figures::detail {

namespace {

// One calendar expression. A 4-digit year is read as a date only when nothing after it makes it a
// length of time (2000년간, 2023년 동안 are durations; the quantity pass reads them).
const QRegularExpression &datePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "(?<![0-9.,])(?:"
        "(?<ry1>\\d{4}) ?~ ?(?<ry2>\\d{4}) ?년"                                 // 2014~2023년
        "|(?<y>\\d{4}) ?년(?: ?(?<ym>\\d{1,2}) ?월(?: ?(?<yd>\\d{1,2}) ?일)?)?" // 2024년 3월 1일
        "|(?<m>\\d{1,2}) ?월(?: ?(?<d>\\d{1,2}) ?일)?"                          // 6월 10일
        "|(?<iy>\\d{4})[.\\-/](?<im>\\d{1,2})[.\\-/](?<id>\\d{1,2})(?![0-9])"  // 2025.3.1, 2025-03-01
        ")"));
    return pattern;
}

const QRegularExpression &durationAfterYear()
{
    static const QRegularExpression pattern(QStringLiteral("^(?:간|동안| 동안|째|여| 만에|만에)"));
    return pattern;
}

struct Parts
{
    int year = 0, month = 0, day = 0;
};

QString iso(const Parts &p)
{
    const auto two = [](int n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    QString out = p.year ? QString::number(p.year) : QStringLiteral("-");
    if (p.month)
        out += u'-' + two(p.month);
    if (p.day)
        out += u'-' + two(p.day);
    return out;
}

bool plausible(const Parts &p)
{
    return (p.year == 0 || (p.year >= 1800 && p.year <= 2199)) && p.month >= 0 && p.month <= 12 && p.day >= 0
        && p.day <= 31 && (p.year || p.month);
}

int captured(const QRegularExpressionMatch &m, QStringView name)
{
    return m.captured(name).toInt();
}

std::optional<Figure> dateAt(QStringView folded, const QRegularExpressionMatch &m)
{
    Figure date;
    date.kind = FigureKind::Date;
    date.unit = QStringLiteral("date");
    date.start = m.capturedStart();
    date.end = m.capturedEnd();
    if (m.hasCaptured(u"ry1")) {
        const int from = captured(m, u"ry1"), to = captured(m, u"ry2");
        if (!plausible({from, 0, 0}) || !plausible({to, 0, 0}) || to <= from)
            return std::nullopt;
        date.value = from;
        date.valueMax = to;
        date.bound = Bound::Range;
        date.isoDate = QString::number(from) + u'/' + QString::number(to);
        return date;
    }
    Parts parts;
    if (m.hasCaptured(u"y"))
        parts = {captured(m, u"y"), captured(m, u"ym"), captured(m, u"yd")};
    else if (m.hasCaptured(u"m"))
        parts = {0, captured(m, u"m"), captured(m, u"d")};
    else
        parts = {captured(m, u"iy"), captured(m, u"im"), captured(m, u"id")};
    if (!plausible(parts) || (m.hasCaptured(u"iy") && (parts.month == 0 || parts.day == 0)))
        return std::nullopt;
    // 징역 3년6월: months after a number of years (not a calendar year) are a length of time.
    static const QRegularExpression yearsBefore(QStringLiteral("(?<![0-9])[0-9]{1,2} ?년 ?$"));
    if (m.hasCaptured(u"m") && yearsBefore.match(folded.mid(std::max<qsizetype>(0, date.start - 5), std::min<qsizetype>(date.start, 5))).hasMatch())
        return std::nullopt;
    if (m.hasCaptured(u"y") && !m.hasCaptured(u"ym")
        && durationAfterYear().match(folded.mid(date.end, 4)).hasMatch())
        return std::nullopt;
    date.value = parts.year ? parts.year : parts.month;
    date.isoDate = iso(parts);
    return date;
}

} // namespace

QList<Figure> findDates(QStringView folded)
{
    QList<Figure> dates;
    auto it = datePattern().globalMatch(folded);
    while (it.hasNext()) {
        const auto date = dateAt(folded, it.next());
        if (!date)
            continue;
        // 2023년 11월~2025년 9월: two dates joined by a tilde are one span of time.
        if (!dates.isEmpty() && dates.last().bound != Bound::Range) {
            const QStringView between = folded.mid(dates.last().end, date->start - dates.last().end).trimmed();
            if (between == u"~" || between == u"-" || between == u"부터") {
                Figure &first = dates.last();
                first.end = date->end;
                first.bound = Bound::Range;
                first.valueMax = date->value;
                first.isoDate += u'/' + date->isoDate;
                continue;
            }
        }
        dates.append(*date);
    }
    return dates;
}

bool readsAsDayOfMonth(QStringView folded, qsizetype start, qsizetype end)
{
    // News writes the day of the month bare (17일 밝혔다, 지난 10일); a number of days carries
    // a word of extent (3일간, 3일 동안, 10일 만에, 5일 이내, 사흘 걸려).
    static const QRegularExpression durationAfter(
        QStringLiteral("^ ?(?:간|동안|만에|만이|째|이내|내|후|뒤|전|새|사이|연속|가량|정도|씩|치|넘|남짓|걸|이상|미만|이하|초과|"
                       "분|치의|짜리|당)"));
    static const QRegularExpression timeBefore(QStringLiteral("(?:매|하루|주|[0-9] ?[~-] ?) ?$"));
    if (durationAfter.match(folded.mid(end, 8)).hasMatch())
        return false;
    return !timeBefore.match(folded.mid(std::max<qsizetype>(0, start - 4), std::min<qsizetype>(start, 4))).hasMatch();
}

} // namespace dokhae::figures::detail
