#pragma once

#include "article.h"
#include "reader_view.h"

#include <QList>
#include <QTextCursor>
#include <QWidget>

#include <optional>
#include <utility>

namespace dokhae::store {
class Library;
}

namespace dokhae::gui {

class FindBar;
class ReadingPlaces;

// The article being read, with the search query's hits highlighted and a find bar under it.
class ReaderPane : public QWidget {
    Q_OBJECT

public:
    explicit ReaderPane(store::Library &library, QWidget *parent = nullptr);

    qint64 articleId() const { return m_articleId; }
    bool isFinding() const;  // the find bar is open
    ReaderView *view() const { return m_view; }
    // The selected passage of the reading text (UTF-16), if any.
    std::optional<std::pair<qsizetype, qsizetype>> selectedSpan() const;
    // The reading place: the offset at the top of the view, and going back to one.
    qsizetype readingPosition() const;
    void setReadingPosition(qsizetype offset);
    // Where reading places are remembered: each article opens where the analyst left it.
    void setReadingPlaces(ReadingPlaces *places) { m_places = places; }
    void rememberPlace();

public slots:
    void showArticle(qint64 articleId);
    void setSearchQuery(const QString &query);
    void openFind();
    void findNext();
    void findPrevious();
    // Figures are marked and selected by reading-text spans [start, end) in UTF-16.
    void setFigureHighlights(const QList<std::pair<qsizetype, qsizetype>> &spans);
    void setEntityHighlights(const QList<std::pair<qsizetype, qsizetype>> &spans);
    // The analyst's highlights, each in its color (see ReaderView::setColoredSpans).
    void setAnnotationHighlights(const QList<dokhae::gui::ReaderView::ColoredSpan> &marks);
    void showSpan(qsizetype start, qsizetype end);
    void revealSpan(qsizetype start, qsizetype end);  // ReaderView::revealSpan
    // Selects a passage quoted elsewhere (a chart point's sentence): [start, end) when the text
    // there still reads `passage`, else its first occurrence; false when the article no longer
    // has it (the passage's revision was replaced), with a message for the status bar.
    bool showPassage(qsizetype start, qsizetype end, const QString &passage);

signals:
    // An article (or, with id 0, nothing) is now on show; the other panes follow it.
    void articleShown(const dokhae::ArticleRecord &article);
    void addEntityRequested(const QString &name);
    void clickedAt(qsizetype offset);  // a click in the text, at this reading-text offset
    void message(const QString &text);  // for the status bar

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateFindMatches();
    void moveToMatch(int index);

    store::Library &m_library;
    ReaderView *m_view;
    FindBar *m_findBar;
    qint64 m_articleId = 0;
    ReadingPlaces *m_places = nullptr;
    qsizetype m_pendingPosition = 0;  // restored once the view has its size
    QString m_text;  // the reading text on show, which passages are looked up in
    QList<QTextCursor> m_matches;
    int m_currentMatch = -1;
};

} // namespace dokhae::gui
