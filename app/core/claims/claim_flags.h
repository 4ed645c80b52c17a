#pragma once

#include "claims/claim.h"
#include "claims/monthly_rates.h"

#include <QList>
#include <QString>

namespace dokhae::claims {

struct ClaimOptions {
    // Values of one claim (money, counts) from different articles may differ by this fraction of
    // the larger before they are flagged (the analyst sets it; 0.05 is 5%).
    double threshold = 0.05;
    // A conversion's rate may be this far from the month's other articles' before it is flagged.
    double rateTolerance = 0.05;
    // The language values are written in inside the reasons: "ko" or "en".
    QString language = QStringLiteral("ko");
};

// Why a group's sources disagree, each flag with its reason (translated now, in the "Claims"
// context):
// - values from different articles that differ by more than the threshold (the most distant pair);
// - percentages (and percentage points) that differ between articles by more than the precision
//   they are written with (약 70% and 69.7% agree, 22.6% and 23.5% do not);
// - each conversion whose rate is more than rateTolerance off the rate the other articles of its
//   month state for the same pair.
QList<ClaimFlag> flagsFor(const ClaimGroup &group, const MonthlyRates &rates, const ClaimOptions &options);

} // namespace dokhae::claims
