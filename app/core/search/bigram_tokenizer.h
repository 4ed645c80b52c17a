#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace dokhae::search {

enum class TokenizeMode { Document, Query };

struct Token {
    std::string text;     // UTF-8, case-folded
    int startByte = 0;    // byte span in the input
    int endByte = 0;
    bool colocated = false;  // same position as the previous token (FTS5_TOKEN_COLOCATED)
};

// Korean attaches particles to nouns and many queries are two syllables, so Hangul/Han/Kana runs
// are indexed as overlapping bigrams (딥시 시크 크는), each character also as a colocated unigram
// so that one-letter queries match; Latin and digits are lower-cased words. In Query mode no
// unigrams are added to runs of two or more, so a query becomes the phrase of its bigrams.
void tokenizeUtf8(std::string_view utf8, TokenizeMode mode, const std::function<void(const Token &)> &emit);

} // namespace dokhae::search
