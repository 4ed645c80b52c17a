#include "reader_pane.h"

#include "find_bar.h"
#include "reader_view.h"
#include "search/search_query.h"
#include "store/library.h"

#include <QTextDocument>
#include <QVBoxLayout>

namespace dokhae::gui {

ReaderPane::ReaderPane(store::Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_view(new ReaderView(this))
    , m_findBar(new FindBar(this))
{
    setObjectName(QStringLiteral("readerPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    m_findBar->hide();

    connect(m_view, &ReaderView::rerendered, this, &ReaderPane::updateFindMatches);
    connect(m_view, &ReaderView::addEntityRequested, this, &ReaderPane::addEntityRequested);
    connect(m_findBar, &FindBar::textChanged, this, &ReaderPane::updateFindMatches);
    connect(m_findBar, &FindBar::nextRequested, this, &ReaderPane::findNext);
    connect(m_findBar, &FindBar::previousRequested, this, &ReaderPane::findPrevious);
    connect(m_findBar, &FindBar::closed, this, [this] {
        m_matches.clear();
        m_currentMatch = -1;
        m_view->setFindMatches({}, -1);
        m_view->setFocus();
    });
}

void ReaderPane::showArticle(qint64 articleId)
{
    m_articleId = articleId;
    const std::optional<ArticleRecord> record = articleId > 0 ? m_library.article(articleId) : std::nullopt;
    m_text = record ? record->text : QString();
    if (record)
        m_view->showArticle(*record);
    else
        m_view->showNothing();
    emit articleShown(record.value_or(ArticleRecord{}));
}

void ReaderPane::setFigureHighlights(const QList<std::pair<qsizetype, qsizetype>> &spans)
{
    m_view->setTextSpans(ReaderView::Layer::Figures, spans);
}

void ReaderPane::setEntityHighlights(const QList<std::pair<qsizetype, qsizetype>> &spans)
{
    m_view->setTextSpans(ReaderView::Layer::Entities, spans);
}

bool ReaderPane::isFinding() const
{
    return !m_findBar->isHidden();
}

void ReaderPane::showSpan(qsizetype start, qsizetype end)
{
    m_view->selectSpan(start, end);
}

bool ReaderPane::showPassage(qsizetype start, qsizetype end, const QString &passage)
{
    if (passage.isEmpty())
        return false;
    // Offsets are those of the revision the passage was read in; a later revision may have moved it.
    if (start < 0 || end < start || end > m_text.size() || QStringView(m_text).sliced(start, end - start) != passage) {
        start = m_text.indexOf(passage);
        end = start + passage.size();
    }
    if (start < 0) {
        emit message(tr("The sentence is no longer in the article"));
        return false;
    }
    m_view->selectSpan(start, end);
    return true;
}

void ReaderPane::setSearchQuery(const QString &query)
{
    m_view->setHighlightTerms(search::highlightTerms(query));
}

void ReaderPane::openFind()
{
    m_findBar->activate();
    updateFindMatches();
}

void ReaderPane::updateFindMatches()
{
    m_matches.clear();
    const QString needle = !m_findBar->isHidden() ? m_findBar->text() : QString();
    if (!needle.isEmpty()) {
        QTextCursor found = m_view->document()->find(needle);
        while (!found.isNull()) {
            m_matches.append(found);
            found = m_view->document()->find(needle, found);
        }
    }
    m_currentMatch = m_matches.isEmpty() ? -1 : 0;
    m_view->setFindMatches(m_matches, m_currentMatch);
    m_findBar->setMatchState(m_currentMatch, int(m_matches.size()));
}

void ReaderPane::findNext()
{
    if (m_findBar->isHidden()) {
        openFind();
        return;
    }
    moveToMatch(m_currentMatch + 1);
}

void ReaderPane::findPrevious()
{
    if (m_findBar->isHidden()) {
        openFind();
        return;
    }
    moveToMatch(m_currentMatch - 1);
}

void ReaderPane::moveToMatch(int index)
{
    if (m_matches.isEmpty())
        return;
    // Wraps around at both ends, as readers expect from F3.
    const int count = int(m_matches.size());
    m_currentMatch = ((index % count) + count) % count;
    m_view->setFindMatches(m_matches, m_currentMatch);
    m_findBar->setMatchState(m_currentMatch, count);
}

} // namespace dokhae::gui
