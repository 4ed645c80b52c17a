#pragma once

#include "article.h"

#include <QStringList>

namespace dokhae::import {

struct HtmlArticle {
    // JSON-LD first, then <meta> (og:title, og:site_name, article:published_time, author, date),
    // then <title>, date attributes and the date and byline lines printed above the article.
    ArticleMetadata meta;
    QStringList paragraphs;  // block-level text of the article body; no script, style, nav, header, footer
};

bool looksLikeHtml(QStringView text);

// Parses with gumbo (a real HTML5 parser). The article is the element whose blocks of text score
// highest as prose (few links, sentences) against the furniture around them; a page that carries
// its article only as data (JSON-LD articleBody, Next.js __NEXT_DATA__) is read from the data.
HtmlArticle extractHtmlArticle(const QString &html);

} // namespace dokhae::import
