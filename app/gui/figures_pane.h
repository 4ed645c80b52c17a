#pragma once

#include "article.h"
#include "charts/chart_suggester.h"

#include <QList>
#include <QWidget>

#include <utility>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace dokhae::store {
class Library;
}

class QThread;

namespace dokhae::gui {

class FigureTableModel;

// The figures of the article being read, as stored with its revision: a table that sorts, filters
// by kind and exports as CSV. Choosing a row shows the figure in the reader; a toggle marks every
// figure there. Chosen rows become a new chart, or join the chart on show in the Charts tab.
class FiguresPane : public QWidget {
    Q_OBJECT

public:
    explicit FiguresPane(store::Library &library, QWidget *parent = nullptr);
    ~FiguresPane() override;  // waits for a reading under way (see readAgainInBackground)

    QAction *highlightAction() const { return m_highlightAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *newChartAction() const { return m_newChartAction; }
    QAction *addToChartAction() const { return m_addToChartAction; }
    // The chosen rows in the table's order, each with the place it was read from.
    QList<charts::SourcedFigure> selectedFigures() const;
    FigureTableModel *model() const { return m_model; }

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

public slots:
    void showArticle(const dokhae::ArticleRecord &article);
    void exportCsv();  // asks where, then writes the rows the table shows
    // Writes the rows the table shows, in its order; on failure explains why and returns false.
    bool exportCsvTo(const QString &path);
    // The chart that "Add Selected Figures to Chart" adds to; empty when there is none.
    void setChartTarget(const QString &title);

signals:
    // The spans to mark in the reader: every figure while the toggle is on, none when off.
    void highlightsChanged(const QList<std::pair<qsizetype, qsizetype>> &spans);
    void figureActivated(qsizetype start, qsizetype end);
    void message(const QString &text);  // for the status bar
    void newChartRequested(const QList<dokhae::charts::SourcedFigure> &figures);
    void addToChartRequested(const QList<dokhae::charts::SourcedFigure> &figures);

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
    void updateChartActions();
    QString suggestedFileName() const;
    // A long article whose stored figures are stale is read again on a thread of its own, with
    // its own connection, and shown again when that is done: seconds of extraction on the GUI
    // thread would freeze the window. One reading at a time.
    void readAgainInBackground(qint64 articleId);

    store::Library &m_library;
    QComboBox *m_kindCombo;
    QLabel *m_countLabel;
    QTableView *m_table;
    FigureTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QAction *m_highlightAction;
    QAction *m_exportAction;
    QAction *m_newChartAction;
    QAction *m_addToChartAction;
    QString m_title;
    QString m_chartTarget;
    qint64 m_articleId = 0;
    QString m_revision;  // SHA-256 of the reading text the figures were read in
    bool m_hasArticle = false;
    bool m_filtering = false;
    dokhae::ArticleRecord m_shown;     // shown again when its figures have been read again
    QThread *m_reading = nullptr;
    bool m_readingWanted = false;      // another stale article waits for the reading under way
};

} // namespace dokhae::gui
