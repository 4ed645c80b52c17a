#pragma once

#include <QString>

class QChart;
class QColor;
class QFont;
class QGraphicsTextItem;

namespace dokhae::render {

// The source line and the note, in small grey type under the plot, inside the chart item itself:
// the window's QChartView and every export show the same footer, and a copied picture keeps its
// source. The chart's bottom margin grows to the footer's height whenever the chart is resized.
// Returns the footer item (a child item of the chart), or nullptr when `text` is empty.
QGraphicsTextItem *attachFooter(QChart *chart, const QString &text, const QFont &font, const QColor &color);

// The footer attachFooter put on `chart`, or nullptr.
QGraphicsTextItem *chartFooter(const QChart *chart);

} // namespace dokhae::render
