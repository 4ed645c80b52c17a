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
// are indexed by character: every character is a token at its own position (so one-letter
// queries match, and a hit spans exactly the characters it covers), with the bigram starting
// there colocated (딥 딥시 | 시 시크 | 크 크는 | 는). Latin and digits are case-folded words.
// In Query mode a run of two or more becomes its bigrams followed by its last character
// (딥시 시크 크): adjacent bigrams pin the word down, and the final character closes the phrase
// so that FTS5 marks the whole word and phrases continue correctly into the next run.
void tokenizeUtf8(std::string_view utf8, TokenizeMode mode, const std::function<void(const Token &)> &emit);

// True when the text yields at least one token (a query term made only of punctuation does not).
bool hasTokens(std::string_view utf8);

} // namespace dokhae::search
