#pragma once

#include "article.h"

#include <QList>
#include <QStringList>
#include <QTextBrowser>
#include <QTextCursor>

namespace dokhae::gui {

// An article laid out for reading: title, an "author · source · date" line, then the paragraphs
// in a Korean text face with generous leading and a column no wider than comfortable.
class ReaderView : public QTextBrowser {
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);

    void showArticle(const ArticleRecord &article);
    void showNothing();
    bool hasArticle() const { return m_hasArticle; }
    void setHighlightTerms(const QStringList &terms);
    int highlightCount() const { return m_highlightCount; }

    // Matches of find-in-article, drawn over the text; `current` is drawn strongest.
    void setFindMatches(const QList<QTextCursor> &matches, int current);

signals:
    // The document was laid out anew; cursors into the old one are gone.
    void rerendered();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void insertHighlights(int offset, const QString &text);
    void updateColumnMargins();
    bool darkPalette() const;

    ArticleRecord m_article;
    bool m_hasArticle = false;
    QStringList m_terms;
    int m_highlightCount = 0;
    QList<QTextCursor> m_findMatches;
    int m_findCurrent = -1;
};

} // namespace dokhae::gui
