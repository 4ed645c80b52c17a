#pragma once

#include "search/search_query.h"

#include <QList>
#include <QString>

namespace dokhae::search {

// PostgreSQL's full-text search fed by our bigram tokenizer: a tsvector holds exactly the tokens
// FTS5 indexes (every character of a Korean run with the bigram starting there, Latin words), at
// the positions FTS5 gives them, and a tsquery asks for each form of each term as a phrase, so
// that `tsv @@ query` finds what `search_index MATCH toFtsMatch(terms)` finds. The literals are
// the types' input text, to be bound as `?::tsvector` and `?::tsquery` (no dictionary, no
// extension: a plain cast keeps every lexeme as written).

// PostgreSQL's limits (tsearch/ts_type.h): positions count from 1 and stop at 16383, a lexeme keeps
// at most 256 of them, a lexeme is shorter than 2047 bytes, and a tsvector's lexemes take less
// than 1 MB together.
inline constexpr int kTsMaxPosition = 16383;
inline constexpr int kTsMaxPositionsPerLexeme = 256;
inline constexpr int kTsMaxLexemeBytes = 2046;
inline constexpr int kTsMaxLexemeBytesTotal = (1 << 20) - 1;

// ts_rank's weights in PostgreSQL's order {D, C, B, A}: a title (A) hit counts five times a text
// (D) hit, as bm25(5, 1) weighs the columns in SQLite.
inline constexpr char kTsRankWeights[] = "{0.2, 0.2, 0.2, 1.0}";

struct TsVectorText {
    QString literal;
    int lastPosition = 0;  // the position the text's last token takes (may pass kTsMaxPosition)
    // Lexemes with positions PostgreSQL cannot hold (more than 256, or past 16383). Each keeps
    // those it can and is written a second time with kTsOverflowMark in front, which tells a
    // tsquery that the lexeme's phrases may stand where no position says (see toTsQueryLiteral):
    // a long article is still found by every phrase it holds.
    int lexemesOverflowing = 0;
    // Lexemes left out because the tsvector reached 1 MB of lexemes (a text of megabytes): phrases
    // over them no longer find the article.
    int lexemesLeftOut = 0;
};

// Marks a lexeme some of whose positions the tsvector could not hold. The tokenizer never puts it
// into a token, so no word of a text or of a query is taken for it.
inline constexpr char kTsOverflowMark = '~';

// The title's tokens with weight A, then the text's with weight D. Positions are FTS5's plus one;
// the text starts a few positions after the title, so that no phrase runs from one into the other
// (FTS5 keeps them in two columns).
TsVectorText makeTsVector(const QString &title, const QString &text);
QString toTsVectorLiteral(const QString &title, const QString &text);

// The terms as a tsquery, as toFtsMatch builds the FTS5 expression: each form a phrase of its
// tokens ('딥시' <-> '시크'), a term's forms OR'ed, the terms AND'ed. A Korean run's final letter,
// which the FTS5 phrase carries only to mark the whole word, is implied by its last bigram and
// left out (the next token, if any, follows at <2>). A phrase of several lexemes also matches an
// article that holds them all and could not keep every position of one of them (kTsOverflowMark),
// which makes a long article match a phrase it may not hold, never miss one it holds. Every
// lexeme is quoted, and lexemes are made only of letters and digits, so no user input changes the
// expression. Empty when nothing is searchable.
QString toTsQueryLiteral(const QList<QueryTerm> &terms);
QString toTsQueryLiteral(const QString &userQuery);

} // namespace dokhae::search
