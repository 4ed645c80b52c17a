#include "reader_view.h"

#include "search/search_query.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

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
        parts << meta.published.toString(Qt::ISODate);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
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
    render();
    verticalScrollBar()->setValue(0);
}

void ReaderView::showNothing()
{
    m_article = {};
    m_hasArticle = false;
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
    m_findMatches.clear();
    m_findCurrent = -1;
    setExtraSelections({});
    m_highlightCount = 0;
    document()->clear();
    QTextCursor cursor(document());
    const QFont base = font();

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
    insertHighlights(titleStart, meta.title);

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
    const int bodyStart = cursor.position();
    const QStringList paragraphs = m_article.text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i > 0)
            cursor.insertBlock(bodyBlock, bodyChars);
        cursor.insertText(paragraphs.at(i));
    }
    insertHighlights(bodyStart, m_article.text);
    updateColumnMargins();
    emit rerendered();
}

void ReaderView::insertHighlights(int offset, const QString &text)
{
    if (m_terms.isEmpty())
        return;
    QTextCharFormat hit;
    const bool dark = darkPalette();
    hit.setBackground(dark ? QColor(0x7a, 0x5c, 0x00) : QColor(0xff, 0xe0, 0x70));
    hit.setForeground(dark ? QColor(0xff, 0xf6, 0xd8) : QColor(0x1a, 0x1a, 0x1a));
    const auto spans = search::findTermSpans(text, m_terms);
    for (const auto &[start, end] : spans) {
        QTextCursor span(document());
        span.setPosition(offset + int(start));
        span.setPosition(offset + int(end), QTextCursor::KeepAnchor);
        span.mergeCharFormat(hit);
    }
    m_highlightCount += int(spans.size());
}

void ReaderView::setFindMatches(const QList<QTextCursor> &matches, int current)
{
    m_findMatches = matches;
    m_findCurrent = current;
    const bool dark = darkPalette();
    QList<QTextEdit::ExtraSelection> selections;
    for (int i = 0; i < matches.size(); ++i) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = matches.at(i);
        if (i == current) {
            selection.format.setBackground(palette().color(QPalette::Highlight));
            selection.format.setForeground(palette().color(QPalette::HighlightedText));
        } else {
            // Quieter than the current match and than search hits, in either palette.
            selection.format.setBackground(dark ? QColor(0x3a, 0x46, 0x55) : QColor(0xcf, 0xe3, 0xff));
            selection.format.setForeground(dark ? QColor(0xe8, 0xee, 0xf6) : QColor(0x1a, 0x1a, 0x1a));
        }
        selections.append(selection);
    }
    setExtraSelections(selections);
    if (current >= 0 && current < matches.size()) {
        QTextCursor shown = matches.at(current);
        setTextCursor(shown);
        ensureCursorVisible();
    }
}

void ReaderView::updateColumnMargins()
{
    const QFont body = readingFont(font(), 1.3, true, false);
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
    // Colors and faces are baked into the document, so a new palette or font means a new layout.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || (event->type() == QEvent::LanguageChange && !m_hasArticle))
        render();
}

bool ReaderView::darkPalette() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

} // namespace dokhae::gui
