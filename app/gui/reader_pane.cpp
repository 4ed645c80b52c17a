#include "reader_pane.h"

#include "find_bar.h"
#include "reader_view.h"
#include "reading_places.h"
#include "search/search_query.h"
#include "store/library.h"

#include <QTextDocument>
#include <QTimer>

#include <utility>
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
    connect(m_view, &ReaderView::clickedAt, this, &ReaderPane::clickedAt);
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
    if (articleId != m_articleId)
        rememberPlace();
    m_articleId = articleId;
    const std::optional<ArticleRecord> record = articleId > 0 ? m_library.article(articleId) : std::nullopt;
    m_text = record ? record->text : QString();
    if (record)
        m_view->showArticle(*record);
    else
        m_view->showNothing();
    if (m_places && record) {
        m_places->setLastArticle(articleId);
        // Before the window is shown the text has no width to be laid out in; the place waits.
        m_pendingPosition = m_places->position(articleId);
        if (isVisible()) {
            m_view->scrollToOffset(m_pendingPosition);
            m_pendingPosition = 0;
        }
    }
    emit articleShown(record.value_or(ArticleRecord{}));
}

void ReaderPane::rememberPlace()
{
    if (!m_places || m_articleId <= 0 || !m_view->hasArticle())
        return;
    // A place not restored yet is still the place; an article never laid out on screen has none
    // to tell, and must not erase the one remembered.
    if (m_pendingPosition > 0)
        m_places->setPosition(m_articleId, m_pendingPosition);
    else if (isVisible())
        m_places->setPosition(m_articleId, m_view->topOffset());
}

void ReaderPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pendingPosition <= 0)
        return;
    // After this event the layouts give the view its size; the place is restored then.
    QTimer::singleShot(0, this, [this] {
        if (m_pendingPosition > 0)
            m_view->scrollToOffset(std::exchange(m_pendingPosition, 0));
    });
}

void ReaderPane::setFigureHighlights(const QList<std::pair<qsizetype, qsizetype>> &spans)
{
    m_view->setTextSpans(ReaderView::Layer::Figures, spans);
}

void ReaderPane::setEntityHighlights(const QList<std::pair<qsizetype, qsizetype>> &spans)
{
    m_view->setTextSpans(ReaderView::Layer::Entities, spans);
}

void ReaderPane::setAnnotationHighlights(const QList<ReaderView::ColoredSpan> &marks)
{
    m_view->setColoredSpans(marks);
}

std::optional<std::pair<qsizetype, qsizetype>> ReaderPane::selectedSpan() const
{
    return m_view->selectedSpan();
}

qsizetype ReaderPane::readingPosition() const
{
    return m_view->topOffset();
}

void ReaderPane::setReadingPosition(qsizetype offset)
{
    m_view->scrollToOffset(offset);
}

bool ReaderPane::isFinding() const
{
    return !m_findBar->isHidden();
}

void ReaderPane::showSpan(qsizetype start, qsizetype end)
{
    m_pendingPosition = 0;  // a passage asked for wins over the remembered place
    m_view->selectSpan(start, end);
}

void ReaderPane::revealSpan(qsizetype start, qsizetype end)
{
    m_pendingPosition = 0;
    m_view->revealSpan(start, end);
}

bool ReaderPane::showPassage(qsizetype start, qsizetype end, const QString &passage)
{
    m_pendingPosition = 0;
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
    m_view->setHighlightTerms(search::highlightTerms(m_library.searchTerms(query)));
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
