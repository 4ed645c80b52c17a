#pragma once

// Internal to the renderer: what the per-kind builders share.
#include "chart_render.h"
#include "chart_style.h"
#include "value_scale.h"

#include <Qt>

class QAbstractAxis;
class QChart;
class QValueAxis;
class QXYSeries;

namespace dokhae::render::detail {

// Dynamic properties by which a built chart's Qt objects know their place in the spec, so that a
// click can be traced back to the point (and its sentence) whatever the drawing order.
inline constexpr char kSeriesIndexProperty[] = "dokhaeSeries";   // int, on QBarSet, QXYSeries, QPieSlice
inline constexpr char kPointIndexesProperty[] = "dokhaePoints";  // QList<int>: bar category or line
                                                                 // point → spec point (-1: none)
inline constexpr char kPointIndexProperty[] = "dokhaePoint";     // int, on QPieSlice

struct BuildContext {
    const charts::ChartSpec &spec;
    const RenderOptions &options;
    const ChartStyle &style;
    const ValueScale &scale;
    QChart *chart;
};

void addBars(const BuildContext &context);  // Bar, GroupedBar, HorizontalBar
void addLines(const BuildContext &context);
void addPie(const BuildContext &context);

// A value axis from `low` to `high` (scaled values) on round ticks, labelled in the chart's scale.
QValueAxis *addValueAxis(const BuildContext &context, double low, double high, Qt::Alignment alignment);
// A label as Qt Charts draws axis and slice labels: as HTML, so escaped; `wrap` breaks a long
// label of several words over two lines (under a bar there is room for a second line, not width).
QString labelHtml(const QString &label, bool wrap = false);
// The marker size of one point of a line, its label kept above the marker: Qt lifts a point label
// by the point's configured size, and without one by half the pen width only, into the marker.
void setPointMarkerSize(QXYSeries *line, int index, qreal size);
// Fonts and colours of an axis (a newly added axis takes the theme's, so this comes after addAxis).
void styleAxis(QAbstractAxis *axis, const ChartStyle &style, bool gridVisible);

} // namespace dokhae::render::detail
