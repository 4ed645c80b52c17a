#pragma once

#include "article.h"

#include <QStringList>

namespace dokhae::import {

struct HtmlArticle {
    ArticleMetadata meta;    // from <title>, <meta> (og:title, author, article:published_time, og:site_name)
    QStringList paragraphs;  // block-level text of the article body; no script, style, nav, header, footer
};

bool looksLikeHtml(QStringView text);

// Parses with gumbo (a real HTML5 parser). Prefers <article>, then <main>, then <body>.
HtmlArticle extractHtmlArticle(const QString &html);

} // namespace dokhae::import
