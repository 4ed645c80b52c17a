#pragma once

#include "charts/chart_labels.h"
#include "charts/chart_spec.h"
#include "figures/figure.h"

#include <QList>
#include <QString>

namespace dokhae::charts {

// A figure with the place it was read from, ready to become a chart point.
struct SourcedFigure {
    figures::Figure figure;
    PointSource source;
};

// The figure's source in an article's reading text: its span, and its quoted passage
// (figures::quotedPassage: the sentence trimmed of spaces, or of a sentence longer than 600
// characters the 600 around the figure), so `sentence` is exactly text.mid(sentenceStart,
// sentenceEnd - sentenceStart).
SourcedFigure sourcedFigure(const figures::Figure &figure, qint64 articleId, const QString &revision,
                            const QString &text);

// The charts an article's figures support. Comparable figures — the same measure (by its head
// noun), kind, unit or currency and year, in one paragraph, with different subjects — become a
// bar chart labelled by their subjects; the same comparison in two years a grouped bar; one
// subject over three or more years a line; shares that add up to a whole a pie. A conversion in
// parentheses is never a second point; a figure in another currency joins only at a rate the
// article itself states, and the chart's note says so. Figures without subject or measure, ranges
// and dates are left out: every point traces to a sentence and has a name.
QList<ChartSpec> suggestCharts(qint64 articleId, const QString &revision, const QString &text,
                               const QList<figures::Figure> &figures, const ChartLabels &labels);

// What an analyst builds from chosen figures (of one or several articles): one point per figure
// in the order given, labelled by subject (or the figure as written), one series per year when
// the figures span two or more years; the kind chosen as for suggestions. Figures in another
// currency than the first are left out (no rate to convert at). Empty spec (no series) when none
// can be drawn.
ChartSpec chartFromFigures(const QList<SourcedFigure> &chosen, const ChartLabels &labels);

} // namespace dokhae::charts
