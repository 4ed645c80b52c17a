#include "charts_pane.h"

#include "chart_list_model.h"
#include "chart_point_tracker.h"
#include "language.h"

#include <QAction>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dokhae::gui {

using charts::ChartSpec;

ChartsPane::ChartsPane(store::Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_store(library)
    , m_model(new ChartListModel(this))
    , m_list(new QListView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_chartView(new QChartView(this))
    , m_countLabel(new QLabel(this))
    , m_exportMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("chartsPane"));
    m_list->setObjectName(QStringLiteral("chartList"));
    m_splitter->setObjectName(QStringLiteral("chartsSplitter"));
    m_emptyLabel->setObjectName(QStringLiteral("chartsEmptyLabel"));
    m_chartView->setObjectName(QStringLiteral("chartView"));
    m_countLabel->setObjectName(QStringLiteral("chartCountLabel"));
    m_exportMenu->setObjectName(QStringLiteral("chartExportMenu"));

    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Titles are long ("Share of AI paper citations, 2023 (suggested)"): wrapped, never scrolled sideways.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(2);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_chartView->setMinimumSize(240, 160);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_chartView);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_stack);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({220, 800});

    createActions();
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    for (QAction *action : {m_editAction, m_deleteAction, m_moveUpAction, m_moveDownAction}) {
        auto *button = new QToolButton(this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setDefaultAction(action);
        bar->addWidget(button);
    }
    // The export button opens the menu of the four exports; its text is the menu's title.
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("chartExportButton"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setDefaultAction(m_exportMenu->menuAction());
    m_exportMenu->addActions(exportActions());
    bar->addWidget(exportButton);
    bar->addStretch(1);
    bar->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChartsPane::onCurrentChanged);
    connect(m_list, &QListView::customContextMenuRequested, this, &ChartsPane::listContextMenu);
    connect(m_chartView, &QChartView::customContextMenuRequested, this, &ChartsPane::chartContextMenu);

    retranslateUi();
    updateState();
}

ChartsPane::~ChartsPane() = default;

std::optional<ChartSpec> ChartsPane::currentChart() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->chartAt(current.row());
}

render::ChartPointTracker *ChartsPane::pointTracker() const
{
    return m_tracker;
}

QByteArray ChartsPane::saveLayoutState() const
{
    return m_splitter->saveState();
}

void ChartsPane::restoreLayoutState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

void ChartsPane::showArticle(const ArticleRecord &article)
{
    const std::optional<ChartSpec> shown = currentChart();
    const bool sameArticle = article.summary.id == m_articleId;
    // A click on a point of another article's chart opened that article: its chart stays on show.
    if (m_followingPoint && shown)
        m_foreignChartId = shown->id;
    m_articleId = article.summary.id;
    m_revision = article.summary.revision;
    m_summaries.clear();
    reload((m_followingPoint || sameArticle) && shown ? shown->id : 0);
}

void ChartsPane::reload(qint64 chartToShow)
{
    QList<ChartSpec> charts;
    std::optional<ChartSpec> foreign;
    if (m_articleId > 0) {
        charts = m_store.articleCharts(m_articleId);
        if (m_foreignChartId > 0)
            foreign = m_store.chart(m_foreignChartId);
    }
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_model->setCharts(charts, foreign);
        const int row = m_model->rowOfChart(chartToShow);
        // A new article opens on its first own chart, not on one kept from elsewhere.
        const int fallback = m_model->articleChartCount() > 0 ? 0 : -1;
        m_list->setCurrentIndex(m_model->index(row >= 0 ? row : fallback));
    }
    onCurrentChanged();
}

void ChartsPane::refresh()
{
    const std::optional<ChartSpec> shown = currentChart();
    reload(shown ? shown->id : 0);
}

void ChartsPane::showChart(qint64 chartId)
{
    const int row = m_model->rowOfChart(chartId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void ChartsPane::onCurrentChanged()
{
    rebuildChart();
    updateState();
    const std::optional<ChartSpec> chart = currentChart();
    emit currentChartChanged(chart ? chart->title(interfaceLanguage()) : QString());
}

void ChartsPane::updateState()
{
    const std::optional<ChartSpec> chart = currentChart();
    const int count = m_model->articleChartCount();
    // Without charts the explanation takes the whole pane, not an empty list beside it.
    m_list->setVisible(m_model->rowCount() > 0);
    if (m_articleId <= 0) {
        m_countLabel->setText(tr("No article"));
        m_emptyLabel->setText(tr("Select an article in the library to see its charts here."));
    } else if (count == 0) {
        m_countLabel->setText(tr("No charts for this article"));
        m_emptyLabel->setText(tr("No charts for this article.\n\nSelect figures in the Figures tab and choose "
                                 "New Chart from Selected Figures (%1) to make one.")
                                  .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G).toString(QKeySequence::NativeText)));
    } else {
        m_countLabel->setText(tr("Charts: %1").arg(count));
        m_emptyLabel->setText(tr("Choose a chart in the list."));
    }
    const bool own = chart && !m_model->isForeign(m_list->currentIndex().row());
    const int row = m_list->currentIndex().row();
    const auto sameArticle = [&](int other) {
        return other >= 0 && other < m_model->articleChartCount() && m_model->chartAt(other).articleId == chart->articleId;
    };
    m_editAction->setEnabled(chart.has_value());
    m_deleteAction->setEnabled(chart.has_value());
    m_moveUpAction->setEnabled(own && sameArticle(row - 1));
    m_moveDownAction->setEnabled(own && sameArticle(row + 1));
    for (QAction *action : exportActions())
        action->setEnabled(chart.has_value());
    m_exportMenu->menuAction()->setEnabled(chart.has_value());
}

void ChartsPane::listContextMenu(const QPoint &where)
{
    QMenu menu(this);
    menu.addActions({m_editAction, m_deleteAction});
    menu.addSeparator();
    menu.addActions({m_moveUpAction, m_moveDownAction});
    menu.addSeparator();
    menu.addActions(exportActions());
    menu.exec(m_list->viewport()->mapToGlobal(where));
}

void ChartsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_summaries.clear();
        rebuildChart();
    } else if (event->type() == QEvent::PaletteChange) {
        rebuildChart();
    }
    QWidget::changeEvent(event);
}

} // namespace dokhae::gui
