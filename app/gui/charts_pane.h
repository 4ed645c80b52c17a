#pragma once

#include "article.h"
#include "charts/chart_spec.h"
#include "charts/chart_suggester.h"
#include "store/chart_store.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QChartView;
class QLabel;
class QListView;
class QMenu;
class QSplitter;
class QStackedWidget;
class QUndoCommand;
class QUndoStack;

namespace dokhae::render {
class ChartPointTracker;
struct RenderOptions;
}

namespace dokhae::store {
class Library;
class OfflineCharts;
}

namespace dokhae::gui {

class ChartListModel;

// The charts of the article being read — suggested at import and made by the analyst — in a
// list, and the chosen one drawn beside it. A click on a bar, point or slice asks for its
// sentence in the reader; a figure chosen in the figures table is marked on the chart that holds
// it. Charts are made from chosen figures, edited, deleted and reordered through the window's
// undo stack, and exported as PNG, SVG or CSV in the interface language.
class ChartsPane : public QWidget {
    Q_OBJECT

public:
    explicit ChartsPane(store::Library &library, QWidget *parent = nullptr);
    ~ChartsPane() override;

    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    // A team library's journal for chart edits made while its server is away (ConnectionWatch).
    void setOffline(store::OfflineCharts *offline) { m_store.setOffline(offline); }

    ChartListModel *model() const { return m_model; }
    QChartView *chartView() const { return m_chartView; }
    std::optional<charts::ChartSpec> currentChart() const;
    render::ChartPointTracker *pointTracker() const;  // of the chart on show; null when none

    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *moveUpAction() const { return m_moveUpAction; }
    QAction *moveDownAction() const { return m_moveDownAction; }
    QList<QAction *> exportActions() const;

    QByteArray saveLayoutState() const;
    void restoreLayoutState(const QByteArray &state);

public slots:
    void showArticle(const dokhae::ArticleRecord &article);
    void showChart(qint64 chartId);  // selects it when it is listed
    // Reads the article's charts again (a teammate changed them), the chart on show kept.
    void refresh();
    // Marks the point of the figure [start, end) of the article on show: on the chart on show when
    // it has one, else on the first listed chart that does (which is then shown).
    void showFigure(qsizetype start, qsizetype end);

    // The builder (charts_pane_edit.cpp): a new chart of the chosen figures, or the figures added
    // to the chart on show. Both undoable; false when nothing was stored (a message says why).
    bool createChart(const QList<dokhae::charts::SourcedFigure> &figures);
    // A chart made elsewhere (a claim's sources side by side), added as the analyst's, undoably,
    // and kept on show.
    bool addChart(const dokhae::charts::ChartSpec &spec);
    bool addFiguresToChart(const QList<dokhae::charts::SourcedFigure> &figures);
    void editChart();  // opens the edit dialog
    bool applyEdit(const dokhae::charts::ChartSpec &edited);
    bool deleteChart();
    bool moveChart(int steps);  // -1 up, +1 down among the article's charts

    // Export (charts_pane_export.cpp): the ask-where versions, then the ones tests call.
    void exportPng();
    void exportSvg();
    void exportCsv();
    void copyImage();
    bool exportPngTo(const QString &path, QSize size, qreal scale);
    bool exportSvgTo(const QString &path, QSize size);
    bool exportCsvTo(const QString &path);

signals:
    // A point of the chart was clicked: the reader shows its sentence (opening its article).
    void pointActivated(const dokhae::charts::PointSource &source);
    // The chart on show changed; empty title when there is none (the figures pane's "add to").
    void currentChartChanged(const QString &title);
    void revealRequested();  // a chart was made or changed: show this pane
    void message(const QString &text);  // for the status bar

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void reload(qint64 chartToShow = 0);
    void onCurrentChanged();
    void rebuildChart();
    void updateState();
    void chartContextMenu(const QPoint &where);
    void listContextMenu(const QPoint &where);
    void onPointClicked(int series, int point);
    void afterChange(qint64 chartToShow, const QString &error);
    bool push(QUndoCommand *command);
    render::RenderOptions renderOptions(const charts::ChartSpec &spec) const;
    QString sourceLineOf(const charts::ChartSpec &spec) const;
    QString exportBaseName() const;
    QString askExportPath(const QString &caption, const QString &suffix, const QString &filter);
    void showExportError(const QString &path, const QString &reason);

    store::Library &m_library;
    store::ChartStore m_store;
    QUndoStack *m_undoStack = nullptr;
    ChartListModel *m_model;
    QListView *m_list;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QChartView *m_chartView;
    QPointer<render::ChartPointTracker> m_tracker;
    QLabel *m_countLabel;
    QMenu *m_exportMenu;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_moveUpAction;
    QAction *m_moveDownAction;
    QAction *m_exportPngAction;
    QAction *m_exportSvgAction;
    QAction *m_exportCsvAction;
    QAction *m_copyImageAction;
    qint64 m_articleId = 0;
    QString m_revision;
    qint64 m_foreignChartId = 0;  // the analyst's chart kept on show while other articles are read
    bool m_followingPoint = false;  // the reader moves to another article for a point of this chart
    bool m_failed = false;
    qint64 m_shownChartId = 0;  // the chart drawn in the view, whose highlight survives a rebuild
    mutable QHash<qint64, ArticleSummary> m_summaries;
};

} // namespace dokhae::gui
