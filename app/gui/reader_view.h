#pragma once

#include "article.h"

#include <QColor>
#include <QList>
#include <QStringList>
#include <QTextBrowser>
#include <QTextCursor>

#include <optional>
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
    enum class Layer { Figures, Annotations, Search, Entities, Find };
    static constexpr int LayerCount = 5;
    static constexpr int LayerProperty = QTextFormat::UserProperty + 1;

    // Marks spans [start, end) of the reading text (UTF-16) in a layer fed by another pane
    // (figures, the chosen entity's mentions); they are kept across re-layouts of the same article and dropped when another
    // article is shown.
    void setTextSpans(Layer layer, const QList<std::pair<qsizetype, qsizetype>> &spans);
    // Selects a span of the reading text and scrolls it to the middle of the view.
    void selectSpan(qsizetype start, qsizetype end);
    // Scrolls a span to the middle of the view and puts the cursor at its start, selecting
    // nothing: for a highlight, whose own color says where it is.
    void revealSpan(qsizetype start, qsizetype end);
    qsizetype cursorOffset() const;  // the cursor's reading-text offset

    // Matches of find-in-article, drawn over the text; `current` is drawn strongest.
    void setFindMatches(const QList<QTextCursor> &matches, int current);

    // The analyst's highlights: each span in its own color; `current` (the one chosen in the Notes
    // tab) is underlined. Kept across re-layouts of the same article, like setTextSpans.
    struct ColoredSpan {
        qsizetype start = 0;
        qsizetype end = 0;
        QColor color;
        bool current = false;
    };
    void setColoredSpans(const QList<ColoredSpan> &spans);

    // The selected part of the reading text, [start, end) in UTF-16, clipped to the body (the
    // title and byline are not part of it); nullopt when nothing of the body is selected.
    std::optional<std::pair<qsizetype, qsizetype>> selectedSpan() const;
    // The reading-text offset of the first character at the top of the view, and scrolling so
    // that an offset is there: a reading place that survives a new window size or font.
    qsizetype topOffset() const;
    void scrollToOffset(qsizetype offset);
    // Actions added to the context menu, after the standard ones (the Notes tab's highlight
    // actions); they act on the selection, so they are offered with one.
    void setSelectionActions(const QList<QAction *> &actions);
    // Lets go of the selection, the cursor left at its end (where the reader's eye is).
    void clearSelection();

    // Text size in steps of 10% from the window's own (0), remembered in the settings; the reading
    // place holds across a change.
    int zoomSteps() const { return m_zoomSteps; }
    void setZoomSteps(int steps);
    static constexpr int kMinZoomSteps = -5;
    static constexpr int kMaxZoomSteps = 12;

signals:
    // The document was laid out anew; cursors into the old one are gone.
    void rerendered();
    // The analyst clicked in the body at this reading-text offset (to choose a highlight there).
    void clickedAt(qsizetype offset);
    // The analyst asked to add the selected words to the entity catalog (context menu).
    void addEntityRequested(const QString &name);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void render();
    void addTermHighlights(int offset, const QString &text);
    void updateSpanLayer(Layer layer);
    void updateColoredLayer();
    void setLayer(Layer layer, const QList<QTextEdit::ExtraSelection> &selections);
    QTextEdit::ExtraSelection spanSelection(int from, int to, Layer layer) const;  // document positions
    QTextCharFormat layerFormat(Layer layer, bool strong = false) const;
    void updateColumnMargins();
    bool darkPalette() const;
    QFont zoomedFont() const;
    static constexpr double kZoomStep = 1.1;

    ArticleRecord m_article;
    bool m_hasArticle = false;
    int m_zoomSteps = 0;
    QStringList m_terms;
    int m_highlightCount = 0;
    int m_bodyStart = 0;  // document position of reading-text offset 0
    QList<std::pair<qsizetype, qsizetype>> m_spans[LayerCount];  // for layers fed by setTextSpans
    QList<QTextEdit::ExtraSelection> m_layers[LayerCount];
    QList<ColoredSpan> m_coloredSpans;
    QList<QAction *> m_selectionActions;
};

} // namespace dokhae::gui
