#pragma once

#include "article.h"

#include <QList>
#include <QWidget>

#include <utility>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace dokhae::gui {

class FigureTableModel;

// The figures of the article being read: a table that sorts, filters by kind and exports as CSV.
// Choosing a row shows the figure in the reader; a toggle marks every figure there.
class FiguresPane : public QWidget {
    Q_OBJECT

public:
    explicit FiguresPane(QWidget *parent = nullptr);

    QAction *highlightAction() const { return m_highlightAction; }
    QAction *exportAction() const { return m_exportAction; }
    FigureTableModel *model() const { return m_model; }

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

public slots:
    void showArticle(const dokhae::ArticleRecord &article);
    void exportCsv();  // asks where, then writes the rows the table shows
    // Writes the rows the table shows, in its order; on failure explains why and returns false.
    bool exportCsvTo(const QString &path);

signals:
    // The spans to mark in the reader: every figure while the toggle is on, none when off.
    void highlightsChanged(const QList<std::pair<qsizetype, qsizetype>> &spans);
    void figureActivated(qsizetype start, qsizetype end);
    void message(const QString &text);  // for the status bar

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateKindCombo();
    void updateStatus();
    void fitColumns();
    void applyKindFilter();
    void emitHighlights();
    void activateRow(const QModelIndex &proxyIndex);
    QString suggestedFileName() const;

    QComboBox *m_kindCombo;
    QLabel *m_countLabel;
    QTableView *m_table;
    FigureTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QAction *m_highlightAction;
    QAction *m_exportAction;
    QString m_title;
    bool m_hasArticle = false;
    bool m_filtering = false;
};

} // namespace dokhae::gui
