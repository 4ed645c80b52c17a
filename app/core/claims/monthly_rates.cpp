#include "claims/monthly_rates.h"

#include <algorithm>

namespace dokhae::claims {

namespace {

QString monthPairKey(const QDate &published, const QString &base, const QString &quote)
{
    return published.toString(QStringLiteral("yyyy-MM")) + u'|' + base + u'/' + quote;
}

} // namespace

void MonthlyRates::add(const ClaimArticle &article, const QList<ClaimRate> &rates)
{
    if (!article.published.isValid())
        return;
    for (const ClaimRate &rate : rates) {
        if (rate.value > 0)
            m_byMonthAndPair[monthPairKey(article.published, rate.base, rate.quote)].append({article.id, rate.value});
    }
}

std::optional<MonthlyRates::Reference> MonthlyRates::others(const ClaimArticle &article, const QString &base,
                                                           const QString &quote) const
{
    if (!article.published.isValid())
        return std::nullopt;
    QList<double> rates;
    for (const Stated &stated : m_byMonthAndPair.value(monthPairKey(article.published, base, quote))) {
        if (stated.articleId != article.id)
            rates.append(stated.rate);
    }
    if (rates.isEmpty())
        return std::nullopt;
    // The median, so that one article's stray rate does not become the month's.
    std::sort(rates.begin(), rates.end());
    const qsizetype n = rates.size();
    const double median = n % 2 ? rates[n / 2] : (rates[n / 2 - 1] + rates[n / 2]) / 2;
    return Reference{median, int(n)};
}

} // namespace dokhae::claims
