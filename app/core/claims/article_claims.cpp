#include "claims/article_claims.h"

#include "text/code_points.h"

#include <QHash>
#include <QSet>

namespace dokhae::claims {

using figures::Figure;
using figures::FigureKind;

namespace {

const QString kDollar = QStringLiteral("USD");

bool canBeClaim(const Figure &figure)
{
    switch (figure.kind) {
    case FigureKind::Money:
    case FigureKind::Percent:
    case FigureKind::PercentagePoint:
    case FigureKind::Count:
    case FigureKind::Ratio:
    case FigureKind::Quantity:
        break;
    case FigureKind::Duration:
    case FigureKind::Date:
    case FigureKind::Rank:
        return false;
    }
    return figure.converts < 0 && !figure.subject.trimmed().isEmpty() && !figure.measure.trimmed().isEmpty();
}

// Dollars per unit of `currency`: from the figure's own conversion when it is into dollars,
// else the article's stated rate.
std::optional<ClaimRate> dollarRate(const Figure &figure, const std::optional<Figure> &conversion,
                                    const QList<Figure> &figures)
{
    if (conversion && conversion->currency == kDollar && figure.value != 0)
        return orientedRate(figure.currency, kDollar, conversion->value / figure.value, true);
    if (const auto rate = figures::statedRate(figures, figure.currency, kDollar))
        return orientedRate(figure.currency, kDollar, *rate, false);
    return std::nullopt;
}

// Units of `to` per one `from`, whichever way `rate` is written.
double perUnit(const ClaimRate &rate, const QString &from)
{
    return rate.base == from ? rate.value : 1.0 / rate.value;
}

} // namespace

ClaimRate orientedRate(const QString &from, const QString &to, double toPerFrom, bool written)
{
    const bool fromIsBase = from == kDollar || (to != kDollar && from < to);
    if (fromIsBase)
        return ClaimRate{from, to, toPerFrom, written};
    return ClaimRate{to, from, 1.0 / toPerFrom, written};
}

QList<ClaimRate> articleRates(const QList<Figure> &figures)
{
    QList<ClaimRate> rates;
    QSet<QString> seen;
    for (const Figure &figure : figures) {
        if (figure.converts < 0 || figure.converts >= figures.size())
            continue;
        const QString &from = figures.at(figure.converts).currency;
        const ClaimRate pair = orientedRate(from, figure.currency, 1, true);
        if (seen.contains(pair.base + u'/' + pair.quote))
            continue;
        seen.insert(pair.base + u'/' + pair.quote);
        if (const auto rate = figures::statedRate(figures, pair.base, pair.quote))
            rates.append(ClaimRate{pair.base, pair.quote, *rate, true});
    }
    return rates;
}

QList<ClaimMember> articleClaims(const ClaimArticle &article, const QString &text, const QList<Figure> &figures)
{
    QHash<int, int> conversionOf;  // original -> its conversion
    for (int i = 0; i < figures.size(); ++i) {
        if (figures.at(i).converts >= 0 && figures.at(i).converts < figures.size())
            conversionOf.insert(figures.at(i).converts, i);
    }
    const text::CodePointIndex codePoints(text);
    QList<ClaimMember> members;
    for (int i = 0; i < figures.size(); ++i) {
        const Figure &figure = figures.at(i);
        if (!canBeClaim(figure))
            continue;
        ClaimMember member;
        member.article = article;
        member.figure = figure;
        if (const auto it = conversionOf.constFind(i); it != conversionOf.cend())
            member.conversion = figures.at(*it);
        member.normalized = figure.value;
        member.normalizedMax = figure.valueMax;
        if (figure.kind == FigureKind::Money && figure.currency != kDollar) {
            member.rate = dollarRate(figure, member.conversion, figures);
            if (member.rate) {
                const double dollars = perUnit(*member.rate, figure.currency);
                member.normalized = figure.value * dollars;
                if (figure.valueMax)
                    member.normalizedMax = *figure.valueMax * dollars;
            }
        }
        // A conversion into another currency than the dollar still states a rate to compare.
        if (!member.rate && member.conversion && figure.value != 0)
            member.rate = orientedRate(figure.currency, member.conversion->currency,
                                       member.conversion->value / figure.value, true);
        const figures::QuotedPassage passage = figures::quotedPassage(figure, text);
        member.sentence = text.mid(passage.start, passage.end - passage.start);
        member.sentenceStart = passage.start;
        member.figureCodePoints = {codePoints.toCodePoint(figure.start), codePoints.toCodePoint(figure.end)};
        member.sentenceCodePoints = {codePoints.toCodePoint(passage.start), codePoints.toCodePoint(passage.end)};
        members.append(member);
    }
    return members;
}

} // namespace dokhae::claims
