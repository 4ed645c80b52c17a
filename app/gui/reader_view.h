#pragma once

#include "article.h"

#include <QList>
#include <QStringList>
#include <QTextBrowser>
#include <QTextCursor>

#include <utility>

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

    // Every highlight is an extra selection of one layer, drawn in this order (later over
    // earlier); the layer is stored in the format under LayerProperty.
    enum class Layer { Figures, Search, Entities, Find };
    static constexpr int LayerCount = 4;
    static constexpr int LayerProperty = QTextFormat::UserProperty + 1;

    // Marks spans [start, end) of the reading text (UTF-16) in a layer fed by another pane
    // (figures, the chosen entity's mentions); they are kept across re-layouts of the same article and dropped when another
    // article is shown.
    void setTextSpans(Layer layer, const QList<std::pair<qsizetype, qsizetype>> &spans);
    // Selects a span of the reading text and scrolls it to the middle of the view.
    void selectSpan(qsizetype start, qsizetype end);

    // Matches of find-in-article, drawn over the text; `current` is drawn strongest.
    void setFindMatches(const QList<QTextCursor> &matches, int current);

signals:
    // The document was laid out anew; cursors into the old one are gone.
    void rerendered();
    // The analyst asked to add the selected words to the entity catalog (context menu).
    void addEntityRequested(const QString &name);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void render();
    void addTermHighlights(int offset, const QString &text);
    void updateSpanLayer(Layer layer);
    void setLayer(Layer layer, const QList<QTextEdit::ExtraSelection> &selections);
    QTextEdit::ExtraSelection spanSelection(int from, int to, Layer layer) const;  // document positions
    QTextCharFormat layerFormat(Layer layer, bool strong = false) const;
    void updateColumnMargins();
    bool darkPalette() const;

    ArticleRecord m_article;
    bool m_hasArticle = false;
    QStringList m_terms;
    int m_highlightCount = 0;
    int m_bodyStart = 0;  // document position of reading-text offset 0
    QList<std::pair<qsizetype, qsizetype>> m_spans[LayerCount];  // for layers fed by setTextSpans
    QList<QTextEdit::ExtraSelection> m_layers[LayerCount];
};

} // namespace dokhae::gui
