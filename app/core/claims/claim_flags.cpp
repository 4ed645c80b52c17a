#include "claims/claim_flags.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <limits>

namespace dokhae::claims {

using figures::Bound;
using figures::FigureKind;

namespace {

// The values a member allows: a range, a bound (70% 이상) open on one side, or one value.
struct Span {
    double low = 0;
    double high = 0;
};

Span spanOf(const ClaimMember &member)
{
    constexpr double infinity = std::numeric_limits<double>::infinity();
    Span span{member.normalized, member.normalizedMax.value_or(member.normalized)};
    if (member.figure.bound == Bound::Ge || member.figure.bound == Bound::Gt)
        span.high = infinity;
    if (member.figure.bound == Bound::Le || member.figure.bound == Bound::Lt)
        span.low = -infinity;
    return span;
}

// How far apart two spans are, and the larger of the two values that face each other: 0 when
// they overlap.
std::pair<double, double> gapBetween(const Span &a, const Span &b)
{
    const double upper = std::max(a.low, b.low);
    const double lower = std::min(a.high, b.high);
    if (upper <= lower)
        return {0, 0};
    return {upper - lower, std::max(std::abs(upper), std::abs(lower))};
}

// How many decimals a written value has: 70 -> 0, 22.6 -> 1.
int decimalsOf(double value)
{
    int decimals = 0;
    while (decimals < 4) {
        const double scaled = value * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, std::abs(scaled)))
            break;
        ++decimals;
    }
    return decimals;
}

QString sourceName(const ClaimArticle &article)
{
    if (!article.outlet.isEmpty())
        return article.outlet;
    if (!article.title.isEmpty())
        return article.title;
    return QStringLiteral("#%1").arg(article.id);
}

QLocale localeFor(const QString &language)
{
    return language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                           : QLocale(QLocale::Korean, QLocale::SouthKorea);
}

QString rateText(double rate, const QLocale &locale)
{
    const int decimals = rate >= 1000 ? 0 : rate >= 10 ? 1 : rate >= 0.1 ? 3 : 6;
    return locale.toString(rate, 'f', decimals);
}

bool isPercentage(FigureKind kind)
{
    return kind == FigureKind::Percent || kind == FigureKind::PercentagePoint;
}

// The pair of members from different articles that lies furthest apart, by `distance(i, j)` of
// their indexes (larger is further), when any two are apart at all.
template<typename Distance>
std::optional<std::pair<int, int>> furthestPair(const ClaimGroup &group, Distance distance, double *found)
{
    std::optional<std::pair<int, int>> best;
    double bestDistance = 0;
    for (int i = 0; i < group.members.size(); ++i) {
        for (int j = i + 1; j < group.members.size(); ++j) {
            if (group.members.at(i).article.id == group.members.at(j).article.id)
                continue;
            const double d = distance(i, j);
            if (d > bestDistance) {
                bestDistance = d;
                best = std::pair{i, j};
            }
        }
    }
    *found = bestDistance;
    return best;
}

std::optional<ClaimFlag> valuesFlag(const ClaimGroup &group, const ClaimOptions &options)
{
    double relative = 0;
    QList<Span> spans;
    for (const ClaimMember &member : group.members)
        spans.append(spanOf(member));
    const auto pair = furthestPair(group, [&](int i, int j) {
        const auto [gap, scale] = gapBetween(spans.at(i), spans.at(j));
        return scale > 0 ? gap / scale : 0.0;
    }, &relative);
    if (!pair || relative <= options.threshold)
        return std::nullopt;
    const ClaimMember &a = group.members.at(pair->first);
    const ClaimMember &b = group.members.at(pair->second);
    const QLocale locale = localeFor(options.language);
    const QString reason =
        QCoreApplication::translate("Claims", "%1 (%2) and %3 (%4) differ by %5%, more than the %6% allowed.")
            .arg(displayNormalized(group, a.normalized, options.language), sourceName(a.article),
                 displayNormalized(group, b.normalized, options.language), sourceName(b.article),
                 locale.toString(relative * 100, 'f', 1), locale.toString(options.threshold * 100, 'g', 4));
    return ClaimFlag{FlagKind::ValuesDiffer, reason, {pair->first, pair->second}};
}

std::optional<ClaimFlag> percentFlag(const ClaimGroup &group, const ClaimOptions &options)
{
    // Apart by more than the coarser of the two writings can hide: 70% stands for 69.5 to 70.5.
    QList<Span> spans;
    QList<double> roundings;  // half the last written digit: 0.5 for 70%, 0.05 for 22.6%
    for (const ClaimMember &member : group.members) {
        spans.append(spanOf(member));
        roundings.append(0.5 * std::pow(10.0, -decimalsOf(member.figure.value)));
    }
    double beyondRounding = 0;
    const auto pair = furthestPair(group, [&](int i, int j) {
        return gapBetween(spans.at(i), spans.at(j)).first - std::max(roundings.at(i), roundings.at(j)) - 1e-9;
    }, &beyondRounding);
    if (!pair)
        return std::nullopt;
    const ClaimMember &a = group.members.at(pair->first);
    const ClaimMember &b = group.members.at(pair->second);
    const QString reason =
        QCoreApplication::translate("Claims", "Sources give different percentages: %1 (%2) against %3 (%4).")
            .arg(figures::displayValue(a.figure, options.language), sourceName(a.article),
                 figures::displayValue(b.figure, options.language), sourceName(b.article));
    return ClaimFlag{FlagKind::PercentDiffers, reason, {pair->first, pair->second}};
}

QList<ClaimFlag> rateFlags(const ClaimGroup &group, const MonthlyRates &rates, const ClaimOptions &options)
{
    QList<ClaimFlag> flags;
    const QLocale locale = localeFor(options.language);
    for (int i = 0; i < group.members.size(); ++i) {
        const ClaimMember &member = group.members.at(i);
        if (!member.rate || member.rate->value <= 0)
            continue;
        const ClaimRate &rate = *member.rate;
        const auto reference = rates.others(member.article, rate.base, rate.quote);
        if (!reference || reference->rate <= 0)
            continue;
        const double off = std::abs(rate.value / reference->rate - 1.0);
        if (off <= options.rateTolerance)
            continue;
        const QString reason =
            QCoreApplication::translate("Claims",
                                        "%1 (%2) is converted at %3 %4 per %5, %6% off the %7 that %n other "
                                        "article(s) of %8 state.",
                                        nullptr, reference->articles)
                .arg(figures::displayValue(member.figure, options.language), sourceName(member.article),
                     rateText(rate.value, locale), rate.quote, rate.base, locale.toString(off * 100, 'f', 1),
                     rateText(reference->rate, locale), member.article.published.toString(QStringLiteral("yyyy-MM")));
        flags.append(ClaimFlag{FlagKind::RateFarFromMonth, reason, {i}});
    }
    return flags;
}

} // namespace

QList<ClaimFlag> flagsFor(const ClaimGroup &group, const MonthlyRates &rates, const ClaimOptions &options)
{
    QList<ClaimFlag> flags;
    if (const auto differ = isPercentage(group.kind) ? percentFlag(group, options) : valuesFlag(group, options))
        flags.append(*differ);
    flags += rateFlags(group, rates, options);
    return flags;
}

} // namespace dokhae::claims
