// The chart on show: drawn by the render library in the interface language and the window's
// palette, its points linked both ways with the sentences they were read in.
#include "charts_pane.h"

#include "chart_list_model.h"
#include "chart_point_tracker.h"
#include "chart_render.h"
#include "charts/chart_caption.h"
#include "language.h"
#include "store/library.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPieSeries>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QXYSeries>

namespace dokhae::gui {

using charts::ChartSpec;

namespace {

// A hand over bars, points and slices says they can be clicked (they open their sentence).
void pointAtClickables(QChart *chart, QWidget *viewport)
{
    const auto hover = [viewport](bool on) { viewport->setCursor(on ? Qt::PointingHandCursor : Qt::ArrowCursor); };
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            QObject::connect(bars, &QAbstractBarSeries::hovered, viewport, [hover](bool on, int, QBarSet *) { hover(on); });
        else if (auto *pie = qobject_cast<QPieSeries *>(series))
            QObject::connect(pie, &QPieSeries::hovered, viewport, [hover](QPieSlice *, bool on) { hover(on); });
        else if (auto *line = qobject_cast<QXYSeries *>(series))
            QObject::connect(line, &QXYSeries::hovered, viewport, [hover](const QPointF &, bool on) { hover(on); });
    }
}

} // namespace

render::RenderOptions ChartsPane::renderOptions(const ChartSpec &spec) const
{
    render::RenderOptions options;
    options.language = interfaceLanguage();
    options.palette = palette().color(QPalette::Window).lightness() < 128 ? render::Palette::Dark
                                                                          : render::Palette::Light;
    options.sourceLine = sourceLineOf(spec);
    return options;
}

QString ChartsPane::sourceLineOf(const ChartSpec &spec) const
{
    auto found = m_summaries.constFind(spec.articleId);
    if (found == m_summaries.constEnd()) {
        const std::optional<ArticleRecord> article = m_library.article(spec.articleId);
        found = m_summaries.insert(spec.articleId, article ? article->summary : ArticleSummary{});
    }
    return found->id > 0 ? charts::sourceLine(*found, interfaceLanguage()) : QString();
}

void ChartsPane::rebuildChart()
{
    const std::optional<ChartSpec> spec = currentChart();
    if (!spec) {
        m_shownChartId = 0;
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    // A rebuild of the same chart (language, palette, edit) keeps the point marked on it.
    int series = -1;
    int point = -1;
    if (m_tracker && spec->id == m_shownChartId) {
        series = m_tracker->highlightedSeries();
        point = m_tracker->highlightedPoint();
    }
    QChart *old = m_chartView->chart();
    QChart *chart = render::buildChart(*spec, renderOptions(*spec));
    m_chartView->setChart(chart);  // the view releases the old chart, which is ours to delete
    delete old;
    m_tracker = new render::ChartPointTracker(chart, chart);
    connect(m_tracker, &render::ChartPointTracker::pointClicked, this, &ChartsPane::onPointClicked);
    m_tracker->highlight(series, point);
    pointAtClickables(chart, m_chartView->viewport());
    m_shownChartId = spec->id;
    m_stack->setCurrentWidget(m_chartView);
}

void ChartsPane::onPointClicked(int series, int point)
{
    const std::optional<ChartSpec> spec = currentChart();
    if (!spec || series < 0 || series >= spec->series.size() || point < 0
        || point >= spec->series.at(series).points.size())
        return;
    m_tracker->highlight(series, point);
    const charts::PointSource source = spec->series.at(series).points.at(point).source;
    const QScopedValueRollback<bool> following(m_followingPoint, source.articleId != m_articleId);
    emit pointActivated(source);
}

void ChartsPane::showFigure(qsizetype start, qsizetype end)
{
    const auto pointOf = [&](const ChartSpec &spec) -> std::pair<int, int> {
        for (int s = 0; s < spec.series.size(); ++s) {
            const QList<charts::ChartPoint> &points = spec.series.at(s).points;
            for (int p = 0; p < points.size(); ++p) {
                const charts::PointSource &source = points.at(p).source;
                if (source.articleId == m_articleId && source.start == start && source.end == end
                    && (source.revision.isEmpty() || source.revision == m_revision))
                    return {s, p};
            }
        }
        return {-1, -1};
    };
    const std::optional<ChartSpec> shown = currentChart();
    auto [series, point] = shown ? pointOf(*shown) : std::pair{-1, -1};
    // The analyst's own chart stays on show while figures are chosen to add to it.
    if (series < 0 && !(shown && shown->origin == charts::ChartOrigin::User)) {
        for (int row = 0; row < m_model->rowCount() && series < 0; ++row) {
            std::tie(series, point) = pointOf(m_model->chartAt(row));
            if (series >= 0)
                showChart(m_model->chartAt(row).id);
        }
    }
    if (m_tracker)
        m_tracker->highlight(series, point);
}

void ChartsPane::chartContextMenu(const QPoint &where)
{
    if (!currentChart())
        return;
    QMenu menu(this);
    menu.addActions(exportActions());
    menu.addSeparator();
    menu.addAction(m_editAction);
    menu.exec(m_chartView->mapToGlobal(where));
}

} // namespace dokhae::gui
