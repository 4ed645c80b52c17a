#include "chart_list_model.h"

#include <QFont>
#include <QPalette>

namespace dokhae::gui {

using charts::ChartKind;
using charts::ChartOrigin;
using charts::ChartSpec;

ChartListModel::ChartListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ChartListModel::setCharts(const QList<ChartSpec> &charts, const std::optional<ChartSpec> &foreign)
{
    beginResetModel();
    m_charts = charts;
    m_hasForeign = foreign && rowOfChart(foreign->id) < 0;
    if (m_hasForeign)
        m_charts.append(*foreign);
    endResetModel();
}

int ChartListModel::rowOfChart(qint64 chartId) const
{
    for (int row = 0; row < m_charts.size(); ++row) {
        if (m_charts.at(row).id == chartId)
            return row;
    }
    return -1;
}

void ChartListModel::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_charts.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

QList<ChartKind> ChartListModel::allKinds()
{
    return {ChartKind::Bar, ChartKind::GroupedBar, ChartKind::HorizontalBar, ChartKind::Line, ChartKind::Pie};
}

QString ChartListModel::kindLabel(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Bar: return tr("Bar chart");
    case ChartKind::GroupedBar: return tr("Grouped bar chart");
    case ChartKind::HorizontalBar: return tr("Horizontal bar chart");
    case ChartKind::Line: return tr("Line chart");
    case ChartKind::Pie: return tr("Pie chart");
    }
    return {};
}

int ChartListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_charts.size());
}

QVariant ChartListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ChartSpec &chart = m_charts.at(index.row());
    const bool suggested = chart.origin == ChartOrigin::Suggested;
    switch (role) {
    case Qt::DisplayRole: {
        QString title = chart.title(m_language);
        if (title.isEmpty())
            title = chart.title(m_language == u"en" ? QStringLiteral("ko") : QStringLiteral("en"));
        if (isForeign(index.row()))
            return tr("%1 (from another article)").arg(title);
        return suggested ? tr("%1 (suggested)").arg(title) : title;
    }
    case Qt::ToolTipRole: {
        const QString origin = suggested ? tr("Suggested from the article's figures") : tr("Made by you");
        return tr("%1 · %2 · %n point(s)", nullptr, chart.pointCount()).arg(kindLabel(chart.kind), origin);
    }
    case Qt::FontRole:
        if (isForeign(index.row())) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case ChartIdRole: return chart.id;
    case OriginRole: return suggested ? QStringLiteral("suggested") : QStringLiteral("user");
    case ForeignRole: return isForeign(index.row());
    }
    return {};
}

} // namespace dokhae::gui
