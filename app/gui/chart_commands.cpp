#include "chart_commands.h"

#include "store/chart_store.h"

namespace dokhae::gui {

namespace {

// A step the library refuses leaves nothing to undo or redo: the stack drops an obsolete command.
void finish(QUndoCommand *command, bool ok, qint64 chartToShow, const store::ChartStore &charts,
            const ChartsChanged &changed)
{
    if (!ok)
        command->setObsolete(true);
    if (changed)
        changed(ok ? chartToShow : 0, ok ? QString() : charts.lastError());
}

} // namespace

AddChartCommand::AddChartCommand(store::ChartStore &charts, const charts::ChartSpec &spec, const QString &text,
                                 ChartsChanged changed)
    : QUndoCommand(text)
    , m_charts(charts)
    , m_spec(spec)
    , m_changed(std::move(changed))
{
}

void AddChartCommand::redo()
{
    if (m_id == 0) {
        const std::optional<qint64> id = m_charts.add(m_spec);
        m_id = id.value_or(0);
        finish(this, id.has_value(), m_id, m_charts, m_changed);
    } else {
        finish(this, m_charts.setHidden(m_id, false), m_id, m_charts, m_changed);
    }
}

void AddChartCommand::undo()
{
    finish(this, m_charts.setHidden(m_id, true), 0, m_charts, m_changed);
}

EditChartCommand::EditChartCommand(store::ChartStore &charts, const charts::ChartSpec &before,
                                   const charts::ChartSpec &after, const QString &text, ChartsChanged changed)
    : QUndoCommand(text)
    , m_charts(charts)
    , m_before(before)
    , m_after(after)
    , m_changed(std::move(changed))
{
}

void EditChartCommand::redo()
{
    finish(this, m_charts.update(m_after), m_after.id, m_charts, m_changed);
}

void EditChartCommand::undo()
{
    finish(this, m_charts.update(m_before), m_before.id, m_charts, m_changed);
}

DeleteChartCommand::DeleteChartCommand(store::ChartStore &charts, qint64 chartId, const QString &text,
                                       ChartsChanged changed)
    : QUndoCommand(text)
    , m_charts(charts)
    , m_id(chartId)
    , m_changed(std::move(changed))
{
}

void DeleteChartCommand::redo()
{
    finish(this, m_charts.setHidden(m_id, true), 0, m_charts, m_changed);
}

void DeleteChartCommand::undo()
{
    finish(this, m_charts.setHidden(m_id, false), m_id, m_charts, m_changed);
}

MoveChartCommand::MoveChartCommand(store::ChartStore &charts, qint64 chartId, int fromPosition, int toPosition,
                                   const QString &text, ChartsChanged changed)
    : QUndoCommand(text)
    , m_charts(charts)
    , m_id(chartId)
    , m_from(fromPosition)
    , m_to(toPosition)
    , m_changed(std::move(changed))
{
}

void MoveChartCommand::redo()
{
    finish(this, m_charts.move(m_id, m_to), m_id, m_charts, m_changed);
}

void MoveChartCommand::undo()
{
    finish(this, m_charts.move(m_id, m_from), m_id, m_charts, m_changed);
}

} // namespace dokhae::gui
