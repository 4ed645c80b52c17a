#include "search/bigram_tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <vector>

namespace dokhae::search {

namespace {

enum class CharClass { Separator, Cjk, Word };

struct CodePoint {
    UChar32 c = 0;
    int startByte = 0;
    int endByte = 0;
    bool foldsToItself = false;  // its bytes are already the token's (Hangul, lower-case ASCII)
};

// Full-width Latin letters and digits (ＡＩ, ３) are common in East Asian text; read them as ASCII.
UChar32 unwiden(UChar32 c)
{
    constexpr UChar32 fullWidthFirst = 0xFF01;
    constexpr UChar32 fullWidthLast = 0xFF5E;
    constexpr UChar32 fullWidthOffset = 0xFEE0;
    return (c >= fullWidthFirst && c <= fullWidthLast) ? c - fullWidthOffset : c;
}

constexpr UChar32 kHangulSyllableFirst = 0xAC00;
constexpr UChar32 kHangulSyllableLast = 0xD7A3;

bool isHangulSyllable(UChar32 c)
{
    return c >= kHangulSyllableFirst && c <= kHangulSyllableLast;
}

// ASCII and Hangul syllables, nearly every character of a Korean article, are answered without
// asking ICU: tokenizing is most of an import's indexing and of making a search's snippets.
CharClass classify(UChar32 c)
{
    if (c < 0)
        return CharClass::Separator;  // malformed UTF-8
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? CharClass::Word
                                                                                         : CharClass::Separator;
    if (isHangulSyllable(c))
        return CharClass::Cjk;
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
    case USCRIPT_HANGUL:
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
        if (u_isalpha(c))
            return CharClass::Cjk;
        break;
    default:
        break;
    }
    const auto category = u_charType(c);
    if (u_isalnum(c) || category == U_NON_SPACING_MARK || category == U_COMBINING_SPACING_MARK)
        return CharClass::Word;
    return CharClass::Separator;
}

void appendFolded(std::string &out, UChar32 c)
{
    c = unwiden(c);
    if (c < 0x80) {
        out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
        return;
    }
    const UChar32 folded = isHangulSyllable(c) ? c : u_foldCase(c, U_FOLD_CASE_DEFAULT);
    char buffer[U8_MAX_LENGTH];
    int length = 0;
    U8_APPEND_UNSAFE(buffer, length, folded);
    out.append(buffer, static_cast<std::size_t>(length));
}

bool foldsToItself(UChar32 c)
{
    return (c < 0x80 && !(c >= 'A' && c <= 'Z')) || isHangulSyllable(c);
}

// Nearly every token of a Korean text folds to itself: its bytes are copied as they are, which
// made tokenizing (an import's indexing, a search's snippets) a third faster.
Token makeToken(std::string_view utf8, const std::vector<CodePoint> &run, std::size_t first, std::size_t count, bool colocated)
{
    Token token;
    bool copyBytes = true;
    for (std::size_t i = first; copyBytes && i < first + count; ++i)
        copyBytes = run[i].foldsToItself;
    if (copyBytes) {
        const auto from = static_cast<std::size_t>(run[first].startByte);
        token.text.assign(utf8.substr(from, static_cast<std::size_t>(run[first + count - 1].endByte) - from));
    } else {
        for (std::size_t i = first; i < first + count; ++i)
            appendFolded(token.text, run[i].c);
    }
    token.startByte = run[first].startByte;
    token.endByte = run[first + count - 1].endByte;
    token.colocated = colocated;
    return token;
}

void emitCjkRun(std::string_view utf8, const std::vector<CodePoint> &run, TokenizeMode mode,
                const std::function<void(const Token &)> &emit)
{
    const std::size_t n = run.size();
    if (mode == TokenizeMode::Query && n > 1) {
        for (std::size_t i = 0; i + 1 < n; ++i)
            emit(makeToken(utf8, run, i, 2, false));
        emit(makeToken(utf8, run, n - 1, 1, false));
        return;
    }
    for (std::size_t i = 0; i < n; ++i) {
        emit(makeToken(utf8, run, i, 1, false));
        if (i + 1 < n)
            emit(makeToken(utf8, run, i, 2, true));
    }
}

} // namespace

void tokenizeUtf8(std::string_view utf8, TokenizeMode mode, const std::function<void(const Token &)> &emit)
{
    std::vector<CodePoint> run;
    CharClass runClass = CharClass::Separator;
    const auto flush = [&] {
        if (run.empty())
            return;
        if (runClass == CharClass::Cjk)
            emitCjkRun(utf8, run, mode, emit);
        else
            emit(makeToken(utf8, run, 0, run.size(), false));
        run.clear();
    };

    const auto *bytes = reinterpret_cast<const uint8_t *>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    int32_t offset = 0;
    while (offset < length) {
        const int32_t start = offset;
        UChar32 c = 0;
        U8_NEXT(bytes, offset, length, c);
        const CharClass charClass = classify(c >= 0 ? unwiden(c) : c);
        if (charClass != runClass) {
            flush();
            runClass = charClass;
        }
        if (charClass != CharClass::Separator)
            run.push_back({c, start, offset, foldsToItself(c)});
    }
    flush();
}

bool hasTokens(std::string_view utf8)
{
    bool any = false;
    tokenizeUtf8(utf8, TokenizeMode::Query, [&any](const Token &) { any = true; });
    return any;
}

} // namespace dokhae::search
