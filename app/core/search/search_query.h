#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace dokhae::search {

// Snippets come back from the store with hits wrapped in these two private-use markers, so that a
// caller can render them as HTML, JSON or terminal text without guessing at escaping.
inline constexpr QChar kHitOpen = QChar(0xE000);
inline constexpr QChar kHitClose = QChar(0xE001);

// One term of a query and what may match it.
struct QueryTerm {
    QString typed;             // as written (NFC, a quoted phrase whole)
    QStringList forms;         // any one of these matches; the first is the word typed or its stem
    bool particlesDropped = false;
    bool otherNames = false;   // the forms after the first are other names of the entity named
};

// Every name an entity bears when one bears this name (itself included), else nothing.
using NameLookup = std::function<QStringList(const QString &name)>;

// The query's whitespace-separated terms and "quoted phrases". An unquoted word that ends in
// Korean particles stands for its stem (알리바바는 finds what 알리바바 finds), unless an entity
// bears the whole word; a word an entity bears finds its other names too (Nvidia, 엔비디아). A
// quoted phrase matches as written. Terms with nothing searchable in them are dropped.
QList<QueryTerm> parseQuery(const QString &userQuery, const NameLookup &names = {});

// The terms as an FTS5 MATCH expression: each term's forms as quoted FTS5 strings joined by OR,
// all terms required. Empty when nothing is searchable.
QString toFtsMatch(const QList<QueryTerm> &terms);
QString toFtsMatch(const QString &userQuery);
// Any of these phrases, each as written (no particle or name widening): names to find the texts of.
// Empty when none is given or one has nothing the index can look up (only punctuation).
QString toFtsAnyOf(const QStringList &phrases);

// Every form of every term, to be highlighted in reading text.
QStringList highlightTerms(const QList<QueryTerm> &terms);
QStringList highlightTerms(const QString &userQuery);

// Why a hit matched more than the words typed, in the interface language: one clause per widened
// term, naming the forms that occur in `matchedText` (a hit's title and snippet). Empty when every
// term matched as typed.
QString wideningNote(const QList<QueryTerm> &terms, const QString &matchedText);

// Spans [start, end) in UTF-16 of every case-insensitive occurrence of any term, sorted, merged.
QList<std::pair<qsizetype, qsizetype>> findTermSpans(const QString &text, const QStringList &terms);

// Replaces the hit markers of a stored snippet; HTML-escapes the rest when asked.
QString renderSnippet(const QString &snippet, const QString &open, const QString &close, bool htmlEscape);

} // namespace dokhae::search
