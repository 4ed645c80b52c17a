#include "import/html_extractor.h"

#include "import/byline.h"
#include "import/metadata_extractor.h"
#include "import/line_features.h"
#include "import/page_title.h"
#include "import/structured_data.h"
#include "text/text_normalizer.h"

#include <gumbo.h>

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace dokhae::import {

namespace {

QString textOf(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr ? textOf(attr->value) : QString();
}

bool isElement(const GumboNode *node, GumboTag tag)
{
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

// Page furniture by tag or by ARIA role, and content that is never shown.
bool isSkipped(const GumboNode *node)
{
    switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_HEAD:
        return true;
    default:
        break;
    }
    static const QStringList furnitureRoles = {QStringLiteral("navigation"), QStringLiteral("banner"),
                                               QStringLiteral("contentinfo"), QStringLiteral("complementary"),
                                               QStringLiteral("search")};
    return furnitureRoles.contains(attribute(node, "role").toLower())
        || gumbo_get_attribute(&node->v.element.attributes, "hidden")
        || attribute(node, "aria-hidden") == u"true";
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

// An inline element around a picture (Naver's <span class="end_photo_org"><img><em>caption</em>)
// stands apart like a figure: its caption is not the first words of the paragraph after it.
bool holdsImage(const GumboNode *element)
{
    const GumboVector &children = element->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        if (isElement(static_cast<const GumboNode *>(children.data[i]), GUMBO_TAG_IMG))
            return true;
    }
    return false;
}

// One paragraph of a page as the reader sees it, with how much of it is link text: navigation,
// rankings and related-headline lists are mostly links, article prose hardly ever.
struct Block {
    QString text;
    qsizetype visible = 0;
    qsizetype linkVisible = 0;
    // The nearest enclosing elements (innermost first), up to kCreditedAncestors of them: the
    // candidates for the article's container that this block's text counts for.
    std::vector<const GumboNode *> ancestors;

    double linkDensity() const { return visible == 0 ? 0.0 : double(linkVisible) / double(visible); }
};

// How far up a block's text counts: article paragraphs sit a few levels below their container,
// and a bound keeps a page of 50,000 nested elements linear.
constexpr std::size_t kCreditedAncestors = 12;
constexpr double kMaxContentLinkDensity = 0.3;  // a paragraph with more link text is not prose
constexpr double kMaxKeptLinkDensity = 0.6;     // inside the article, a block with more is a link list
constexpr qsizetype kProseWithoutFullStop = 60; // visible characters: long text counts as prose anyway
constexpr int kMaxHeaderBlocks = 60;            // blocks above the article searched for date and byline

// Collects text into blocks: a block boundary or <br> ends the current one. The tree is
// walked with a stack of its own, not by recursion: a hostile page nests elements tens of
// thousands deep, and the program's stack would overflow long before this one runs short.
class BlockCollector {
public:
    void collect(const GumboNode *root)
    {
        const auto enter = [&](const GumboNode *node) {
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA
                || node->type == GUMBO_NODE_WHITESPACE) {
                const QString text = textOf(node->v.text.text);
                m_current += text;
                if (m_linkDepth > 0)
                    m_currentLink += text;
                return;
            }
            if (node->type != GUMBO_NODE_ELEMENT || isSkipped(node))
                return;
            const GumboTag tag = node->v.element.tag;
            if (tag == GUMBO_TAG_BR) {
                flush();
                return;
            }
            const bool block = isBlock(tag) || holdsImage(node);
            if (block)
                flush();
            // A link goes somewhere: <a name> anchors around text are not links.
            const bool link = tag == GUMBO_TAG_A && gumbo_get_attribute(&node->v.element.attributes, "href");
            if (link)
                ++m_linkDepth;
            m_open.push_back({node, 0, block, link});
        };
        enter(root);
        while (!m_open.empty()) {
            const GumboVector &children = m_open.back().element->v.element.children;
            if (m_open.back().nextChild < children.length) {
                enter(static_cast<const GumboNode *>(children.data[m_open.back().nextChild++]));
                continue;
            }
            if (m_open.back().block)
                flush();
            if (m_open.back().link)
                --m_linkDepth;
            m_open.pop_back();
        }
        flush();
    }

    std::vector<Block> take() { return std::move(m_blocks); }

private:
    struct Open {
        const GumboNode *element;
        unsigned nextChild;
        bool block;
        bool link;
    };

    void flush()
    {
        QString paragraph = text::collapseWhitespace(text::toNfc(m_current));
        if (!paragraph.isEmpty()) {
            Block block;
            block.visible = features::visibleLength(paragraph);
            block.linkVisible = std::min(block.visible, features::visibleLength(m_currentLink));
            block.text = std::move(paragraph);
            for (auto it = m_open.crbegin(); it != m_open.crend() && block.ancestors.size() < kCreditedAncestors; ++it)
                block.ancestors.push_back(it->element);
            m_blocks.push_back(std::move(block));
        }
        m_current.clear();
        m_currentLink.clear();
    }

    std::vector<Open> m_open;
    int m_linkDepth = 0;
    QString m_current;
    QString m_currentLink;
    std::vector<Block> m_blocks;
};

std::vector<Block> blocksOf(const GumboNode *node)
{
    BlockCollector collector;
    collector.collect(node);
    return collector.take();
}

// Calls visit(element) for each element in document order; visit returns whether to look inside.
// A stack of its own, for the same reason as the collector's.
template <typename Visit>
void forEachElement(const GumboNode *root, const Visit &visit)
{
    std::vector<const GumboNode *> pending{root};
    while (!pending.empty()) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT || !visit(node))
            continue;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = children.length; i > 0; --i)  // the first child is taken next
            pending.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
    }
}

QString plainText(const GumboNode *node)
{
    QStringList parts;
    for (const Block &block : blocksOf(node))
        parts << block.text;
    return parts.join(QLatin1Char(' '));
}

// Prose: few links, and a sentence's end or the length of one. What a block adds to the score of
// each element around it: its own text when it is prose, minus all of its text when it is not, so
// the best container holds the article's paragraphs and as little else as possible.
bool isProseBlock(const Block &block)
{
    return block.linkDensity() < kMaxContentLinkDensity
        && (features::endsWithSentencePunctuation(block.text) || block.visible >= kProseWithoutFullStop);
}

qsizetype contentScore(const Block &block)
{
    return isProseBlock(block) ? block.visible - block.linkVisible : -block.visible;
}

// The article's container: the element whose blocks score highest (prose in, furniture out);
// between equals the innermost, which holds the same text and less page around it.
const GumboNode *articleContainer(const std::vector<Block> &blocks, const GumboNode *fallback)
{
    QHash<const GumboNode *, qsizetype> scores;
    for (const Block &block : blocks) {
        const qsizetype score = contentScore(block);
        for (const GumboNode *element : block.ancestors)
            scores[element] += score;
    }
    const GumboNode *best = fallback;
    qsizetype bestScore = 0;
    for (const Block &block : blocks) {
        // Ancestors are listed innermost first, so of equal scores the innermost is kept.
        for (const GumboNode *element : block.ancestors) {
            if (scores.value(element) > bestScore) {
                best = element;
                bestScore = scores.value(element);
            }
        }
    }
    return best;
}

// Whether `container` is among the elements a block's text counted for.
bool isInside(const Block &block, const GumboNode *container)
{
    return std::find(block.ancestors.cbegin(), block.ancestors.cend(), container) != block.ancestors.cend();
}

// A paragraph of prose beside the article's container, under its parent and not in a list: part
// of the article that an advertisement or a box of links split from the rest.
bool isStrayProse(const Block &block, const GumboNode *parent)
{
    constexpr qsizetype kMinStrayProse = 40;  // visible characters; credits and notes are shorter
    if (block.linkVisible > 0 || block.visible < kMinStrayProse || !features::endsWithSentencePunctuation(block.text))
        return false;
    for (const GumboNode *element : block.ancestors) {
        if (element == parent)
            return true;
        if (isElement(element, GUMBO_TAG_LI) || isElement(element, GUMBO_TAG_TD))
            return false;
    }
    return false;
}

// <meta property="og:…">, <meta name="author">, <meta itemprop="datePublished">
QString metaKey(const GumboNode *meta)
{
    for (const char *attr : {"property", "name", "itemprop"}) {
        const QString key = attribute(meta, attr);
        if (!key.isEmpty())
            return key.toLower();
    }
    return {};
}

struct HeadFields {
    QString documentTitle, ogTitle, author, published, siteName;
    QString portalCredit;   // og:article:author, where portals credit the press: "한빛경제 | 네이버"
    QString dateAttribute;  // data-date-time="2022-03-15 09:05:00", <time datetime="…">
    EmbeddedArticle embedded;
    QString pageData;       // __NEXT_DATA__
};

bool isAuthorKey(QStringView key)
{
    return key == u"author" || key == u"article:author" || key == u"byl" || key == u"dable:author";
}

bool isPublishedKey(QStringView key)
{
    return key == u"article:published_time" || key == u"datepublished" || key == u"pubdate" || key == u"date"
        || key == u"publish-date" || key == u"dable:published_time" || key == u"og:regdate";
}

// A stated publication time: any form findDate reads, or the digits-only stamp Daum prints in
// og:regDate ("20240912073102").
QDate statedDate(const QString &stamp)
{
    if (const QDate date = findDate(stamp); date.isValid())
        return date;
    static const QRegularExpression compact(QStringLiteral("^\\s*((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:\\d{4,6})?\\s*$"));
    const QRegularExpressionMatch match = compact.match(stamp);
    return match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()) : QDate();
}

QString scriptText(const GumboNode *script)
{
    const GumboVector &children = script->v.element.children;
    QString text;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA || child->type == GUMBO_NODE_WHITESPACE)
            text += textOf(child->v.text.text);
    }
    return text;
}

void readScript(const GumboNode *script, HeadFields &head)
{
    const QString type = attribute(script, "type").toLower();
    if (type == u"application/ld+json")
        readJsonLd(scriptText(script), head.embedded);
    else if (attribute(script, "id") == u"__NEXT_DATA__" && head.pageData.isEmpty())
        head.pageData = scriptText(script);
}

HeadFields readHead(const GumboNode *root)
{
    HeadFields head;
    forEachElement(root, [&](const GumboNode *node) {
        if (isElement(node, GUMBO_TAG_TITLE) && head.documentTitle.isEmpty())
            head.documentTitle = plainText(node);
        if (isElement(node, GUMBO_TAG_SCRIPT)) {
            readScript(node, head);
            return false;
        }
        if (head.dateAttribute.isEmpty()) {
            const QString stamp = isElement(node, GUMBO_TAG_TIME) ? attribute(node, "datetime") : attribute(node, "data-date-time");
            if (findDate(stamp).isValid())
                head.dateAttribute = stamp;
        }
        if (!isElement(node, GUMBO_TAG_META))
            return true;
        const QString key = metaKey(node);
        const QString content = text::collapseWhitespace(text::toNfc(attribute(node, "content")));
        if (content.isEmpty())
            return true;
        if (key == u"og:title" && head.ogTitle.isEmpty())
            head.ogTitle = content;
        else if (isAuthorKey(key) && head.author.isEmpty() && !content.contains(u"://"))
            head.author = content;
        else if (isPublishedKey(key) && head.published.isEmpty())
            head.published = content;
        else if (key == u"og:site_name" && head.siteName.isEmpty())
            head.siteName = content;
        else if (key == u"og:article:author" && head.portalCredit.isEmpty())
            head.portalCredit = content;
        return true;
    });
    return head;
}

// "이소라 기자" -> "이소라", "By 김가영, 이나래" -> "김가영, 이나래"; anything else as written.
QString authorFromCredit(const QString &credit)
{
    if (const auto reporter = parseReporterLine(credit))
        return reporter->author;
    if (const auto byline = parseCreditLine(credit))
        return byline->author;
    return credit;
}

QString firstNonEmpty(std::initializer_list<QString> candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.trimmed().isEmpty())
            return candidate.trimmed();
    }
    return {};
}

// Portals (Naver News, Daum) republish an article under their own name and credit the press that
// wrote it as "한빛경제 | 네이버": that press, not the portal, is the article's source. Only a
// credit that ends with the site's own name counts, so a reporter's name there is never taken.
QString pressOfPortalCredit(const QString &credit, const QString &site)
{
    const qsizetype bar = credit.lastIndexOf(u'|');
    if (bar <= 0 || site.isEmpty())
        return {};
    const QString press = credit.left(bar).trimmed(), portal = credit.mid(bar + 1).trimmed();
    return !press.isEmpty() && !portal.isEmpty() && site.startsWith(portal) ? press : QString();
}

// Stated before guessed: JSON-LD, then OpenGraph and meta, then <title> and date attributes.
ArticleMetadata metadataFrom(const HeadFields &head)
{
    const EmbeddedArticle &ld = head.embedded;
    const QString siteName = text::toNfc(firstNonEmpty({head.siteName, ld.publisher}));
    const TitleParts fromTitle = headlineFromPageTitle(head.documentTitle, siteName);
    ArticleMetadata meta;
    const QString stated = text::toNfc(firstNonEmpty({ld.headline, head.ogTitle}));
    meta.title = stated.isEmpty() ? fromTitle.title : headlineFromPageTitle(stated, siteName).title;
    const QString site = siteName.isEmpty() ? fromTitle.publisher : siteName;
    const QString press = pressOfPortalCredit(text::toNfc(head.portalCredit), site);
    meta.source = press.isEmpty() ? site : press;
    meta.author = authorFromCredit(text::toNfc(firstNonEmpty({ld.author, head.author})));
    meta.published = statedDate(firstNonEmpty({ld.published, head.published, head.dateAttribute}));
    return meta;
}

// Date and byline lines printed above the article ("입력 2025.11.20 08:10", "김태윤 기자 | 2021-06-01"),
// outside the container that holds its text: read into the fields still empty, never kept as text.
void readHeaderLines(const std::vector<Block> &header, ArticleMetadata &meta)
{
    const std::size_t from = header.size() > std::size_t(kMaxHeaderBlocks) ? header.size() - kMaxHeaderBlocks : 0;
    for (std::size_t i = from; i < header.size(); ++i) {
        const QString &line = header[i].text;
        // A stamp and a name can share a line when the page sets them side by side in inline tags.
        if (const QDate stamp = stampDate(line); stamp.isValid() && !meta.published.isValid())
            meta.published = stamp;
        if (const auto reporter = parseReporterLine(line)) {
            if (meta.author.isEmpty())
                meta.author = reporter->author;
            if (!meta.published.isValid())
                meta.published = reporter->date;
        }
    }
}

QStringList paragraphsOf(const std::vector<Block> &blocks)
{
    QStringList paragraphs;
    for (const Block &block : blocks) {
        if (block.linkDensity() <= kMaxKeptLinkDensity)
            paragraphs << block.text;
    }
    return paragraphs;
}

qsizetype proseLength(const QStringList &paragraphs)
{
    qsizetype length = 0;
    for (const QString &paragraph : paragraphs)
        length += features::visibleLength(paragraph);
    return length;
}

GumboOutput *parseHtml(const GumboOptions &options, const QByteArray &utf8)
{
    return gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
}

GumboOptions parseOptions()
{
    // Gumbo keeps a record of every parse error, and a page of nested tables makes errors whose
    // records grow with the square of the nesting (gigabytes for a 300 KB page); we never read
    // them, so only a few are kept.
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 16;
    return options;
}

// The article's paragraphs in a page's body: the best-scoring container's blocks, less link lists.
// `header` receives the blocks above the container.
QStringList bodyParagraphs(const GumboNode *root, std::vector<Block> *header)
{
    const GumboNode *body = root;
    forEachElement(root, [&](const GumboNode *node) {
        if (isElement(node, GUMBO_TAG_BODY))
            body = node;
        return body == root;
    });
    std::vector<Block> blocks = blocksOf(body);
    const GumboNode *container = articleContainer(blocks, body);
    std::vector<Block> inContainer = blocksOf(container);
    if (container == body)
        return paragraphsOf(inContainer);

    // Above the container: the header. After its start: its own blocks and, beside it under the
    // same parent, paragraphs of prose without links that an ad or a link list cut off from it.
    const GumboNode *parent = container->parent;
    std::vector<Block> article;
    bool started = false;
    std::size_t seenInside = 0;
    for (Block &block : blocks) {
        const bool inside = isInside(block, container);
        started = started || inside;
        seenInside += inside ? 1 : 0;
        if (!started) {
            if (header)
                header->push_back(std::move(block));
        } else if (inside || (parent && isStrayProse(block, parent))) {
            article.push_back(std::move(block));
        }
    }
    // Blocks more than the credited levels below the container did not count for it: then only
    // the container is read, again.
    return paragraphsOf(seenInside == inContainer.size() ? article : inContainer);
}

// Paragraphs of an article body carried as data: HTML is parsed like a page, text split at lines.
QStringList embeddedParagraphs(const QString &body, bool isHtml)
{
    if (!isHtml)
        return text::splitParagraphs(body);
    const GumboOptions options = parseOptions();
    GumboOutput *output = parseHtml(options, body.toUtf8());
    QStringList paragraphs = paragraphsOf(blocksOf(output->root));
    gumbo_destroy_output(&options, output);
    return paragraphs;
}

} // namespace

bool looksLikeHtml(QStringView text)
{
    // A whole document, or a fragment of one as crawlers and "save selection" keep an article
    // body: it opens with a block, an image or a comment.
    static const QRegularExpression markup(
        QStringLiteral("^\\s*(?:<\\?xml\\s|<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<meta\\s|<article[\\s>]"
                       "|<(?:div|p|section|main|table|figure|img|span|strong|h[1-6])[\\s>/]|<!--)"),
        QRegularExpression::CaseInsensitiveOption);
    return markup.match(text.left(2048)).hasMatch();
}

HtmlArticle extractHtmlArticle(const QString &html)
{
    const GumboOptions options = parseOptions();
    GumboOutput *output = parseHtml(options, html.toUtf8());
    const HeadFields head = readHead(output->root);
    HtmlArticle article;
    article.meta = metadataFrom(head);
    std::vector<Block> header;
    article.paragraphs = bodyParagraphs(output->root, &header);
    readHeaderLines(header, article.meta);
    gumbo_destroy_output(&options, output);

    // A client-rendered page sends a skeleton and the article as data: that text, when the page
    // itself shows less of it.
    bool isHtml = head.embedded.bodyIsHtml;
    QString embedded = head.embedded.body;
    if (embedded.isEmpty() && !head.pageData.isEmpty())
        embedded = bodyFromPageData(head.pageData, &isHtml);
    if (!embedded.isEmpty()) {
        QStringList fromData = embeddedParagraphs(embedded, isHtml);
        if (proseLength(fromData) > proseLength(article.paragraphs))
            article.paragraphs = std::move(fromData);
    }
    return article;
}

} // namespace dokhae::import
