#include "claims/claim.h"

#include <QSet>

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
    if (group.kind == figures::FigureKind::Money)
        figure.currency = group.unit;
    else
        figure.unit = group.unit;
    return figures::displayValue(figure, language);
}

} // namespace dokhae::claims
