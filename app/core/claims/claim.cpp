#include "claims/claim.h"

#include <QSet>

#include <cmath>

namespace dokhae::claims {

QString flagKindName(FlagKind kind)
{
    switch (kind) {
    case FlagKind::ValuesDiffer: return QStringLiteral("values_differ");
    case FlagKind::PercentDiffers: return QStringLiteral("percent_differs");
    case FlagKind::RateFarFromMonth: return QStringLiteral("rate_far_from_month");
    }
    return {};
}

int ClaimGroup::sourceCount() const
{
    QSet<qint64> articles;
    for (const ClaimMember &member : members)
        articles.insert(member.article.id);
    return int(articles.size());
}

QString displayNormalized(const ClaimGroup &group, double value, const QString &language)
{
    figures::Figure figure;
    figure.kind = group.kind;
    figure.value = value;
    // Money brought to dollars at a rate is an estimate: three significant digits (75억 8,000만
    // 달러, not 75억 8,153만 8,462달러), as the articles themselves round.
    if (group.kind == figures::FigureKind::Money && value != 0) {
        const double scale = std::pow(10.0, std::floor(std::log10(std::abs(value))) - 2);
        figure.value = std::round(value / scale) * scale;
    }
    if (group.kind == figures::FigureKind::Money)
        figure.currency = group.unit;
    else
        figure.unit = group.unit;
    return figures::displayValue(figure, language);
}

} // namespace dokhae::claims
