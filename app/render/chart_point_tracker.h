#pragma once

#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>

class QAbstractSeries;
class QBarSet;
class QChart;
class QPieSlice;
class QXYSeries;

namespace dokhae::render {

// Tells which point of the spec a click on a chart made by buildChart landed on, and marks one.
//
//   QChart *chart = buildChart(spec, options);
//   auto *view = new QChartView(chart);                   // the view owns the chart
//   auto *tracker = new ChartPointTracker(chart, view);   // lives as long as the view
//   connect(tracker, &ChartPointTracker::pointClicked, this, [&](int series, int point) {
//       const charts::PointSource &source = spec.series[series].points[point].source;  // → sentence
//   });
//   tracker->highlight(series, point);  // e.g. the figure selected in the figures table
//
// Indices are the spec's: series index into spec.series, point index into its points, whatever
// order the chart draws them in (a line is drawn sorted by year, bars share categories). Bars
// are highlighted with QBarSet::selectBar in the highlight colour, a line point with
// QXYSeries::selectPoint (highlight colour, larger marker), a slice by exploding it. The grey
// "other" slice of a percent pie is no point of the spec: clicking it emits nothing.
class ChartPointTracker : public QObject {
    Q_OBJECT

public:
    explicit ChartPointTracker(QChart *chart, QObject *parent = nullptr);

    // Marks (series, point) and unmarks any other; an index outside the spec only unmarks.
    void highlight(int series, int point);
    void clearHighlight();
    // The marked point as (series, point), or (-1, -1).
    int highlightedSeries() const { return m_series; }
    int highlightedPoint() const { return m_point; }

signals:
    void pointClicked(int series, int point);

private:
    void trackBarSet(QBarSet *set);
    void trackLine(QXYSeries *line);
    void trackSlice(QPieSlice *slice);
    void lineClicked(QXYSeries *line, const QPointF &where);

    QPointer<QChart> m_chart;
    int m_series = -1;
    int m_point = -1;
};

} // namespace dokhae::render
