#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace dokhae::search {

// Snippets come back from the store with hits wrapped in these two private-use markers, so that a
// caller can render them as HTML, JSON or terminal text without guessing at escaping.
inline constexpr QChar kHitOpen = QChar(0xE000);
inline constexpr QChar kHitClose = QChar(0xE001);

// The user's query as an FTS5 MATCH expression: each whitespace-separated term (or "quoted
// phrase") becomes a quoted FTS5 string, all of them required. Empty when nothing is searchable.
QString toFtsMatch(const QString &userQuery);

// The query's terms as they are to be highlighted in reading text (NFC, phrases whole).
QStringList highlightTerms(const QString &userQuery);

// Spans [start, end) in UTF-16 of every case-insensitive occurrence of any term, sorted, merged.
QList<std::pair<qsizetype, qsizetype>> findTermSpans(const QString &text, const QStringList &terms);

// Replaces the hit markers of a stored snippet; HTML-escapes the rest when asked.
QString renderSnippet(const QString &snippet, const QString &open, const QString &close, bool htmlEscape);

} // namespace dokhae::search
