#include "entities/name_key.h"

#include "text/text_normalizer.h"

namespace dokhae::entities {

namespace {
constexpr char16_t firstSyllable = 0xAC00;
constexpr char16_t lastSyllable = 0xD7A3;
constexpr int finalsPerVowel = 28;
constexpr int rieulFinal = 8;
} // namespace

bool isHangulSyllable(QChar c)
{
    return c.unicode() >= firstSyllable && c.unicode() <= lastSyllable;
}

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
}

bool isLatinLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isNameSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'·' || c == u'‧' || c == u'・';
}

bool hasFinalConsonant(QChar syllable)
{
    return isHangulSyllable(syllable) && (syllable.unicode() - firstSyllable) % finalsPerVowel != 0;
}

bool finalConsonantIsRieul(QChar syllable)
{
    return isHangulSyllable(syllable) && (syllable.unicode() - firstSyllable) % finalsPerVowel == rieulFinal;
}

int hangulSyllableCount(QStringView text)
{
    int count = 0;
    for (QChar c : text)
        count += isHangulSyllable(c) ? 1 : 0;
    return count;
}

bool isAllHangul(QStringView text)
{
    return !text.isEmpty() && hangulSyllableCount(text) == text.size();
}

bool isAllHan(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!isHan(c))
            return false;
    }
    return true;
}

QString nameKey(QStringView name)
{
    const QString folded = text::toNfc(name).toCaseFolded();
    QString key;
    key.reserve(folded.size());
    for (QChar c : folded) {
        if (c.isSpace() || isNameSeparator(c) || c == u'.' || c == u'\'' || c == u'’')
            continue;
        key.append(c);
    }
    return key;
}

} // namespace dokhae::entities
