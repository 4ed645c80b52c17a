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
QChart *buildChart(const charts::ChartSpec &spec, const RenderOptions &options);

// Renders the chart at exactly size × scale pixels (device pixel ratio = scale): not grabbed from
// a screen, so it is the same picture on every machine and at any size.
QImage renderImage(const charts::ChartSpec &spec, const RenderOptions &options, QSize size, qreal scale = 1.0);

// Write files; on failure return false with a translated reason in *error, and leave no partial file.
bool exportPng(const charts::ChartSpec &spec, const RenderOptions &options, const QString &path, QSize size,
               qreal scale, QString *error);
bool exportSvg(const charts::ChartSpec &spec, const RenderOptions &options, const QString &path, QSize size,
               QString *error);

} // namespace dokhae::render
