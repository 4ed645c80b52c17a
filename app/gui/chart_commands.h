#pragma once

#include "charts/chart_spec.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace dokhae::store {
class ChartStore;
}

namespace dokhae::gui {

// The analyst's edits of charts, as undoable changes of the library (the pattern of
// entity_commands.h). Each command calls `changed` after it has touched the library, with the
// chart to show afterwards (0: keep what is shown) and, when the library refused the step, the
// store's lastError(); a refused step marks the command obsolete, so the stack drops it.
using ChartsChanged = std::function<void(qint64 chartToShow, const QString &error)>;

// A new chart of the analyst's. The first redo stores it; undo hides it and a later redo shows
// the same chart again (same id), so nothing that refers to it is lost.
class AddChartCommand : public QUndoCommand {
public:
    AddChartCommand(store::ChartStore &charts, const charts::ChartSpec &spec, const QString &text,
                    ChartsChanged changed);
    void redo() override;
    void undo() override;
    qint64 chartId() const { return m_id; }

private:
    store::ChartStore &m_charts;
    charts::ChartSpec m_spec;
    qint64 m_id = 0;
    ChartsChanged m_changed;
};

// Title, kind, labels, points: the chart as it was and as it is after the edit.
class EditChartCommand : public QUndoCommand {
public:
    EditChartCommand(store::ChartStore &charts, const charts::ChartSpec &before, const charts::ChartSpec &after,
                     const QString &text, ChartsChanged changed);
    void redo() override;
    void undo() override;

private:
    store::ChartStore &m_charts;
    charts::ChartSpec m_before;
    charts::ChartSpec m_after;
    ChartsChanged m_changed;
};

// Deleting hides the chart; undo shows it again, whole.
class DeleteChartCommand : public QUndoCommand {
public:
    DeleteChartCommand(store::ChartStore &charts, qint64 chartId, const QString &text, ChartsChanged changed);
    void redo() override;
    void undo() override;

private:
    store::ChartStore &m_charts;
    qint64 m_id;
    ChartsChanged m_changed;
};

// A new place among the article's charts; undo puts it back where it was.
class MoveChartCommand : public QUndoCommand {
public:
    MoveChartCommand(store::ChartStore &charts, qint64 chartId, int fromPosition, int toPosition,
                     const QString &text, ChartsChanged changed);
    void redo() override;
    void undo() override;

private:
    store::ChartStore &m_charts;
    qint64 m_id;
    int m_from;
    int m_to;
    ChartsChanged m_changed;
};

} // namespace dokhae::gui
