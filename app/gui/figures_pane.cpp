#include "figures_pane.h"

#include "figure_table_model.h"
#include "language.h"
#include "store/figure_store.h"
#include "store/library.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <utility>

namespace dokhae::gui {

namespace {
const QString kHighlightKey = QStringLiteral("figures/highlight");
constexpr int kAllKinds = -1;
// Up to this many characters a stale article is read again at once (a few hundred milliseconds at
// most); a longer one in the background.
constexpr qsizetype kReadAgainAtOnce = 100000;
} // namespace

FiguresPane::FiguresPane(store::Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_kindCombo(new QComboBox(this))
    , m_countLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new FigureTableModel(this))
    , m_proxy(new FigureSortProxy(this))
    , m_highlightAction(new QAction(this))
    , m_exportAction(new QAction(this))
    , m_newChartAction(new QAction(this))
    , m_addToChartAction(new QAction(this))
{
    setObjectName(QStringLiteral("figuresPane"));
    m_kindCombo->setObjectName(QStringLiteral("figureKindCombo"));
    m_countLabel->setObjectName(QStringLiteral("figureCountLabel"));
    m_table->setObjectName(QStringLiteral("figureTable"));
    m_highlightAction->setObjectName(QStringLiteral("actionHighlightFigures"));
    m_exportAction->setObjectName(QStringLiteral("actionExportFigures"));
    m_newChartAction->setObjectName(QStringLiteral("actionNewChartFromFigures"));
    m_addToChartAction->setObjectName(QStringLiteral("actionAddFiguresToChart"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FigureTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(FigureTableModel::KindRole);
    m_proxy->setFilterKeyColumn(FigureTableModel::KindColumn);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);  // back to text order
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows are chosen at once to make a chart of them.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(FigureTableModel::QualifiersColumn, QHeaderView::Stretch);

    // The pane must narrow with the window: the combo is not sized to its longest item, and the
    // buttons carry short labels (the menus show the actions' full texts).
    m_kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kindCombo->setMinimumContentsLength(10);
    m_countLabel->setMinimumWidth(1);  // the count gives way first when the pane is narrowed
    m_countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_highlightAction->setCheckable(true);
    m_highlightAction->setChecked(QSettings().value(kHighlightKey, true).toBool());
    auto *highlightButton = new QToolButton(this);
    highlightButton->setObjectName(QStringLiteral("figureHighlightButton"));
    highlightButton->setDefaultAction(m_highlightAction);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("figureExportButton"));
    exportButton->setDefaultAction(m_exportAction);
    m_newChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    // One button for both chart actions keeps the pane narrow: a click makes a new chart, its
    // arrow offers adding to the chart on show.
    auto *chartButton = new QToolButton(this);
    chartButton->setObjectName(QStringLiteral("figureChartButton"));
    chartButton->setPopupMode(QToolButton::MenuButtonPopup);
    chartButton->setDefaultAction(m_newChartAction);
    auto *chartMenu = new QMenu(chartButton);
    chartMenu->addActions({m_newChartAction, m_addToChartAction});
    chartButton->setMenu(chartMenu);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_newChartAction, m_addToChartAction});

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(m_kindCombo);
    bar->addWidget(highlightButton);
    bar->addWidget(exportButton);
    bar->addWidget(chartButton);
    bar->addStretch(1);
    bar->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &FiguresPane::applyKindFilter);
    connect(m_highlightAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(kHighlightKey, on);
        emitHighlights();
    });
    connect(m_exportAction, &QAction::triggered, this, &FiguresPane::exportCsv);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        // A filter that hides the current row moves the current index; that is no choice of the user's.
        if (!m_filtering)
            activateRow(current);
    });
    // A click on the current row shows it again after the reader was scrolled away.
    connect(m_table, &QTableView::clicked, this, &FiguresPane::activateRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FiguresPane::updateChartActions);
    connect(m_newChartAction, &QAction::triggered, this, [this] {
        if (const QList<charts::SourcedFigure> chosen = selectedFigures(); !chosen.isEmpty())
            emit newChartRequested(chosen);
    });
    connect(m_addToChartAction, &QAction::triggered, this, [this] {
        if (const QList<charts::SourcedFigure> chosen = selectedFigures(); !chosen.isEmpty())
            emit addToChartRequested(chosen);
    });

    retranslateUi();
    updateStatus();
}

QByteArray FiguresPane::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void FiguresPane::restoreHeaderState(const QByteArray &state)
{
    m_table->horizontalHeader()->restoreState(state);
}

void FiguresPane::showArticle(const ArticleRecord &article)
{
    m_hasArticle = article.summary.id > 0;
    m_title = article.summary.meta.title;
    m_articleId = article.summary.id;
    m_revision = article.summary.revision;
    m_shown = article;
    // The figures stored with the revision at import: the same ones the charts' points came from.
    std::optional<store::FigureStore::ArticleFigures> stored;
    if (m_hasArticle) {
        const store::FigureStore figureStore(m_library);
        using WhenStale = store::FigureStore::WhenStale;
        stored = figureStore.articleFigures(article.summary.id, article.text.size() > kReadAgainAtOnce
                                                                    ? WhenStale::ReturnStored
                                                                    : WhenStale::ReadAgain);
        if (!stored)
            emit message(tr("The figures of this article could not be read: %1").arg(figureStore.lastError()));
        else if (stored->stale)
            readAgainInBackground(article.summary.id);
    }
    if (stored)
        m_revision = stored->revision;
    m_model->setFigures(stored ? stored->figures : QList<figures::Figure>(), stored ? stored->text : article.text);
    updateKindCombo();
    updateStatus();
    updateChartActions();
    fitColumns();
    emitHighlights();
}

FiguresPane::~FiguresPane()
{
    if (m_reading) {
        m_reading->wait();
        delete m_reading;
    }
}

void FiguresPane::readAgainInBackground(qint64 articleId)
{
    if (m_reading) {
        m_readingWanted = true;
        return;
    }
    emit message(tr("Reading the figures of this article…"));
    auto error = std::make_shared<QString>();
    m_reading = QThread::create([path = m_library.path(), articleId, error] {
        store::Library library;
        if (!library.open(path)) {
            *error = library.lastError();
            return;
        }
        const store::FigureStore figures(library);
        if (!figures.articleFigures(articleId))
            *error = figures.lastError();
    });
    connect(m_reading, &QThread::finished, this, [this, articleId, error] {
        m_reading->deleteLater();
        m_reading = nullptr;
        const bool wanted = std::exchange(m_readingWanted, false);
        if (!m_hasArticle || (m_articleId != articleId && !wanted))
            return;
        if (m_articleId == articleId && !error->isEmpty()) // shown again, it would be read again, and fail again
            emit message(tr("The figures of this article could not be read: %1").arg(*error));
        else
            showArticle(m_shown);
    });
    m_reading->start(QThread::LowPriority);
}

void FiguresPane::fitColumns()
{
    // Fitted to each article's figures (and language); the qualifiers take the rest, and one long
    // figure must not push them out of sight.
    const int em = fontMetrics().horizontalAdvance(QChar(0xAC00));
    for (int column = 0; column < FigureTableModel::ColumnCount; ++column) {
        if (column == FigureTableModel::QualifiersColumn)
            continue;
        const int widest = (column == FigureTableModel::SubjectColumn ? 7 : 14) * em;
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    }
}

void FiguresPane::activateRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const int row = m_proxy->mapToSource(proxyIndex).row();
    const figures::Figure &figure = m_model->figures().at(row);
    emit figureActivated(figure.start, figure.end);
}

QList<charts::SourcedFigure> FiguresPane::selectedFigures() const
{
    QList<QModelIndex> rows = m_table->selectionModel()->selectedRows();
    // In the order the table shows them, which is the order of the chart's points.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<charts::SourcedFigure> chosen;
    for (const QModelIndex &row : rows) {
        const figures::Figure &figure = m_model->figures().at(m_proxy->mapToSource(row).row());
        chosen.append(charts::sourcedFigure(figure, m_articleId, m_revision, m_model->readingText()));
    }
    return chosen;
}

void FiguresPane::setChartTarget(const QString &title)
{
    m_chartTarget = title;
    updateChartActions();
}

void FiguresPane::updateChartActions()
{
    const bool chosen = m_table->selectionModel()->hasSelection();
    m_newChartAction->setEnabled(chosen);
    m_addToChartAction->setEnabled(chosen && !m_chartTarget.isEmpty());
    m_addToChartAction->setToolTip(m_chartTarget.isEmpty()
                                       ? tr("Choose a chart in the Charts tab to add figures to it")
                                       : tr("Add the selected figures to “%1”").arg(m_chartTarget));
}

void FiguresPane::emitHighlights()
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    if (m_highlightAction->isChecked()) {
        for (const figures::Figure &figure : m_model->figures())
            spans.append({figure.start, figure.end});
    }
    emit highlightsChanged(spans);
}

void FiguresPane::applyKindFilter()
{
    const QScopedValueRollback<bool> filtering(m_filtering, true);
    const int kind = m_kindCombo->currentData().toInt();
    if (kind == kAllKinds) {
        m_proxy->setFilterRegularExpression(QRegularExpression());
    } else {
        const QString name = figures::figureKindName(figures::FigureKind(kind));
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(name))));
    }
    updateStatus();
}

void FiguresPane::updateKindCombo()
{
    // Each kind with its count in this article. The chosen kind stays chosen across articles that
    // have figures of it; for one that has none the table would be silently empty, so all kinds are
    // shown again, and the status bar says why.
    QHash<int, int> counts;
    for (const figures::Figure &figure : m_model->figures())
        ++counts[int(figure.kind)];
    QVariant chosen = m_kindCombo->count() > 0 ? m_kindCombo->currentData() : QVariant(kAllKinds);
    if (chosen.toInt() != kAllKinds && counts.value(chosen.toInt()) == 0 && !m_model->figures().isEmpty()) {
        emit message(tr("This article has no figures of the kind %1; all kinds are shown.")
                         .arg(FigureTableModel::kindLabel(figures::FigureKind(chosen.toInt()))));
        chosen = kAllKinds;
    }
    const QSignalBlocker blocker(m_kindCombo);
    m_kindCombo->clear();
    m_kindCombo->addItem(tr("All kinds"), kAllKinds);
    for (const figures::FigureKind kind : FigureTableModel::allKinds()) {
        m_kindCombo->addItem(tr("%1 (%2)").arg(FigureTableModel::kindLabel(kind)).arg(counts.value(int(kind))),
                             int(kind));
    }
    m_kindCombo->setCurrentIndex(std::max(0, m_kindCombo->findData(chosen)));
    applyKindFilter();
}

void FiguresPane::updateStatus()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (!m_hasArticle)
        m_countLabel->setText(tr("No article"));
    else if (total == 0)
        m_countLabel->setText(tr("No figures in this article"));
    else if (shown == total)
        m_countLabel->setText(tr("Figures: %1").arg(total));
    else
        m_countLabel->setText(tr("Figures: %1 of %2").arg(shown).arg(total));
    m_exportAction->setEnabled(shown > 0);
}

void FiguresPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FiguresPane::retranslateUi()
{
    m_highlightAction->setText(tr("&Highlight Figures"));
    m_highlightAction->setToolTip(tr("Mark every figure in the article's text"));
    m_highlightAction->setIconText(tr("Highlight"));
    m_exportAction->setText(tr("Export Figures as &CSV…"));
    m_exportAction->setIconText(tr("Export…"));
    m_exportAction->setToolTip(tr("Save the figures shown in the table as a CSV file"));
    m_kindCombo->setToolTip(tr("Show figures of one kind only"));
    m_newChartAction->setText(tr("&New Chart from Selected Figures"));
    m_newChartAction->setIconText(tr("Chart"));
    m_newChartAction->setToolTip(tr("Make a chart of the selected figures (select several with Ctrl or Shift)"));
    m_addToChartAction->setText(tr("&Add Selected Figures to Chart"));
    m_addToChartAction->setIconText(tr("Add to Chart"));
    updateChartActions();
    m_model->setLanguage(interfaceLanguage());
    updateKindCombo();
    updateStatus();
    fitColumns();
}

} // namespace dokhae::gui
