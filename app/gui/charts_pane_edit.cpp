// The charts pane's actions and the analyst's edits: every change of a chart is a command on
// the window's undo stack (chart_commands.h).
#include "charts_pane.h"

#include "chart_commands.h"
#include "chart_edit_dialog.h"
#include "chart_list_model.h"
#include "charts/chart_labels.h"
#include "language.h"
#include "store/library.h"
#include "undo_push.h"

#include <QAction>
#include <QChartView>
#include <QListView>
#include <QMenu>
#include <QUndoStack>

namespace dokhae::gui {

using charts::ChartSpec;
using charts::SourcedFigure;

namespace {

bool samePlace(const charts::PointSource &a, const charts::PointSource &b)
{
    return a.articleId == b.articleId && a.revision == b.revision && a.start == b.start && a.end == b.end;
}

} // namespace

void ChartsPane::createActions()
{
    const auto make = [this](const char *name, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_editAction = make("actionEditChart", &ChartsPane::editChart);
    m_deleteAction = make("actionDeleteChart", [this] { deleteChart(); });
    m_moveUpAction = make("actionMoveChartUp", [this] { moveChart(-1); });
    m_moveDownAction = make("actionMoveChartDown", [this] { moveChart(+1); });
    m_exportPngAction = make("actionExportChartPng", &ChartsPane::exportPng);
    m_exportSvgAction = make("actionExportChartSvg", &ChartsPane::exportSvg);
    m_exportCsvAction = make("actionExportChartCsv", &ChartsPane::exportCsv);
    m_copyImageAction = make("actionCopyChartImage", &ChartsPane::copyImage);
    // Delete only while the list or the chart has the focus: elsewhere the key belongs to others.
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_deleteAction);
    m_chartView->addAction(m_deleteAction);
    connect(m_list, &QListView::doubleClicked, this, &ChartsPane::editChart);
}

QList<QAction *> ChartsPane::exportActions() const
{
    return {m_exportPngAction, m_exportSvgAction, m_exportCsvAction, m_copyImageAction};
}

void ChartsPane::retranslateUi()
{
    m_editAction->setText(tr("&Edit Chart…"));
    m_editAction->setIconText(tr("Edit…"));
    m_editAction->setToolTip(tr("Change the chart's title, kind and labels, or remove points"));
    m_deleteAction->setText(tr("&Delete Chart"));
    m_deleteAction->setIconText(tr("Delete"));
    m_moveUpAction->setText(tr("Move Chart &Up"));
    m_moveUpAction->setIconText(tr("Up"));
    m_moveDownAction->setText(tr("Move Chart Do&wn"));
    m_moveDownAction->setIconText(tr("Down"));
    m_exportPngAction->setText(tr("Export Chart as &PNG…"));
    m_exportSvgAction->setText(tr("Export Chart as &SVG…"));
    m_exportCsvAction->setText(tr("Export Chart &Data as CSV…"));
    m_copyImageAction->setText(tr("&Copy Chart Image"));
    m_exportMenu->setTitle(tr("Export"));
    m_exportMenu->menuAction()->setToolTip(tr("Save the chart as a picture or its data as CSV"));
    m_model->setLanguage(interfaceLanguage());
    updateState();
}

bool ChartsPane::push(QUndoCommand *command)
{
    m_failed = false;
    pushOrRun(m_undoStack, command);
    return !m_failed;
}

void ChartsPane::afterChange(qint64 chartToShow, const QString &error)
{
    m_failed = !error.isEmpty();
    if (m_failed)
        emit message(tr("The chart was not changed: %1").arg(error));
    const std::optional<ChartSpec> shown = currentChart();
    reload(chartToShow > 0 ? chartToShow : shown ? shown->id : 0);
    if (chartToShow > 0)
        emit revealRequested();
}

bool ChartsPane::createChart(const QList<SourcedFigure> &figures)
{
    if (figures.isEmpty())
        return false;
    ChartSpec spec = charts::chartFromFigures(figures, charts::ChartLabels(*m_library.entities().catalog()));
    if (spec.series.isEmpty()) {
        emit message(tr("No chart can be drawn from these figures: choose values in one currency "
                        "(dates and ranges are left out)."));
        return false;
    }
    if (m_articleId > 0)
        spec.articleId = m_articleId;  // the article it was made on
    return addChart(spec);
}

bool ChartsPane::addChart(const ChartSpec &spec)
{
    const QString title = spec.title(interfaceLanguage());
    // The new chart stays on show (as the chart being built) when the analyst reads on elsewhere.
    return push(new AddChartCommand(m_store, spec, tr("New chart %1").arg(title),
                                    [this](qint64 chartId, const QString &error) {
                                        if (chartId > 0)
                                            m_foreignChartId = chartId;
                                        afterChange(chartId, error);
                                    }));
}

bool ChartsPane::addFiguresToChart(const QList<SourcedFigure> &figures)
{
    const std::optional<ChartSpec> target = currentChart();
    if (!target || figures.isEmpty()) {
        emit message(tr("Choose the chart to add the figures to in the Charts tab."));
        return false;
    }
    const ChartSpec added = charts::chartFromFigures(figures, charts::ChartLabels(*m_library.entities().catalog()));
    if (added.series.isEmpty() || added.unit != target->unit || added.currency != target->currency) {
        emit message(tr("These figures cannot join “%1”: a chart shows values of one unit or currency.")
                         .arg(target->title(interfaceLanguage())));
        return false;
    }
    ChartSpec after = *target;
    int count = 0;
    for (const charts::ChartSeries &series : added.series) {
        // One series takes every point; otherwise points go to the series of the same name (year).
        qsizetype into = after.series.size() == 1 ? 0 : -1;
        for (qsizetype i = 0; i < after.series.size() && into < 0; ++i) {
            if (after.series.at(i).nameKo == series.nameKo)
                into = i;
        }
        if (into < 0) {
            after.series.append({series.nameKo, series.nameEn, {}});
            into = after.series.size() - 1;
        }
        for (const charts::ChartPoint &point : series.points) {
            bool already = false;
            for (const charts::ChartSeries &existing : after.series) {
                for (const charts::ChartPoint &other : existing.points)
                    already = already || samePlace(other.source, point.source);
            }
            if (!already) {
                after.series[into].points.append(point);
                ++count;
            }
        }
    }
    if (count == 0) {
        emit message(tr("These figures are on the chart already."));
        return false;
    }
    m_foreignChartId = after.id;
    return push(new EditChartCommand(m_store, *target, after,
                                     tr("Add %n figure(s) to %1", nullptr, count).arg(after.title(interfaceLanguage())),
                                     [this](qint64 chartId, const QString &error) { afterChange(chartId, error); }));
}

void ChartsPane::editChart()
{
    const std::optional<ChartSpec> chart = currentChart();
    if (!chart)
        return;
    ChartEditDialog dialog(*chart, this);
    if (dialog.exec() == QDialog::Accepted)
        applyEdit(dialog.editedChart());
}

bool ChartsPane::applyEdit(const ChartSpec &edited)
{
    const std::optional<ChartSpec> before = m_store.chart(edited.id);
    if (!before) {
        emit message(tr("The chart is no longer in the library."));
        return false;
    }
    return push(new EditChartCommand(m_store, *before, edited,
                                     tr("Edit chart %1").arg(edited.title(interfaceLanguage())),
                                     [this](qint64 chartId, const QString &error) { afterChange(chartId, error); }));
}

bool ChartsPane::deleteChart()
{
    const std::optional<ChartSpec> chart = currentChart();
    if (!chart)
        return false;
    return push(new DeleteChartCommand(m_store, chart->id,
                                       tr("Delete chart %1").arg(chart->title(interfaceLanguage())),
                                       [this](qint64 chartId, const QString &error) { afterChange(chartId, error); }));
}

bool ChartsPane::moveChart(int steps)
{
    const int row = m_list->currentIndex().row();
    const int other = row + steps;
    if (row < 0 || other < 0 || other >= m_model->articleChartCount() || m_model->isForeign(row))
        return false;
    const ChartSpec &chart = m_model->chartAt(row);
    const ChartSpec &neighbour = m_model->chartAt(other);
    if (neighbour.articleId != chart.articleId)
        return false;  // the order is kept per article: a chart of another article listed here stays put
    const QString text = steps < 0 ? tr("Move chart %1 up") : tr("Move chart %1 down");
    return push(new MoveChartCommand(m_store, chart.id, chart.position, neighbour.position,
                                     text.arg(chart.title(interfaceLanguage())),
                                     [this](qint64 chartId, const QString &error) { afterChange(chartId, error); }));
}

} // namespace dokhae::gui
