#include "import/html_extractor.h"

#include "import/byline.h"
#include "import/metadata_extractor.h"
#include "text/text_normalizer.h"

#include <gumbo.h>

#include <QRegularExpression>

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

// Collects text into paragraphs: a block boundary or <br> ends the current one. The tree is
// walked with a stack of its own, not by recursion: a hostile page nests elements tens of
// thousands deep, and the program's stack would overflow long before this one runs short.
class ParagraphCollector {
public:
    void collect(const GumboNode *root)
    {
        struct Open {
            const GumboNode *element;
            unsigned nextChild;
            bool block;
        };
        std::vector<Open> open;
        const auto enter = [&](const GumboNode *node) {
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA
                || node->type == GUMBO_NODE_WHITESPACE) {
                m_current += textOf(node->v.text.text);
                return;
            }
            if (node->type != GUMBO_NODE_ELEMENT || isSkipped(node))
                return;
            const GumboTag tag = node->v.element.tag;
            if (tag == GUMBO_TAG_BR) {
                flush();
                return;
            }
            const bool block = isBlock(tag);
            if (block)
                flush();
            open.push_back({node, 0, block});
        };
        enter(root);
        while (!open.empty()) {
            const GumboVector &children = open.back().element->v.element.children;
            if (open.back().nextChild < children.length) {
                enter(static_cast<const GumboNode *>(children.data[open.back().nextChild++]));
                continue;
            }
            if (open.back().block)
                flush();
            open.pop_back();
        }
    }

    QStringList take()
    {
        flush();
        return std::move(m_paragraphs);
    }

private:
    void flush()
    {
        QString paragraph = text::collapseWhitespace(text::toNfc(m_current));
        if (!paragraph.isEmpty())
            m_paragraphs.append(std::move(paragraph));
        m_current.clear();
    }

    QString m_current;
    QStringList m_paragraphs;
};

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
    ParagraphCollector collector;
    collector.collect(node);
    return collector.take().join(QLatin1Char(' '));
}

// <article> (the longest, when a page lists several), else <main>, else <body>.
const GumboNode *contentRoot(const GumboNode *root)
{
    const GumboNode *best = nullptr;
    qsizetype bestLength = -1;
    const GumboNode *main = nullptr;
    const GumboNode *body = root;
    forEachElement(root, [&](const GumboNode *node) {
        if (isElement(node, GUMBO_TAG_BODY))
            body = node;
        if (isElement(node, GUMBO_TAG_MAIN) && !main)
            main = node;
        if (isElement(node, GUMBO_TAG_ARTICLE)) {
            const qsizetype length = plainText(node).size();
            if (length > bestLength) {
                best = node;
                bestLength = length;
            }
        }
        return !isSkipped(node);
    });
    return best ? best : main ? main : body;
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
};

HeadFields readHead(const GumboNode *root)
{
    HeadFields head;
    forEachElement(root, [&](const GumboNode *node) {
        if (isElement(node, GUMBO_TAG_TITLE) && head.documentTitle.isEmpty())
            head.documentTitle = plainText(node);
        if (!isElement(node, GUMBO_TAG_META))
            return true;
        const QString key = metaKey(node);
        const QString content = text::collapseWhitespace(text::toNfc(attribute(node, "content")));
        if (content.isEmpty())
            return true;
        if (key == u"og:title" && head.ogTitle.isEmpty())
            head.ogTitle = content;
        else if ((key == u"author" || key == u"article:author" || key == u"byl") && head.author.isEmpty()
                 && !content.contains(u"://"))
            head.author = content;
        else if ((key == u"article:published_time" || key == u"datepublished" || key == u"pubdate"
                  || key == u"date") && head.published.isEmpty())
            head.published = content;
        else if (key == u"og:site_name" && head.siteName.isEmpty())
            head.siteName = content;
        return true;
    });
    return head;
}

// "제목 - 매체" or "제목 | 매체" in <title>: the site's name is not part of the headline.
QString withoutSiteSuffix(const QString &title, const QString &siteName)
{
    const TitleParts parts = splitTitleLine(title);
    if (siteName.isEmpty())
        return parts.title;
    for (const QStringView separator : {u" - ", u" : ", u" :: "}) {
        if (parts.title.endsWith(siteName) && QStringView(parts.title).chopped(siteName.size()).endsWith(separator))
            return parts.title.chopped(separator.size() + siteName.size()).trimmed();
    }
    return parts.title;
}

ArticleMetadata metadataFrom(const HeadFields &head)
{
    ArticleMetadata meta;
    meta.title = head.ogTitle.isEmpty() ? withoutSiteSuffix(head.documentTitle, head.siteName)
                                        : withoutSiteSuffix(head.ogTitle, head.siteName);
    meta.source = head.siteName.isEmpty() ? splitTitleLine(head.documentTitle).publisher : head.siteName;
    meta.author = head.author;
    if (const auto reporter = parseReporterLine(head.author))
        meta.author = reporter->author;
    meta.published = findDate(head.published);
    return meta;
}

} // namespace

bool looksLikeHtml(QStringView text)
{
    static const QRegularExpression markup(
        QStringLiteral("^\\s*(?:<\\?xml\\s|<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<meta\\s|<article[\\s>])"),
        QRegularExpression::CaseInsensitiveOption);
    return markup.match(text.left(2048)).hasMatch();
}

HtmlArticle extractHtmlArticle(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    // Gumbo keeps a record of every parse error, and a page of nested tables makes errors whose
    // records grow with the square of the nesting (gigabytes for a 300 KB page); we never read
    // them, so only a few are kept.
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 16;
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    HtmlArticle article;
    article.meta = metadataFrom(readHead(output->root));
    ParagraphCollector collector;
    collector.collect(contentRoot(output->root));
    article.paragraphs = collector.take();
    gumbo_destroy_output(&options, output);
    return article;
}

} // namespace dokhae::import
