#pragma once

#include "chart_render.h"

#include <QColor>
#include <QFont>
#include <QList>

namespace dokhae::render {

// The look of a chart on one palette. Colours are our own rather than a Qt theme's, so that text
// keeps its contrast on both palettes and a highlighted bar stands apart from every series colour.
// Sizes are pixels for a chart of the reading size (800 × 450); exports larger than that draw the
// same layout magnified, so type keeps its proportion to the picture (see renderImage).
struct ChartStyle {
    QColor background;
    QColor text;       // title, axis and value labels, legend
    QColor mutedText;  // footer: source and note
    QColor grid;
    QColor axisLine;
    QColor highlight;  // the selected bar, point or slice
    QList<QColor> series;

    QFont titleFont;
    QFont labelFont;   // axes, legend, values on bars and points, slice labels
    QFont footerFont;

    QColor seriesColor(int index) const { return series.at(index % series.size()); }
};

// Pinned everywhere text is drawn, so that a chart is the same picture on every machine and Korean
// stays text (not outlines) in an SVG.
inline QString chartFontFamily() { return QStringLiteral("Noto Sans CJK KR"); }

ChartStyle chartStyle(Palette palette);

} // namespace dokhae::render
