#pragma once

#include "search/search_query.h"

#include <QList>
#include <QString>

namespace dokhae::search {

// How many positions a snippet spans. Positions are characters in Korean text and words in Latin
// text; FTS5's snippet() allows at most 64.
inline constexpr int kSnippetTokens = 48;
// Marks a snippet that starts after its column's beginning or ends before its end.
inline constexpr char16_t kSnippetEllipsis = u'…';

// The fragment of the title or the text that best shows the query's terms, with every hit wrapped
// in kHitOpen / kHitClose: the snippet SQLite's FTS5 snippet(index, -1, open, close, '…', tokens)
// gives for an index of (title, text) under our tokenizer, made without the index. Hits are found
// as the index finds them (each form of each term a phrase of bigram tokens), and the fragment is
// chosen as FTS5 chooses it (most distinct phrases in a window of `tokens` positions, windows
// starting at a sentence preferred), so a library on any backend shows the same snippets.
QString makeSnippet(const QString &title, const QString &text, const QList<QueryTerm> &terms, int tokens = kSnippetTokens);

} // namespace dokhae::search
