#include "figures/amount_reader.h"

#include "figures/numeral_lexicon.h"

#include <tuple>

namespace dokhae::figures {

namespace {

Amount fromNumeral(const Numeral &numeral, QStringView text)
{
    Amount amount;
    amount.value = numeral.value.toDouble();
    amount.start = numeral.start;
    amount.end = numeral.end;
    amount.hasAsciiDigits = numeral.hasAsciiDigits;
    amount.leadingZero = numeral.leadingZero;
    amount.trailingLargeExponent = numeral.trailingLargeExponent;
    amount.approximate = numeral.approximate;
    amount.singleHangulSyllable = numeral.end - numeral.start == 1 && isHangulSyllable(text[numeral.start]);
    return amount;
}

std::optional<Amount> divided(Amount numerator, const Amount &denominator, qsizetype start)
{
    if (denominator.value == 0)
        return std::nullopt;
    numerator.value /= denominator.value;
    numerator.start = start;
    numerator.isFraction = true;
    numerator.singleHangulSyllable = false;
    numerator.trailingLargeExponent = 0;
    numerator.hasAsciiDigits |= denominator.hasAsciiDigits;
    numerator.leadingZero |= denominator.leadingZero;
    return numerator;
}

// A numeral, optionally the denominator of 분의 or the numerator of a slash fraction.
std::optional<Amount> readFractionOrNumeral(QStringView text, qsizetype pos, const NumeralOptions &options)
{
    const auto first = readNumeral(text, pos, options);
    if (!first)
        return std::nullopt;
    Amount amount = fromNumeral(*first, text);
    qsizetype q = first->end;
    // 3분의 1, 사분의삼, 사 분의 삼: the denominator comes first. Without a numerator, 3분의 is
    // "of 3 minutes".
    const qsizetype of = skipSpaces(text, q);
    if (text.mid(of).startsWith(u"분의")) {
        if (const auto numerator = readNumeral(text, skipSpaces(text, of + 2), options))
            return divided(fromNumeral(*numerator, text), amount, pos);
    }
    // 3/4, 1/100: digits on both sides of the slash.
    if (q + 1 < text.size() && text[q] == u'/' && isAsciiDigit(text[q + 1]) && first->hasAsciiDigits) {
        const auto denominator = readNumeral(text, q + 1, options);
        if (denominator && denominator->hasAsciiDigits) {
            Amount numerator = amount;
            numerator.end = denominator->end;
            return divided(numerator, fromNumeral(*denominator, text), pos);
        }
    }
    return amount;
}

// 수십, 수 백, 수백만, 몇천: "several" of the power of ten that follows, 2 to 9 of it.
std::optional<Amount> readSeveral(QStringView text, qsizetype pos, const NumeralOptions &options)
{
    if (pos + 1 >= text.size() || (text[pos] != u'수' && text[pos] != u'몇'))
        return std::nullopt;
    const qsizetype power = skipSpaces(text, pos + 1);
    const QChar next = power < text.size() ? text[power] : QChar();
    if (smallMultiplierExponent(next) == 0 && largeMultiplierExponent(next) == 0)
        return std::nullopt;
    const auto numeral = readNumeral(text, power, options);
    if (!numeral || !numeral->startsWithMultiplier)
        return std::nullopt;
    Amount amount = fromNumeral(*numeral, text);
    amount.start = pos;
    amount.singleHangulSyllable = false;
    amount.vague = true;
    amount.valueMax = amount.value * 9;
    amount.value *= 2;
    return amount;
}

// 두세 명, 서너 곳, 대여섯 차례: native pairs of neighbouring numbers, an approximate range.
std::optional<Amount> readNativePair(QStringView text, qsizetype pos)
{
    const std::tuple<const char16_t *, int, int> pairs[] = {
        {u"한두", 1, 2}, {u"두세", 2, 3}, {u"서너", 3, 4}, {u"너덧", 4, 5}, {u"네댓", 4, 5},
        {u"대여섯", 5, 6}, {u"예닐곱", 6, 7}, {u"일고여덟", 7, 8},
    };
    for (const auto &[word, low, high] : pairs) {
        const QStringView view(word);
        if (!text.mid(pos).startsWith(view))
            continue;
        Amount amount;
        amount.value = low;
        amount.valueMax = high;
        amount.start = pos;
        amount.end = pos + view.size();
        return amount;
    }
    return std::nullopt;
}

} // namespace

std::optional<Amount> readAmount(QStringView text, qsizetype pos, const NumeralOptions &options)
{
    if (pos >= text.size())
        return std::nullopt;
    if (auto several = readSeveral(text, pos, options))
        return several;
    if (auto pair = readNativePair(text, pos))
        return pair;
    if (text[pos] == u'반') { // 반 리터: half of the unit that follows
        Amount half;
        half.value = 0.5;
        half.start = pos;
        half.end = pos + 1;
        half.singleHangulSyllable = true;
        return half;
    }
    if (text[pos] == u'첫') {
        Amount first;
        first.value = 1;
        first.start = pos;
        first.end = pos + 1;
        first.isFirst = true;
        return first;
    }
    auto whole = readFractionOrNumeral(text, pos, options);
    if (!whole || whole->isFraction)
        return whole;
    // 일과 이분의 일, 2와12/33, 1과1/2: a whole number and a fraction joined by 과/와.
    const qsizetype joiner = whole->end;
    if (joiner < text.size() && (text[joiner] == u'과' || text[joiner] == u'와')) {
        const auto fraction = readFractionOrNumeral(text, skipSpaces(text, joiner + 1), options);
        if (fraction && fraction->isFraction) {
            Amount mixed = *fraction;
            mixed.value += whole->value;
            mixed.start = pos;
            mixed.hasAsciiDigits |= whole->hasAsciiDigits;
            return mixed;
        }
    }
    return whole;
}

} // namespace dokhae::figures
