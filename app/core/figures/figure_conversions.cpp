#include "figures/figure_internal.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace dokhae::figures::detail {

namespace {

// How far a disagreeing rate may stray from the others of its pair (the 5%).
constexpr double kRateTolerance = 0.05;

// What may stand between an amount and its conversion: "(", "(우리 돈 ", "(한화 ", "(약 " is
// part of the conversion itself. A few words at most, and no other number.
bool opensConversion(QStringView gap)
{
    gap = gap.trimmed();
    if (!gap.startsWith(u'(') || gap.size() > 12)
        return false;
    return std::none_of(gap.begin(), gap.end(), [](QChar c) { return c.isDigit() || c == u')' || c == u','; });
}

QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + u'/' + b : b + u'/' + a;
}

// The rate of a pair, always in the direction of pairKey, so that 1조 원(7억 달러) and
// 7억 달러(1조 원) are compared as the same thing.
double canonicalRate(const Figure &conversion, const Figure &original)
{
    const double rate = *conversion.impliedRate;
    return conversion.currency < original.currency ? 1.0 / rate : rate;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

void linkConversions(QStringView text, QList<Figure> &figures)
{
    QHash<QString, QList<int>> byPair;
    for (int i = 1; i < figures.size(); ++i) {
        Figure &conversion = figures[i];
        const Figure &original = figures[i - 1];
        if (conversion.kind != FigureKind::Money || original.kind != FigureKind::Money
            || conversion.currency == original.currency || original.value == 0
            || !opensConversion(text.mid(original.end, conversion.start - original.end)))
            continue;
        conversion.converts = i - 1;
        conversion.impliedRate = conversion.value / original.value;
        byPair[pairKey(conversion.currency, original.currency)].append(i);
    }
    // A rate is flagged when it is more than 5% off the median of the article's rates of its pair.
    for (const QList<int> &members : std::as_const(byPair)) {
        if (members.size() < 2)
            continue;
        QList<double> rates;
        for (const int i : members)
            rates.append(canonicalRate(figures[i], figures[figures[i].converts]));
        // The median of all, so that one stray rate among three does not drag the reference.
        const double reference = median(rates);
        for (qsizetype k = 0; k < members.size(); ++k)
            figures[members[k]].rateDisagrees = std::abs(rates[k] - reference) / reference > kRateTolerance;
    }
}

} // namespace dokhae::figures::detail

namespace dokhae::figures {

std::optional<double> statedRate(const QList<Figure> &figures, const QString &from, const QString &to)
{
    const QString pair = detail::pairKey(from, to);
    QList<double> rates;
    for (const Figure &f : figures) {
        if (f.converts < 0 || f.converts >= figures.size() || !f.impliedRate || *f.impliedRate <= 0)
            continue;
        const Figure &original = figures[f.converts];
        if (detail::pairKey(f.currency, original.currency) == pair)
            rates.append(detail::canonicalRate(f, original));
    }
    if (rates.isEmpty() || from == to)
        return std::nullopt;
    // Canonical rates count the later-sorting currency per unit of the earlier one.
    const double canonical = detail::median(rates);
    return from < to ? canonical : 1.0 / canonical;
}

} // namespace dokhae::figures
