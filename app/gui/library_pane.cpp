#include "library_pane.h"

#include "article_table_model.h"
#include "search_runner.h"
#include "store/library.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dokhae::gui {

namespace {
constexpr int kSearchDebounceMs = 150;
// Rows read per turn of the event loop while the list reads its way to the article on show: about
// 6 ms at 20,000 articles.
constexpr int kFollowRowsPerTurn = 500;
}

LibraryPane::LibraryPane(store::Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_searchEdit(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_snippetLabel(new QLabel(this))
    , m_model(new ArticleTableModel(library, this))
    , m_debounce(new QTimer(this))
    , m_searches(new SearchRunner(this))
    , m_follow(new QTimer(this))
{
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("articleTable"));
    m_snippetLabel->setObjectName(QStringLiteral("snippetLabel"));

    // The model sorts by asking the store (a header click re-reads the rows in that order): a
    // proxy would sort only the rows read so far.
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorClearable(true);  // a third click returns to the ranking
    // No sort column: the model's own order, which is the id order or the search ranking.
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ArticleTableModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleTableModel::SourceColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleTableModel::DateColumn, QHeaderView::ResizeToContents);

    m_snippetLabel->setWordWrap(true);
    m_snippetLabel->setTextFormat(Qt::RichText);
    m_snippetLabel->setFrameShape(QFrame::StyledPanel);
    m_snippetLabel->setMargin(6);
    m_snippetLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->setSpacing(6);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_snippetLabel);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kSearchDebounceMs);
    connect(m_searchEdit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &LibraryPane::applyQuery);
    connect(m_searches, &SearchRunner::answered, this, &LibraryPane::showAnswer);
    m_follow->setSingleShot(true);
    m_follow->setInterval(0);
    connect(m_follow, &QTimer::timeout, this, &LibraryPane::followStep);
    m_searchEdit->installEventFilter(this);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryPane::onCurrentRowChanged);
    // A new order reads the rows again: the article on show is found again in it.
    connect(m_model, &ArticleTableModel::reordered, this, [this] {
        if (!m_resetting)
            followArticle(m_currentId, false);
    });

    retranslateUi();
}

int LibraryPane::shownCount() const
{
    return m_model->rowCount();
}

int LibraryPane::totalCount() const
{
    return m_model->articleCount();
}

qint64 LibraryPane::currentArticleId() const
{
    return m_currentId;
}

QByteArray LibraryPane::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void LibraryPane::restoreHeaderState(const QByteArray &state)
{
    if (m_table->horizontalHeader()->restoreState(state))
        return;
    // First run: the title takes the room; a publisher's name is recognizable from its first
    // syllables (미래에셋…), so its column starts narrow.
    m_table->setColumnWidth(ArticleTableModel::SourceColumn, fontMetrics().horizontalAdvance(QChar(0xAC00)) * 5);
}

void LibraryPane::reload()
{
    m_model->reload();
    applyQuery();  // the same query, run again over the new contents
}

void LibraryPane::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

// A query is searched on the search thread (showAnswer takes the answer); the list keeps the
// previous rows until then. No query lists the library again, at once.
void LibraryPane::applyQuery()
{
    m_debounce->stop();
    const QString query = m_searchEdit->text().trimmed();
    if (query.isEmpty()) {
        m_searches->cancel();
        showRows(query, nullptr);
        return;
    }
    m_searches->search(m_library.path(), query);
}

void LibraryPane::showAnswer(const SearchAnswer &answer)
{
    if (answer.query != m_searchEdit->text().trimmed())
        return;  // typed over since: its own answer is on the way
    showRows(answer.query, &answer);
}

void LibraryPane::showRows(const QString &query, const SearchAnswer *answer)
{
    const qint64 keep = m_currentId;
    // Resetting the model drops the current row; the article shown stays until the new rows exist.
    m_resetting = true;
    if (!answer) {
        m_model->clearSearch();
    } else {
        m_matchCount = answer->matchCount;
        // Without snippets: the model asks for the ones it shows, here on the window's connection.
        m_model->setSnippetSource([this, query](store::SearchHit &hit) { m_library.searchSnippet(query, hit); });
        m_model->setSearchHits(answer->hits);
    }
    // A new ranking is read best first, whatever column the user sorted by before; clearing the
    // search gives the browsing order back.
    QHeaderView *header = m_table->horizontalHeader();
    if (!query.isEmpty() && m_appliedQuery.isEmpty()) {
        m_browseSortColumn = header->sortIndicatorSection();
        m_browseSortOrder = header->sortIndicatorOrder();
    }
    if (!query.isEmpty() && query != m_appliedQuery)
        m_table->sortByColumn(-1, Qt::AscendingOrder);
    if (query.isEmpty() && !m_appliedQuery.isEmpty())
        m_table->sortByColumn(m_browseSortColumn, m_browseSortOrder);
    m_resetting = false;
    m_appliedQuery = query;
    // The best hit when the article on show is not among the hits; with no hit at all the article
    // stays on show (and is chosen again when the search is cleared).
    followArticle(keep, true);
    emit queryApplied(query);
    emit countsChanged();
}

void LibraryPane::selectArticle(qint64 articleId)
{
    selectRow(articleId, false);
}

void LibraryPane::selectRow(qint64 articleId, bool orFirstRow)
{
    QModelIndex index = m_model->index(m_model->rowOfArticle(articleId), 0);
    if (!index.isValid() && orFirstRow)
        index = m_model->index(0, 0);
    if (!index.isValid()) {
        m_table->clearSelection();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    onCurrentRowChanged();
}

// Selects the article once its row is read. Rows read anew (a cleared search, another order) may
// hold it far down: they are read 500 a turn of the event loop, not all at once, which held
// the window 65-240 ms at 20,000 articles. Choosing another row meanwhile ends the pursuit.
void LibraryPane::followArticle(qint64 articleId, bool orFirstRow)
{
    m_follow->stop();
    m_followId = articleId;
    m_followOrFirstRow = orFirstRow;
    followStep();
}

void LibraryPane::followStep()
{
    if (m_followId != m_currentId && m_currentId != 0 && m_followId != 0)
        return;  // the analyst chose another article meanwhile
    const int row = m_model->loadedRowOf(m_followId);
    if (row < 0 && m_followId != 0 && m_model->readMore(kFollowRowsPerTurn)) {
        m_follow->start();
        return;
    }
    selectRow(row >= 0 ? m_followId : 0, m_followOrFirstRow);
}

bool LibraryPane::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search box goes into the results, as in every search field with a list under it.
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->selectionModel()->currentIndex().isValid())
            selectRow(m_model->articleIdAt(0), true);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryPane::onCurrentRowChanged()
{
    if (m_resetting)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? current.data(ArticleTableModel::ArticleIdRole).toLongLong() : 0;
    const QString snippet = current.isValid() ? current.data(ArticleTableModel::SnippetRole).toString() : QString();
    m_snippetLabel->setText(snippet);
    m_snippetLabel->setVisible(!snippet.isEmpty());
    if (id != m_currentId) {
        m_currentId = id;
        emit currentArticleChanged(id);
    }
}

void LibraryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LibraryPane::retranslateUi()
{
    m_searchEdit->setPlaceholderText(tr("Search articles (Ctrl+L)"));
    m_searchEdit->setToolTip(tr("Words or \"quoted phrases\"; every term must occur"));
    m_model->retranslate();
}

} // namespace dokhae::gui
