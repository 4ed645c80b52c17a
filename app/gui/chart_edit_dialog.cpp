#include "chart_edit_dialog.h"

#include "chart_list_model.h"
#include "language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dokhae::gui {

using charts::ChartSpec;

ChartEditDialog::ChartEditDialog(const ChartSpec &chart, QWidget *parent)
    : QDialog(parent)
    , m_chart(chart)
    , m_titleKo(new QLineEdit(chart.titleKo, this))
    , m_titleEn(new QLineEdit(chart.titleEn, this))
    , m_kind(new QComboBox(this))
    , m_points(new QTableWidget(this))
    , m_removeButton(new QPushButton(tr("&Remove Point"), this))
{
    setObjectName(QStringLiteral("chartEditDialog"));
    setWindowTitle(tr("Edit Chart"));
    m_titleKo->setObjectName(QStringLiteral("chartTitleKoEdit"));
    m_titleEn->setObjectName(QStringLiteral("chartTitleEnEdit"));
    m_kind->setObjectName(QStringLiteral("chartKindCombo"));
    m_points->setObjectName(QStringLiteral("chartPointTable"));
    m_removeButton->setObjectName(QStringLiteral("removePointButton"));
    for (const charts::ChartKind kind : ChartListModel::allKinds())
        m_kind->addItem(ChartListModel::kindLabel(kind), int(kind));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(chart.kind))));

    m_points->setColumnCount(ColumnCount);
    m_points->setHorizontalHeaderLabels({tr("Label (Korean)"), tr("Label (English)"), tr("Value"), tr("As written")});
    m_points->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_points->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              | QAbstractItemView::AnyKeyPressed);
    m_points->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_points->verticalHeader()->hide();
    fillPoints();

    auto *form = new QFormLayout;
    form->addRow(tr("Title (&Korean):"), m_titleKo);
    form->addRow(tr("Title (&English):"), m_titleEn);
    form->addRow(tr("&Kind:"), m_kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    // Under the points it removes, apart from the buttons that close the dialog.
    auto *pointButtons = new QHBoxLayout;
    pointButtons->addWidget(m_removeButton);
    pointButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_points, 1);
    layout->addLayout(pointButtons);
    layout->addWidget(buttons);
    resize(640, 380);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_removeButton, &QPushButton::clicked, this, &ChartEditDialog::removeSelectedPoints);
    connect(m_points, &QTableWidget::itemSelectionChanged, this, &ChartEditDialog::updateButtons);
    connect(m_titleKo, &QLineEdit::textChanged, this, &ChartEditDialog::updateButtons);
    connect(m_titleEn, &QLineEdit::textChanged, this, &ChartEditDialog::updateButtons);
    updateButtons();
}

void ChartEditDialog::fillPoints()
{
    const QString language = interfaceLanguage();
    for (int s = 0; s < m_chart.series.size(); ++s) {
        const charts::ChartSeries &series = m_chart.series.at(s);
        for (int p = 0; p < series.points.size(); ++p) {
            const charts::ChartPoint &point = series.points.at(p);
            const int row = m_points->rowCount();
            m_points->insertRow(row);
            m_rows.append({s, p});
            m_points->setItem(row, LabelKoColumn, new QTableWidgetItem(point.labelKo));
            m_points->setItem(row, LabelEnColumn, new QTableWidgetItem(point.labelEn));
            // The value and the words it was read from are the evidence, not the analyst's to change.
            QString value = charts::pointDisplay(point, language);
            const QString name = charts::seriesName(series, language);
            if (!name.isEmpty())
                value = tr("%1 (%2)", "a point's value (its series)").arg(value, name);
            for (const auto &[column, text] : {std::pair{int(ValueColumn), value},
                                               std::pair{int(FigureColumn), point.source.figureText}}) {
                auto *item = new QTableWidgetItem(text);
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                item->setToolTip(point.source.sentence);
                m_points->setItem(row, column, item);
            }
        }
    }
}

void ChartEditDialog::removeSelectedPoints()
{
    QList<int> rows;
    for (const QModelIndex &index : m_points->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    // A chart keeps at least one point: deleting the chart is the way to have none.
    for (const int row : rows) {
        if (m_points->rowCount() <= 1)
            break;
        m_points->removeRow(row);
        m_rows.removeAt(row);
    }
    updateButtons();
}

void ChartEditDialog::updateButtons()
{
    m_removeButton->setEnabled(m_points->rowCount() > 1 && m_points->selectionModel()->hasSelection());
    m_okButton->setEnabled(!m_titleKo->text().trimmed().isEmpty() || !m_titleEn->text().trimmed().isEmpty());
}

ChartSpec ChartEditDialog::editedChart() const
{
    ChartSpec edited = m_chart;
    edited.titleKo = m_titleKo->text().trimmed();
    edited.titleEn = m_titleEn->text().trimmed();
    edited.kind = charts::ChartKind(m_kind->currentData().toInt());
    for (charts::ChartSeries &series : edited.series)
        series.points.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto [s, p] = m_rows.at(row);
        charts::ChartPoint point = m_chart.series.at(s).points.at(p);
        point.labelKo = m_points->item(row, LabelKoColumn)->text().trimmed();
        point.labelEn = m_points->item(row, LabelEnColumn)->text().trimmed();
        edited.series[s].points.append(point);
    }
    // A series whose every point was removed is gone from the chart.
    edited.series.removeIf([](const charts::ChartSeries &series) { return series.points.isEmpty(); });
    return edited;
}

} // namespace dokhae::gui
