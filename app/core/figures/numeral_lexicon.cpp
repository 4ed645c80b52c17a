#include "figures/numeral_lexicon.h"

#include <array>
#include <utility>

namespace dokhae::figures {

namespace {

using Word = std::pair<const char16_t *, int>;

constexpr std::array nativeTens{
    Word{u"스물", 20}, Word{u"스무", 20}, Word{u"서른", 30}, Word{u"마흔", 40}, Word{u"쉰", 50},
    Word{u"예순", 60}, Word{u"일흔", 70}, Word{u"여든", 80}, Word{u"아흔", 90}, Word{u"열", 10},
};

// 석/넉 are the forms before 달 and 장 (석 달, 넉 장); 서/너 are left out, they are everyday words.
constexpr std::array nativeOnes{
    Word{u"하나", 1}, Word{u"한", 1}, Word{u"둘", 2}, Word{u"두", 2}, Word{u"셋", 3},
    Word{u"세", 3}, Word{u"석", 3}, Word{u"넷", 4}, Word{u"네", 4}, Word{u"넉", 4},
    Word{u"다섯", 5}, Word{u"여섯", 6}, Word{u"일곱", 7}, Word{u"여덟", 8}, Word{u"아홉", 9},
};

template<std::size_t N>
std::optional<NativeNumber> longestWord(QStringView text, qsizetype pos, const std::array<Word, N> &words)
{
    std::optional<NativeNumber> best;
    if (pos >= text.size())
        return best;
    for (const auto &[word, value] : words) {
        if (word[0] != text[pos].unicode()) // cheap refusal first: this runs at every word start
            continue;
        const QStringView view(word);
        if (text.mid(pos).startsWith(view) && (!best || pos + view.size() > best->end))
            best = NativeNumber{value, pos + view.size()};
    }
    return best;
}

} // namespace

QString foldForParsing(QStringView text)
{
    QString folded = text.toString();
    for (QChar &c : folded) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFF01 + 0x21));
        else if (u == 0x3000 || u == 0x00A0 || u == 0x2009 || u == 0x202F || u == u'\t')
            c = u' ';
        else if (u == 0x223C || u == 0x301C || u == 0x02DC)
            c = u'~';
        else if ((u >= 0x2010 && u <= 0x2014) || u == 0x2212)
            c = u'-';
    }
    // Full-width '～' became '~' above, and '．' became '.'.
    return folded;
}

bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

int sinoDigit(QChar c)
{
    switch (c.unicode()) {
    case u'영': case u'공': case u'빵': return 0;
    case u'일': return 1;
    case u'이': return 2;
    case u'삼': return 3;
    case u'사': return 4;
    case u'오': return 5;
    case u'육': case u'륙': return 6;
    case u'칠': return 7;
    case u'팔': return 8;
    case u'구': return 9;
    default: return -1;
    }
}

int smallMultiplierExponent(QChar c)
{
    switch (c.unicode()) {
    case u'십': return 1;
    case u'백': return 2;
    case u'천': return 3;
    default: return 0;
    }
}

int largeMultiplierExponent(QChar c)
{
    switch (c.unicode()) {
    case u'만': return 4;
    case u'억': return 8;
    case u'조': return 12;
    case u'경': return 16;
    default: return 0;
    }
}

bool isDecimalPointWord(QChar c)
{
    return c == u'점' || c == u'쩜';
}

std::optional<NativeNumber> matchNativeNumber(QStringView text, qsizetype pos)
{
    if (const auto tens = longestWord(text, pos, nativeTens)) {
        // 스무 is a determiner on its own (스무 명); the other tens take a ones word.
        if (text.mid(pos).startsWith(u"스무"))
            return tens;
        if (const auto ones = longestWord(text, tens->end, nativeOnes))
            return NativeNumber{tens->value + ones->value, ones->end};
        return tens;
    }
    return longestWord(text, pos, nativeOnes);
}

std::optional<EnglishScale> matchEnglishScale(QStringView text, qsizetype pos, bool afterDigits, bool afterCurrencySign)
{
    if (!afterDigits)
        return std::nullopt;
    const std::pair<const char16_t *, int> words[] = {
        {u" trillion", 12}, {u" billion", 9}, {u" million", 6}, {u" thousand", 3}, {u" bn", 9}, {u" mn", 6},
    };
    const std::pair<const char16_t *, int> letters[] = {{u"T", 12}, {u"B", 9}, {u"M", 6}, {u"K", 3}};
    std::optional<EnglishScale> found;
    for (const auto &[word, exponent] : words) {
        const qsizetype length = matchWord(text, pos, QStringView(word));
        if (length > 0)
            found = EnglishScale{exponent, pos + length};
    }
    for (const auto &[letter, exponent] : letters) {
        if (afterCurrencySign && !found && text.mid(pos).startsWith(QStringView(letter)))
            found = EnglishScale{exponent, pos + 1};
    }
    // The word must end there: not the "b" of "bnb", not the M of "MW".
    if (found && found->end < text.size() && text[found->end].unicode() < 0x80 && text[found->end].isLetter())
        return std::nullopt;
    return found;
}

qsizetype matchWord(QStringView text, qsizetype pos, QStringView word)
{
    qsizetype at = pos;
    for (const QChar c : word) {
        if (c == u' ') {
            if (at < text.size() && text[at] == u' ')
                ++at;
            continue;
        }
        if (at >= text.size() || text[at] != c)
            return -1;
        ++at;
    }
    return at - pos;
}

qsizetype skipSpaces(QStringView text, qsizetype pos, int maxSpaces)
{
    while (maxSpaces-- > 0 && pos < text.size() && text[pos] == u' ')
        ++pos;
    return pos;
}

} // namespace dokhae::figures
