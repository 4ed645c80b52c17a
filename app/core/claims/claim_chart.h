#pragma once

#include "charts/chart_spec.h"
#include "claims/claim.h"

#include <QHash>
#include <QString>

namespace dokhae::claims {

// A claim's sources side by side, on the chart machinery: one bar per quotation, labelled by its
// outlet (with the date when one outlet quotes it twice, and the article's title when it names no
// outlet), valued in the group's unit (money in US dollars at the rates the claim used), each
// point traced to the figure and sentence it was read from. `revisions` gives each member
// article's current revision (SHA-256), which a point's source names. The chart belongs to the
// first article that quotes the claim; it is the analyst's (origin User), so it is stored as made.
charts::ChartSpec comparisonChart(const ClaimGroup &group, const QHash<qint64, QString> &revisions);

} // namespace dokhae::claims
