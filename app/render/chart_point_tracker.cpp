#include "chart_point_tracker.h"
#include "chart_build.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QPieSeries>
#include <QPieSlice>
#include <QXYSeries>

#include <cmath>
#include <limits>

namespace dokhae::render {

namespace {

constexpr qreal kHighlightedMarkerSize = 13;

int seriesIndexOf(const QObject *object)
{
    const QVariant index = object->property(detail::kSeriesIndexProperty);
    return index.isValid() ? index.toInt() : -1;
}

QList<int> pointIndexesOf(const QObject *object)
{
    return object->property(detail::kPointIndexesProperty).value<QList<int>>();
}

} // namespace

ChartPointTracker::ChartPointTracker(QChart *chart, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                trackBarSet(set);
        } else if (auto *line = qobject_cast<QXYSeries *>(series)) {
            trackLine(line);
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices())
                trackSlice(slice);
        }
    }
}

void ChartPointTracker::trackBarSet(QBarSet *set)
{
    connect(set, &QBarSet::clicked, this, [this, set](int category) {
        const QList<int> points = pointIndexesOf(set);
        if (category >= 0 && category < points.size() && points.at(category) >= 0)
            emit pointClicked(seriesIndexOf(set), points.at(category));
    });
}

void ChartPointTracker::trackLine(QXYSeries *line)
{
    connect(line, &QXYSeries::clicked, this, [this, line](const QPointF &where) { lineClicked(line, where); });
}

void ChartPointTracker::lineClicked(QXYSeries *line, const QPointF &where)
{
    // The signal gives where the click fell in chart values, on a marker or along the line
    // between two; the point meant is the one nearest in time.
    const QList<QPointF> points = line->points();
    const QList<int> specPoints = pointIndexesOf(line);
    int nearest = -1;
    double best = std::numeric_limits<double>::infinity();
    for (int i = 0; i < points.size(); ++i) {
        const double distance = std::abs(points.at(i).x() - where.x());
        if (distance < best) {
            best = distance;
            nearest = i;
        }
    }
    if (nearest >= 0 && nearest < specPoints.size())
        emit pointClicked(seriesIndexOf(line), specPoints.at(nearest));
}

void ChartPointTracker::trackSlice(QPieSlice *slice)
{
    connect(slice, &QPieSlice::clicked, this, [this, slice] {
        const int series = seriesIndexOf(slice);
        if (series >= 0)  // the "other" slice of a percent pie is no point of the spec
            emit pointClicked(series, slice->property(detail::kPointIndexProperty).toInt());
    });
}

void ChartPointTracker::clearHighlight()
{
    m_series = -1;
    m_point = -1;
    if (!m_chart)
        return;
    for (QAbstractSeries *series : m_chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->deselectAllBars();
        } else if (auto *line = qobject_cast<QXYSeries *>(series)) {
            line->deselectAllPoints();
            for (int i = 0; i < line->count(); ++i)
                detail::setPointMarkerSize(line, i, line->markerSize());
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices())
                slice->setExploded(false);
        }
    }
}

void ChartPointTracker::highlight(int series, int point)
{
    clearHighlight();
    if (!m_chart || series < 0 || point < 0)
        return;
    bool found = false;
    for (QAbstractSeries *drawn : m_chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(drawn)) {
            for (QBarSet *set : bars->barSets()) {
                const int category = int(pointIndexesOf(set).indexOf(point));
                if (seriesIndexOf(set) == series && category >= 0) {
                    set->selectBar(category);
                    found = true;
                }
            }
        } else if (auto *line = qobject_cast<QXYSeries *>(drawn)) {
            const int index = int(pointIndexesOf(line).indexOf(point));
            if (seriesIndexOf(line) == series && index >= 0) {
                line->selectPoint(index);
                detail::setPointMarkerSize(line, index, kHighlightedMarkerSize);
                found = true;
            }
        } else if (auto *pie = qobject_cast<QPieSeries *>(drawn)) {
            for (QPieSlice *slice : pie->slices()) {
                if (seriesIndexOf(slice) == series && slice->property(detail::kPointIndexProperty).toInt() == point
                    && slice->property(detail::kPointIndexProperty).isValid()) {
                    slice->setExploded(true);
                    found = true;
                }
            }
        }
    }
    if (found) {
        m_series = series;
        m_point = point;
    }
}

} // namespace dokhae::render
