#pragma once

#include "charts/chart_labels.h"
#include "charts/chart_spec.h"
#include "charts/chart_suggester.h"

#include <QList>
#include <QString>

// How a set of comparable figures becomes a spec: kind, title, points. Shared by the suggester
// and the analyst's builder. Not part of the public API.
namespace dokhae::charts::detail {

// One comparison: the points of one series, with the figure each came from.
struct Comparison {
    std::optional<int> year;
    QList<SourcedFigure> members;
};

QString unitKey(const figures::Figure &figure);  // the currency for money, else the unit

// A chart point for a member, labelled by its subject (or the figure as written when it has none).
ChartPoint pointFor(const SourcedFigure &member, const ChartLabels &labels);

// Pie for shares that add up to a whole, horizontal bars for long labels or many points, a
// grouped bar for several series, else bars.
ChartKind chooseKind(const ChartSpec &spec);

// A spec of one series per comparison, titled by the fullest measure among the members and the
// years the comparisons cover; kind chosen by chooseKind.
ChartSpec specFor(const QList<Comparison> &comparisons, const ChartLabels &labels);

} // namespace dokhae::charts::detail
