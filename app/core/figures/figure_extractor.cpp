#include "figures/figure.h"
#include "figures/figure_internal.h"
#include "figures/numeral_lexicon.h"
#include "figures/quantity_parser.h"

#include <algorithm>
#include <cmath>

namespace dokhae::figures {

namespace {

bool isTimeUnit(const QString &unit)
{
    static const QStringList units{QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("day"),
                                   QStringLiteral("h"),    QStringLiteral("min"),   QStringLiteral("s")};
    return units.contains(unit);
}

// A bare number with 만/억/조 (인구 14억) is a count without its counter; a bare number without
// them (CES 2025, 어니 4.5, Step 1) is a name, a version or a label.
bool hasLargeUnitWord(QStringView folded, const Quantity &q)
{
    const QStringView number = folded.mid(q.numberStart, q.numberEnd - q.numberStart);
    return std::any_of(number.begin(), number.end(), [](QChar c) { return largeMultiplierExponent(c) > 0; });
}

bool exact(const Quantity &q)
{
    return !q.approximate && q.bound == Bound::Eq;
}

// Counters that mostly label rather than count: 6세대 이동통신 is a generation, 1203호 a room or
// an issue number, 제3 an ordinal.
bool isLabel(const Quantity &q)
{
    if (q.unit == u"호")
        return true;
    return q.unit == u"세대" && exact(q) && q.value <= 10;
}

// 이 점, 이 곳: a lone 이 before a counter is the demonstrative "this", not two.
bool isDemonstrative(QStringView folded, const Quantity &q)
{
    return q.numberEnd - q.numberStart == 1 && folded[q.numberStart] == u'이';
}

// 인질 중 한 명, 세 가지 중 한 가지: "one of" a group counts nothing. (10곳 중 1곳, written in
// digits after a counted whole, is a part and stays.)
bool isOneOf(QStringView folded, const Quantity &q)
{
    const QStringView number = folded.mid(q.numberStart, q.numberEnd - q.numberStart);
    const QStringView before = folded.first(q.start).trimmed();
    return (number == u"한" || number == u"하나") && (before.endsWith(u" 중") || before.endsWith(u" 가운데"));
}

// 기호 2번: a candidate's ballot number is a label.
bool isBallotNumber(QStringView folded, const Quantity &q)
{
    return q.unit == u"번" && folded.first(q.start).trimmed().endsWith(u"기호");
}

std::optional<FigureKind> figureKindOf(QStringView folded, const Quantity &q)
{
    if (isDemonstrative(folded, q) || isOneOf(folded, q) || isBallotNumber(folded, q))
        return std::nullopt;
    switch (q.kind) {
    case QuantityKind::Money: return FigureKind::Money;
    case QuantityKind::Percent: return FigureKind::Percent;
    case QuantityKind::PercentagePoint: return FigureKind::PercentagePoint;
    case QuantityKind::Ratio:
    case QuantityKind::Fraction: return FigureKind::Ratio;
    case QuantityKind::Ordinal: return std::nullopt;
    case QuantityKind::Count:
        if (isLabel(q))
            return std::nullopt;
        if (q.unit == u"분기" && exact(q) && q.value >= 1 && q.value <= 4) // 1분기 is a quarter, not a count
            return FigureKind::Date;
        return q.unit == u"위" || q.unit == u"등" ? FigureKind::Rank : FigureKind::Count;
    case QuantityKind::Physical:
        if (!isTimeUnit(q.unit))
            return FigureKind::Quantity;
        if (q.unit == u"min" && q.start >= 2 && folded.mid(0, q.start).trimmed().endsWith(u'시'))
            return std::nullopt; // 오후 3시 30분 is a time of day
        // 지난 10일 is a day of the month; 10일간, 10일 만에 are durations.
        if (q.unit == u"day" && exact(q) && q.value >= 1 && q.value <= 31 && q.value == std::floor(q.value)
            && detail::readsAsDayOfMonth(folded, q.start, q.end))
            return FigureKind::Date;
        return FigureKind::Duration;
    case QuantityKind::Numeral:
        return hasLargeUnitWord(folded, q) ? std::optional(FigureKind::Count) : std::nullopt;
    }
    return std::nullopt;
}

Figure toFigure(QStringView text, const Quantity &q, FigureKind kind)
{
    Figure figure;
    figure.start = q.start;
    figure.end = q.end;
    figure.text = text.mid(q.start, q.end - q.start).toString();
    figure.kind = kind;
    figure.value = q.value;
    figure.valueMax = q.valueMax;
    figure.currency = q.currency;
    figure.unit = q.unit;
    figure.approximate = q.approximate;
    figure.bound = q.bound;
    if (kind == FigureKind::Date) { // a quarter (Q1), or a lone day of the month (---10)
        figure.unit = QStringLiteral("date");
        figure.isoDate = q.unit == u"분기" ? QStringLiteral("Q%1").arg(int(q.value))
                                           : QStringLiteral("---%1").arg(int(q.value), 2, 10, QLatin1Char('0'));
    }
    return figure;
}

// A quantity may begin where a word begins, or on a digit glued to Hangul (주2회, 중국이22.6%로);
// the grammar judges the rest.
bool mayStartAt(QStringView folded, qsizetype pos)
{
    const QChar c = folded[pos];
    if (c.isSpace())
        return false;
    return pos == 0 || isAsciiDigit(c) || !folded[pos - 1].isLetterOrNumber();
}

} // namespace

QList<Figure> extractFigures(const QString &readingText)
{
    const QString folded = foldForParsing(readingText);
    QList<Figure> figures = detail::findDates(folded);
    for (Figure &date : figures)
        date.text = readingText.mid(date.start, date.end - date.start);
    const QList<Figure> dates = figures;
    qsizetype nextDate = 0;
    for (qsizetype pos = 0; pos < folded.size();) {
        while (nextDate < dates.size() && dates[nextDate].end <= pos)
            ++nextDate;
        if (nextDate < dates.size() && dates[nextDate].start <= pos) {
            pos = dates[nextDate].end;
            continue;
        }
        const auto quantity = mayStartAt(folded, pos) ? matchQuantityInFolded(folded, pos) : std::nullopt;
        // A quantity that would swallow a date's start (2~2023년) yields to the date.
        if (!quantity || (nextDate < dates.size() && quantity->end > dates[nextDate].start)) {
            ++pos;
            continue;
        }
        if (const auto kind = figureKindOf(folded, *quantity))
            figures.append(toFigure(readingText, *quantity, *kind));
        pos = quantity->end;
    }
    std::sort(figures.begin(), figures.end(), [](const Figure &a, const Figure &b) { return a.start < b.start; });
    detail::linkConversions(readingText, figures); // first: a conversion takes its context from the original
    detail::attachContext(readingText, figures);
    return figures;
}

QuotedPassage quotedPassage(const Figure &figure, QStringView text)
{
    qsizetype start = std::clamp<qsizetype>(figure.sentenceStart, 0, text.size());
    qsizetype end = std::clamp<qsizetype>(figure.sentenceEnd, start, text.size());
    const bool clipped = end - start > kMaxQuotedPassage;
    if (clipped) {
        start = std::max(start, std::min(figure.start, text.size()) - kMaxQuotedPassage / 2);
        end = std::min(end, std::max(start + kMaxQuotedPassage, std::min(figure.end, text.size())));
    }
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    return {start, end, clipped};
}

QString figureKindName(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Money: return QStringLiteral("money");
    case FigureKind::Percent: return QStringLiteral("percent");
    case FigureKind::PercentagePoint: return QStringLiteral("percentage_point");
    case FigureKind::Count: return QStringLiteral("count");
    case FigureKind::Ratio: return QStringLiteral("ratio");
    case FigureKind::Quantity: return QStringLiteral("quantity");
    case FigureKind::Duration: return QStringLiteral("duration");
    case FigureKind::Date: return QStringLiteral("date");
    case FigureKind::Rank: return QStringLiteral("rank");
    }
    return {};
}

std::optional<FigureKind> figureKindFromName(const QString &name)
{
    for (const FigureKind kind : {FigureKind::Money, FigureKind::Percent, FigureKind::PercentagePoint, FigureKind::Count,
                                  FigureKind::Ratio, FigureKind::Quantity, FigureKind::Duration, FigureKind::Date,
                                  FigureKind::Rank}) {
        if (figureKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString measureKey(const QString &measure)
{
    return measure.trimmed().section(u' ', -1);
}

} // namespace dokhae::figures
