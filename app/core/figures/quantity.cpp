#include "figures/quantity.h"

namespace dokhae::figures {

QString kindName(QuantityKind kind)
{
    switch (kind) {
    case QuantityKind::Numeral: return QStringLiteral("numeral");
    case QuantityKind::Money: return QStringLiteral("money");
    case QuantityKind::Percent: return QStringLiteral("percent");
    case QuantityKind::PercentagePoint: return QStringLiteral("percentage_point");
    case QuantityKind::Count: return QStringLiteral("count");
    case QuantityKind::Ratio: return QStringLiteral("ratio");
    case QuantityKind::Ordinal: return QStringLiteral("ordinal");
    case QuantityKind::Physical: return QStringLiteral("quantity");
    case QuantityKind::Fraction: return QStringLiteral("fraction");
    }
    return {};
}

QString boundName(Bound bound)
{
    switch (bound) {
    case Bound::Eq: return QStringLiteral("eq");
    case Bound::Ge: return QStringLiteral("ge");
    case Bound::Gt: return QStringLiteral("gt");
    case Bound::Le: return QStringLiteral("le");
    case Bound::Lt: return QStringLiteral("lt");
    case Bound::Range: return QStringLiteral("range");
    }
    return {};
}

} // namespace dokhae::figures
