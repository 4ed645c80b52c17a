#pragma once

#include "charts/chart_spec.h"

#include <QDialog>
#include <QList>

#include <utility>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dokhae::gui {

// The analyst's changes to one chart: its titles in both languages, its kind, the labels of its
// points in both languages, and points removed. Values are not editable: each traces to the
// sentence it was read in.
class ChartEditDialog : public QDialog {
    Q_OBJECT

public:
    explicit ChartEditDialog(const charts::ChartSpec &chart, QWidget *parent = nullptr);

    // The chart as edited (the original when nothing changed).
    charts::ChartSpec editedChart() const;

private:
    enum Column { LabelKoColumn, LabelEnColumn, ValueColumn, FigureColumn, ColumnCount };

    void fillPoints();
    void removeSelectedPoints();
    void updateButtons();

    charts::ChartSpec m_chart;
    QList<std::pair<int, int>> m_rows;  // (series, point) of each table row
    QLineEdit *m_titleKo;
    QLineEdit *m_titleEn;
    QComboBox *m_kind;
    QTableWidget *m_points;
    QPushButton *m_removeButton;
    QPushButton *m_okButton;
};

} // namespace dokhae::gui
