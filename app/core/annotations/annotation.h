#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace dokhae::annotations {

// The passage an annotation marks, as W3C's TextQuoteSelector keeps it: the exact text and up to
// kContextLength characters on each side, so the passage can be found again in a changed text.
struct TextQuote {
    QString exact;
    QString prefix;
    QString suffix;
    bool operator==(const TextQuote &) const = default;
};

// One highlight of the analyst's, with its note and tags. It lives in the library, never in the
// article text. Its selectors point into the reading text of the revision it is anchored to.
struct Annotation {
    QString id;            // a UUID (no braces): the same in every library the annotation reaches
    qint64 articleId = 0;
    qint64 revisionId = 0; // the revision start/end point into (the last one it was found in)
    TextQuote quote;
    qsizetype start = 0;   // [start, end) in UTF-16 code units of that revision's reading text
    qsizetype end = 0;
    // The passage is no longer in the article's current revision: kept, shown apart, never
    // deleted by the program; start, end and revisionId still say where it was.
    bool orphan = false;
    QString color;         // one of colorKeys()
    QString note;          // Markdown
    QStringList tags;      // normalized by normalizedTags()
    QString author;
    QDateTime created;     // UTC
    QDateTime modified;    // UTC; the newer edit wins when annotations are merged

    bool operator==(const Annotation &) const = default;
};

// The highlight colors, by stable key. What each means is the analyst's to name (settings).
const QStringList &colorKeys();
QString defaultColorKey();
bool isColorKey(const QString &key);
// The color as #rrggbb for a light page; used by the reader, the Notes tab and exports.
QString colorHex(const QString &key);

// A fresh annotation id.
QString newAnnotationId();
// An id as the library keeps it (lower-case 8-4-4-4-12, no braces) from "urn:uuid:…" or the plain
// form; nullopt for anything else. Other spellings would make one annotation look like two.
std::optional<QString> plainAnnotationId(QStringView text);

// Tags as the store keeps them: NFC, whitespace collapsed, no empty ones, no commas (the field
// that edits them splits on commas), first spelling kept among case-insensitive duplicates.
QStringList normalizedTags(const QStringList &tags);

} // namespace dokhae::annotations
