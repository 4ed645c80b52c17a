#pragma once

#include <QDate>
#include <QString>

namespace dokhae {

// What the text of a file says about itself, as far as it says it.
struct ArticleMetadata {
    QString title;
    QString author;
    QString source;   // publisher or site
    QDate published;  // invalid when the text gives no date
};

// One article as the library knows it: metadata of its current revision plus identity.
struct ArticleSummary {
    qint64 id = 0;
    ArticleMetadata meta;
    QString sourceFile;  // absolute path it was last imported from
    QString revision;    // SHA-256 (hex) of the current reading text
    int revisionCount = 1;
};

// A summary plus the reading text: NFC, whitespace collapsed, boilerplate removed,
// paragraphs separated by a single '\n'. Every offset in the project points into it.
struct ArticleRecord {
    ArticleSummary summary;
    QString text;
};

} // namespace dokhae
