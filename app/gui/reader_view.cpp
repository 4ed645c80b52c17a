#include "reader_view.h"

#include "language.h"
#include "search/search_query.h"
#include "util/date_format.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

#include <cmath>
#include <memory>

namespace dokhae::gui {

namespace {

constexpr int kLineHeightPercent = 160;
constexpr int kColumnEms = 40;  // about forty Hangul syllables a line
constexpr int kMinSideMargin = 24;

QFont readingFont(const QFont &base, qreal scale, bool serif, bool bold)
{
    QFont font = base;
    const QStringList serifFaces{QStringLiteral("Noto Serif CJK KR"), QStringLiteral("Noto Sans CJK KR")};
    const QStringList sansFaces{QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Serif CJK KR")};
    font.setFamilies(serif ? serifFaces : sansFaces);
    font.setPointSizeF(base.pointSizeF() * scale);
    font.setBold(bold);
    return font;
}

QString metadataLine(const ArticleMetadata &meta)
{
    QStringList parts;
    if (!meta.author.isEmpty())
        parts << meta.author;
    if (!meta.source.isEmpty())
        parts << meta.source;
    if (meta.published.isValid())
        parts << util::displayDate(meta.published, interfaceLanguage());
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
    , m_zoomSteps(std::clamp(QSettings().value(QStringLiteral("reader/zoom"), 0).toInt(), kMinZoomSteps, kMaxZoomSteps))
{
    setObjectName(QStringLiteral("readerView"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    showNothing();
}

void ReaderView::showArticle(const ArticleRecord &article)
{
    m_article = article;
    m_hasArticle = true;
    for (auto &spans : m_spans)
        spans.clear();
    m_coloredSpans.clear();
    render();
    // The cursor goes to the top too: left at the end of the text just inserted, it pulled the view
    // to the article's end whenever Qt kept it visible (after the first resize, for one).
    setTextCursor(QTextCursor(document()));
    verticalScrollBar()->setValue(0);
}

void ReaderView::showNothing()
{
    m_article = {};
    m_hasArticle = false;
    for (auto &spans : m_spans)
        spans.clear();
    m_coloredSpans.clear();
    render();
}

void ReaderView::setHighlightTerms(const QStringList &terms)
{
    if (terms == m_terms)
        return;
    m_terms = terms;
    const int scroll = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scroll);
}

void ReaderView::render()
{
    for (auto &layer : m_layers)
        layer.clear();
    setExtraSelections({});
    m_highlightCount = 0;
    document()->clear();
    QTextCursor cursor(document());
    const QFont base = zoomedFont();

    QTextBlockFormat titleBlock;
    titleBlock.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
    titleBlock.setBottomMargin(base.pointSizeF() * 0.6);
    QTextCharFormat titleChars;
    titleChars.setFont(readingFont(base, 1.8, false, true));

    if (!m_hasArticle) {
        titleChars.setFont(readingFont(base, 1.1, false, false));
        titleChars.setForeground(palette().color(QPalette::PlaceholderText));
        cursor.setBlockFormat(titleBlock);
        cursor.insertText(tr("Select an article in the library to read it here."), titleChars);
        updateColumnMargins();
        emit rerendered();
        return;
    }

    const ArticleMetadata &meta = m_article.summary.meta;
    cursor.setBlockFormat(titleBlock);
    cursor.setCharFormat(titleChars);
    const int titleStart = cursor.position();
    cursor.insertText(meta.title);
    addTermHighlights(titleStart, meta.title);

    const QString byline = metadataLine(meta);
    if (!byline.isEmpty()) {
        QTextBlockFormat metaBlock;
        metaBlock.setBottomMargin(base.pointSizeF() * 2.0);
        QTextCharFormat metaChars;
        metaChars.setFont(readingFont(base, 1.0, false, false));
        metaChars.setForeground(palette().color(QPalette::PlaceholderText));
        cursor.insertBlock(metaBlock, metaChars);
        cursor.insertText(byline);
    }

    QTextBlockFormat bodyBlock;
    bodyBlock.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
    bodyBlock.setBottomMargin(base.pointSizeF() * 1.0);
    QTextBlockFormat firstBodyBlock = bodyBlock;
    if (byline.isEmpty())
        firstBodyBlock.setTopMargin(base.pointSizeF() * 2.0);
    QTextCharFormat bodyChars;
    bodyChars.setFont(readingFont(base, 1.3, true, false));
    cursor.insertBlock(firstBodyBlock, bodyChars);
    // Paragraphs are separated by one '\n' and each separator becomes one block boundary, so a
    // reading-text offset maps to bodyStart + offset.
    m_bodyStart = cursor.position();
    const QStringList paragraphs = m_article.text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i > 0)
            cursor.insertBlock(bodyBlock, bodyChars);
        cursor.insertText(paragraphs.at(i));
    }
    addTermHighlights(m_bodyStart, m_article.text);
    // Layers fed with spans by other panes are laid out again; search and find have their own code.
    for (int layer = 0; layer < LayerCount; ++layer) {
        if (!m_spans[layer].isEmpty())
            updateSpanLayer(Layer(layer));
    }
    if (!m_coloredSpans.isEmpty())
        updateColoredLayer();
    updateColumnMargins();
    emit rerendered();
}

void ReaderView::addTermHighlights(int offset, const QString &text)
{
    if (m_terms.isEmpty())
        return;
    const auto spans = search::findTermSpans(text, m_terms);
    QList<QTextEdit::ExtraSelection> selections = m_layers[int(Layer::Search)];
    for (const auto &[start, end] : spans)
        selections.append(spanSelection(offset + int(start), offset + int(end), Layer::Search));
    m_highlightCount += int(spans.size());
    setLayer(Layer::Search, selections);
}

void ReaderView::setTextSpans(Layer layer, const QList<std::pair<qsizetype, qsizetype>> &spans)
{
    m_spans[int(layer)] = m_hasArticle ? spans : QList<std::pair<qsizetype, qsizetype>>();
    updateSpanLayer(layer);
}

void ReaderView::updateSpanLayer(Layer layer)
{
    const auto &spans = m_spans[int(layer)];
    QList<QTextEdit::ExtraSelection> selections;
    const qsizetype length = m_article.text.size();
    for (const auto &[start, end] : spans) {
        if (start >= 0 && end <= length && start < end)
            selections.append(spanSelection(m_bodyStart + int(start), m_bodyStart + int(end), layer));
    }
    setLayer(layer, selections);
}

void ReaderView::setColoredSpans(const QList<ColoredSpan> &spans)
{
    m_coloredSpans = m_hasArticle ? spans : QList<ColoredSpan>();
    updateColoredLayer();
}

void ReaderView::updateColoredLayer()
{
    QList<QTextEdit::ExtraSelection> selections;
    const qsizetype length = m_article.text.size();
    const bool dark = darkPalette();
    for (const ColoredSpan &span : std::as_const(m_coloredSpans)) {
        if (span.start < 0 || span.end > length || span.start >= span.end)
            continue;
        QTextEdit::ExtraSelection selection = spanSelection(m_bodyStart + int(span.start), m_bodyStart + int(span.end),
                                                            Layer::Annotations);
        // The analyst's color, as a pale tint on a light page and a deep one on a dark page, so
        // the text keeps its contrast either way.
        QColor tint = span.color;
        if (dark)
            tint = tint.darker(260);
        selection.format.setBackground(tint);
        selection.format.setForeground(dark ? QColor(0xf2, 0xf2, 0xf2) : QColor(0x14, 0x14, 0x14));
        if (span.current) {
            selection.format.setFontUnderline(true);
            selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            selection.format.setUnderlineColor(span.color.darker(220));
        }
        selections.append(selection);
    }
    setLayer(Layer::Annotations, selections);
}

std::optional<std::pair<qsizetype, qsizetype>> ReaderView::selectedSpan() const
{
    const QTextCursor cursor = textCursor();
    if (!m_hasArticle || !cursor.hasSelection())
        return std::nullopt;
    const qsizetype length = m_article.text.size();
    const qsizetype start = std::clamp<qsizetype>(cursor.selectionStart() - m_bodyStart, 0, length);
    const qsizetype end = std::clamp<qsizetype>(cursor.selectionEnd() - m_bodyStart, 0, length);
    if (start >= end)
        return std::nullopt;
    return std::pair{start, end};
}

qsizetype ReaderView::topOffset() const
{
    if (!m_hasArticle)
        return 0;
    // A point inside the text column, just below the top edge of the view.
    const QPoint probe(viewport()->width() / 2, 4);
    const int position = cursorForPosition(probe).position();
    return std::clamp<qsizetype>(position - m_bodyStart, 0, m_article.text.size());
}

void ReaderView::scrollToOffset(qsizetype offset)
{
    if (!m_hasArticle)
        return;
    if (offset <= 0) {
        verticalScrollBar()->setValue(0);
        return;
    }
    QTextCursor cursor(document());
    cursor.setPosition(m_bodyStart + int(std::min(offset, m_article.text.size())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + cursorRect(cursor).top());
}

void ReaderView::setSelectionActions(const QList<QAction *> &actions)
{
    m_selectionActions = actions;
}

QFont ReaderView::zoomedFont() const
{
    QFont zoomed = font();
    zoomed.setPointSizeF(font().pointSizeF() * std::pow(kZoomStep, m_zoomSteps));
    return zoomed;
}

void ReaderView::setZoomSteps(int steps)
{
    steps = std::clamp(steps, kMinZoomSteps, kMaxZoomSteps);
    if (steps == m_zoomSteps)
        return;
    m_zoomSteps = steps;
    QSettings().setValue(QStringLiteral("reader/zoom"), steps);
    const qsizetype place = topOffset();
    render();
    if (m_hasArticle)
        scrollToOffset(place);
}

void ReaderView::clearSelection()
{
    QTextCursor cursor = textCursor();
    cursor.clearSelection();
    setTextCursor(cursor);
}

void ReaderView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    const QTextCursor cursor = textCursor();
    if (m_hasArticle && event->button() == Qt::LeftButton && !cursor.hasSelection()
        && cursor.position() >= m_bodyStart)
        emit clickedAt(cursor.position() - m_bodyStart);
}

void ReaderView::selectSpan(qsizetype start, qsizetype end)
{
    if (!m_hasArticle || start < 0 || end > m_article.text.size() || start > end)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(m_bodyStart + int(start));
    cursor.setPosition(m_bodyStart + int(end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    // Centred rather than merely visible, so that the sentence around the figure can be read.
    const int offCentre = cursorRect(cursor).center().y() - viewport()->height() / 2;
    verticalScrollBar()->setValue(verticalScrollBar()->value() + offCentre);
}

void ReaderView::revealSpan(qsizetype start, qsizetype end)
{
    selectSpan(start, end);
    clearSelection();
    QTextCursor cursor = textCursor();
    cursor.setPosition(m_bodyStart + int(std::clamp<qsizetype>(start, 0, m_article.text.size())));
    setTextCursor(cursor);
}

qsizetype ReaderView::cursorOffset() const
{
    return std::max<qsizetype>(0, textCursor().position() - m_bodyStart);
}

void ReaderView::setFindMatches(const QList<QTextCursor> &matches, int current)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (int i = 0; i < matches.size(); ++i)
        selections.append({matches.at(i), layerFormat(Layer::Find, i == current)});
    setLayer(Layer::Find, selections);
    if (current >= 0 && current < matches.size()) {
        QTextCursor shown = matches.at(current);
        setTextCursor(shown);
        ensureCursorVisible();
    }
}

QTextEdit::ExtraSelection ReaderView::spanSelection(int from, int to, Layer layer) const
{
    QTextEdit::ExtraSelection selection{QTextCursor(document()), layerFormat(layer)};
    selection.cursor.setPosition(from);
    selection.cursor.setPosition(to, QTextCursor::KeepAnchor);
    return selection;
}

void ReaderView::setLayer(Layer layer, const QList<QTextEdit::ExtraSelection> &selections)
{
    m_layers[int(layer)] = selections;
    QList<QTextEdit::ExtraSelection> all;
    for (const auto &drawn : m_layers)
        all += drawn;
    setExtraSelections(all);
}

QTextCharFormat ReaderView::layerFormat(Layer layer, bool strong) const
{
    // Each pair is chosen for contrast on its own palette: dark text on a pale tint, or light
    // text on a deep one. Figures are the quietest, since they can cover much of a paragraph.
    const bool dark = darkPalette();
    QTextCharFormat format;
    format.setProperty(LayerProperty, int(layer));
    switch (layer) {
    case Layer::Figures:
        format.setBackground(dark ? QColor(0x1f, 0x4d, 0x3a) : QColor(0xd6, 0xf0, 0xdf));
        format.setForeground(dark ? QColor(0xe2, 0xf6, 0xea) : QColor(0x10, 0x2a, 0x1c));
        break;
    case Layer::Annotations:
        break;  // each highlight has the analyst's color (updateColoredLayer)
    case Layer::Search:
        format.setBackground(dark ? QColor(0x7a, 0x5c, 0x00) : QColor(0xff, 0xe0, 0x70));
        format.setForeground(dark ? QColor(0xff, 0xf6, 0xd8) : QColor(0x1a, 0x1a, 0x1a));
        break;
    case Layer::Entities:
        // Violet, apart from the green of figures and the yellow of search hits, and drawn over
        // both: the entity is what the analyst has just asked to see.
        format.setBackground(dark ? QColor(0x4a, 0x35, 0x78) : QColor(0xe6, 0xdb, 0xff));
        format.setForeground(dark ? QColor(0xf1, 0xeb, 0xff) : QColor(0x1c, 0x12, 0x33));
        format.setFontUnderline(true);
        format.setUnderlineColor(dark ? QColor(0xb9, 0x9c, 0xff) : QColor(0x6a, 0x45, 0xc9));
        break;
    case Layer::Find:
        if (strong) {
            format.setBackground(palette().color(QPalette::Highlight));
            format.setForeground(palette().color(QPalette::HighlightedText));
        } else {
            // Quieter than the current match and than search hits, in either palette.
            format.setBackground(dark ? QColor(0x3a, 0x46, 0x55) : QColor(0xcf, 0xe3, 0xff));
            format.setForeground(dark ? QColor(0xe8, 0xee, 0xf6) : QColor(0x1a, 0x1a, 0x1a));
        }
        break;
    }
    return format;
}

void ReaderView::updateColumnMargins()
{
    const QFont body = readingFont(zoomedFont(), 1.3, true, false);
    const int column = QFontMetrics(body).horizontalAdvance(QChar(0xAC00)) * kColumnEms;
    const int side = std::max(kMinSideMargin, (viewport()->width() - column) / 2);
    QTextFrameFormat frame = document()->rootFrame()->frameFormat();
    if (int(frame.leftMargin()) == side && int(frame.topMargin()) == kMinSideMargin)
        return;
    frame.setLeftMargin(side);
    frame.setRightMargin(side);
    frame.setTopMargin(kMinSideMargin);
    frame.setBottomMargin(kMinSideMargin * 2);
    document()->rootFrame()->setFrameFormat(frame);
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateColumnMargins();
}

void ReaderView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // Colors and faces are baked into the document, so a new palette or font means a new layout;
    // so does a new language (the byline's date, the placeholder), at the same reading place.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LanguageChange) {
        const qsizetype place = topOffset();
        render();
        if (m_hasArticle)
            scrollToOffset(place);
    }
}

bool ReaderView::darkPalette() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (!m_selectionActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_selectionActions);
    }
    // A name the machine missed is added from where the analyst sees it: one selected line of text.
    const QString selected = textCursor().selectedText().simplified();
    const bool oneLine = !textCursor().selectedText().contains(QChar::ParagraphSeparator);
    if (!selected.isEmpty() && oneLine && selected.size() <= 60) {
        menu->addSeparator();
        QAction *add = menu->addAction(tr("Add “%1” as Entity…").arg(selected));
        add->setObjectName(QStringLiteral("actionAddSelectionAsEntity"));
        connect(add, &QAction::triggered, this, [this, selected] { emit addEntityRequested(selected); });
    }
    menu->exec(event->globalPos());
}

} // namespace dokhae::gui
