#pragma once

#include "claims/claim.h"

#include <QList>
#include <QString>

namespace dokhae::claims {

// One article's figures that can make a claim, each with its value brought to a comparable unit:
// money, percentages, percentage points, counts, ratios and quantities that name what they are
// about (subject) and what they measure. A conversion in parentheses is not a claim of its own: it
// rides with its original (ClaimMember::conversion), and money not in dollars is brought to
// dollars by it, or else at the rate the article states elsewhere (figures::statedRate).
QList<ClaimMember> articleClaims(const ClaimArticle &article, const QString &text, const QList<figures::Figure> &figures);

// The rates an article states through its conversions, one per currency pair (the median of its
// conversions of that pair, as figures::statedRate gives it).
QList<ClaimRate> articleRates(const QList<figures::Figure> &figures);

// The rate of a pair the way ClaimRate writes it: `quote` units per one `base`.
ClaimRate orientedRate(const QString &from, const QString &to, double toPerFrom, bool written);

} // namespace dokhae::claims
