#include "figures/quantity_parser.h"

#include "figures/numeral_lexicon.h"
#include "figures/qualifiers.h"
#include "figures/quantity_grammar.h"

namespace dokhae::figures {

namespace {

// How much text around a position is folded for one match; a quantity is never longer.
constexpr qsizetype kContextBefore = 2;
constexpr qsizetype kMatchWindow = 160;

bool isJoiner(QChar c)
{
    return c == u'-' || c == u'.' || c == u',' || c == u'/' || c == u':' || c == u'_';
}

// Not in the middle of a word or an identifier: V3, GPT-4, H-1B, 1,339 from its second digit.
// Digits may follow Hangul directly (주2회, 중국이22.6%로): Korean does not glue them into names.
bool startsCleanly(QStringView text, qsizetype pos)
{
    if (pos == 0)
        return true;
    const QChar before = text[pos - 1];
    if (isHangulSyllable(before) && isAsciiDigit(text[pos]))
        return true;
    if (before.isLetterOrNumber())
        return false;
    return !(isJoiner(before) && pos >= 2 && text[pos - 2].isLetterOrNumber());
}

// Followed by a space, punctuation or a particle (22.6%로, 5명이), never by the rest of a word
// or code: 천천히, 6G, 02-1234-5678, 2025.3.1.
bool endsCleanly(QStringView text, qsizetype end)
{
    if (end >= text.size())
        return true;
    const QChar after = text[end];
    if (isHangulSyllable(after))
        return startsWithParticle(text, end);
    if (after.isLetterOrNumber())
        return false;
    return !(isJoiner(after) && end + 1 < text.size() && text[end + 1].isLetterOrNumber());
}

void shift(Quantity &quantity, qsizetype offset)
{
    quantity.start += offset;
    quantity.end += offset;
    quantity.numberStart += offset;
    quantity.numberEnd += offset;
}

// 아이폰15도, 윈도11, 갤럭시노트7: digits glued to a word of two or more syllables end a product
// or model name; its 도 is the particle "too", not degrees. Korean glues a figure to a word only
// in compact styles (중국이22.6%로, 주2회), and then as money or a percentage, or after one syllable.
bool gluedToAName(QStringView folded, const Quantity &quantity)
{
    qsizetype syllables = 0;
    for (qsizetype i = quantity.start - 1; i >= 0 && isHangulSyllable(folded[i]); --i)
        ++syllables;
    if (syllables < 2)
        return false;
    return quantity.kind != QuantityKind::Money && quantity.kind != QuantityKind::Percent
        && quantity.kind != QuantityKind::PercentagePoint;
}

std::optional<Quantity> matchInFolded(QStringView folded, qsizetype pos)
{
    if (!startsCleanly(folded, pos))
        return std::nullopt;
    auto quantity = readQuantity(folded, pos, ReadingMode::Prose);
    if (!quantity || !endsCleanly(folded, quantity->end) || gluedToAName(folded, *quantity))
        return std::nullopt;
    return quantity;
}

} // namespace

std::optional<Quantity> parseExpression(QStringView expression)
{
    const QString folded = foldForParsing(expression);
    const QStringView trimmed = QStringView(folded).trimmed();
    const qsizetype start = trimmed.isEmpty() ? 0 : trimmed.data() - folded.data();
    const qsizetype end = start + trimmed.size();
    // The ordinary reading first: 10영국파운드 is 10 pounds, not 100 followed by 국파운드.
    for (const ReadingMode mode : {ReadingMode::Expression, ReadingMode::DigitByDigit}) {
        const auto quantity = readQuantity(folded, start, mode);
        if (quantity && quantity->end == end)
            return quantity;
    }
    return std::nullopt;
}

std::optional<Quantity> matchQuantityAt(QStringView text, qsizetype pos)
{
    if (pos < 0 || pos >= text.size())
        return std::nullopt;
    const qsizetype windowStart = std::max<qsizetype>(0, pos - kContextBefore);
    const QString folded = foldForParsing(text.mid(windowStart, pos - windowStart + kMatchWindow));
    auto quantity = matchInFolded(folded, pos - windowStart);
    if (quantity)
        shift(*quantity, windowStart);
    return quantity;
}

std::optional<Quantity> matchQuantityInFolded(QStringView folded, qsizetype pos)
{
    if (pos < 0 || pos >= folded.size())
        return std::nullopt;
    return matchInFolded(folded, pos);
}

std::optional<Quantity> findQuantity(QStringView text, qsizetype from)
{
    const QString folded = foldForParsing(text);
    for (qsizetype pos = std::max<qsizetype>(0, from); pos < folded.size(); ++pos) {
        if (auto quantity = matchInFolded(folded, pos))
            return quantity;
    }
    return std::nullopt;
}

} // namespace dokhae::figures
