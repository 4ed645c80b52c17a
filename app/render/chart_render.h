#pragma once

#include "charts/chart_spec.h"

#include <QSize>
#include <QString>

class QChart;
class QImage;

namespace dokhae::render {

enum class Palette { Light, Dark };

// How a spec is drawn: in which language, on which palette, with which source line underneath.
struct RenderOptions {
    QString language = QStringLiteral("ko");  // "ko" or "en": title, labels, units, footer
    Palette palette = Palette::Light;
    // Who said it, in the language: "출처: 헬로티 · 2025-03-27 · 딥시크로 돌풍…". Drawn inside the
    // picture under the chart, with the spec's note, so an exported file carries its source.
    QString sourceLine;
};

// Builds the chart a spec describes, animations off, the Korean font pinned. The caller owns it.
// Each bar, point and slice knows its (series, point) index through the spec's order.
//
// In the window: `new QChartView(buildChart(spec, options))` (the view takes the chart; turn on
// antialiasing with view->setRenderHint(QPainter::Antialiasing)). The footer follows the view's
// size by itself. Clicks and highlighting: ChartPointTracker (chart_point_tracker.h). On a change
// of language or palette, build a new chart: a chart is a picture of (spec, options).
// Values are plotted divided by the chart's scale (value_scale.h): 67.2 on a chart of $…B.
QChart *buildChart(const charts::ChartSpec &spec, const RenderOptions &options);

// Renders the chart at exactly size × scale pixels (device pixel ratio = scale): not grabbed from
// a screen, so it is the same picture on every machine and at any size. A null image when the size
// cannot be drawn (empty, over 16384 pixels a side, scale outside (0, 8]).
QImage renderImage(const charts::ChartSpec &spec, const RenderOptions &options, QSize size, qreal scale = 1.0);

// How much larger than the reading size (800 × 450) an export of `size` is drawn, at least 1: the
// chart is laid out at size / magnification and painted magnified, so a 1600 × 900 PNG has the
// proportions of the 800 × 450 chart with type twice as large, rather than tiny type in a vast plot.
qreal exportMagnification(QSize size);

// Write files; on failure return false with a translated reason in *error (context "ChartExport"),
// and leave no partial file (QSaveFile). The SVG keeps text as <text> in Noto Sans CJK KR.
bool exportPng(const charts::ChartSpec &spec, const RenderOptions &options, const QString &path, QSize size,
               qreal scale, QString *error);
bool exportSvg(const charts::ChartSpec &spec, const RenderOptions &options, const QString &path, QSize size,
               QString *error);

} // namespace dokhae::render
