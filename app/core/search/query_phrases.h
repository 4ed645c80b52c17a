#pragma once

#include "search/bigram_tokenizer.h"
#include "search/search_query.h"

#include <string_view>
#include <vector>

namespace dokhae::search {

// One form of one query term as the index reads it: the form's tokens in Query mode, which must
// occur at consecutive positions (an FTS5 phrase). toFtsMatch turns every form into one such
// phrase, so these are the phrases FTS5 sees, in the same order.
struct QueryPhrase {
    qsizetype term = 0;  // index into the terms the phrase came from
    std::vector<Token> tokens;
};

// Every form of every term, in order; forms without tokens are left out (FTS5 drops them too).
std::vector<QueryPhrase> queryPhrases(const QList<QueryTerm> &terms);

// Calls onToken(token, position) for each token of a document column, counting positions as FTS5
// does: a token colocated with the previous one shares its position. Positions start at 0.
template <typename OnToken>
void forEachIndexedToken(std::string_view utf8, OnToken &&onToken)
{
    int position = -1;
    tokenizeUtf8(utf8, TokenizeMode::Document, [&](const Token &token) {
        if (!token.colocated || position < 0)
            ++position;
        onToken(token, position);
    });
}

} // namespace dokhae::search
