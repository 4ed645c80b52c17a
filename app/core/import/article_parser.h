#pragma once

#include "article.h"

#include <QByteArray>
#include <QString>

namespace dokhae::import {

struct ParsedArticle {
    ArticleMetadata meta;  // title falls back to the file's base name
    QString text;          // the reading text (see ArticleRecord)
    QString encoding;
    QString sourceFile;    // absolute path, empty for bytes that came from elsewhere
};

struct ParseResult {
    bool ok = false;
    ParsedArticle article;
    QString error;  // translated, names the file
};

// File name extensions that a folder import picks up: .txt, .md, .html, .htm.
bool hasImportableExtension(const QString &fileName);

// decode -> (HTML extraction) -> paragraphs -> metadata -> boilerplate -> reading text.
ParseResult parseArticleBytes(const QByteArray &bytes, const QString &fileName);
ParseResult parseArticleFile(const QString &path);

} // namespace dokhae::import
