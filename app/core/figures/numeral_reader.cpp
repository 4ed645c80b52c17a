#include "figures/numeral_reader.h"

#include "figures/currency_lexicon.h"
#include "figures/numeral_lexicon.h"
#include "figures/qualifiers.h"
#include "figures/unit_lexicon.h"

namespace dokhae::figures {

namespace {

struct Coefficient
{
    ExactDecimal value;
    qsizetype end = 0;
    bool native = false;
    bool asciiDigits = false;
};

struct Section
{
    ExactDecimal value;
    qsizetype end = 0;
    bool native = false;
    bool asciiDigits = false;
};

class NumeralReader
{
public:
    NumeralReader(QStringView text, const NumeralOptions &options) : m_text(text), m_options(options) {}

    std::optional<Numeral> read(qsizetype pos);

private:
    QChar at(qsizetype i) const { return i >= 0 && i < m_text.size() ? m_text[i] : QChar(); }
    bool isDigitChar(qsizetype i) const { return isAsciiDigit(at(i)) || sinoDigit(at(i)) >= 0; }
    int digitValue(qsizetype i) const { return isAsciiDigit(at(i)) ? at(i).unicode() - u'0' : sinoDigit(at(i)); }

    std::optional<Coefficient> readCoefficient(qsizetype pos);
    std::optional<Section> readSection(qsizetype pos);
    qsizetype readFraction(qsizetype pos, ExactDecimal &value, bool spokenInteger);
    bool groupingCommaAt(qsizetype i) const;
    bool groupingSpaceAt(qsizetype i, int groupDigits, bool firstGroup) const;
    bool spacedTermFollows(qsizetype space, int lastExponent) const;
    bool unitOrWordEndAt(qsizetype pos) const;

    QStringView m_text;
    NumeralOptions m_options;
    Numeral m_result;
    bool m_afterLargeSection = false; // 2만 5천 120: a spaced last term only after 만/억/조
};

bool NumeralReader::groupingCommaAt(qsizetype i) const
{
    // A thousands separator has exactly three digits after it: 6,000 but not "1, 2".
    return at(i) == u',' && isAsciiDigit(at(i - 1)) && isAsciiDigit(at(i + 1)) && isAsciiDigit(at(i + 2))
        && isAsciiDigit(at(i + 3)) && !isAsciiDigit(at(i + 4));
}

// 12 500: a space between groups of three digits, as thousands are grouped in some styles.
// The first group has one to three digits and no comma; every later group exactly three.
bool NumeralReader::groupingSpaceAt(qsizetype i, int groupDigits, bool firstGroup) const
{
    if (at(i) != u' ' || !isAsciiDigit(at(i - 1)) || (firstGroup ? groupDigits > 3 : groupDigits != 3))
        return false;
    return isAsciiDigit(at(i + 1)) && isAsciiDigit(at(i + 2)) && isAsciiDigit(at(i + 3)) && !isAsciiDigit(at(i + 4))
        && at(i + 4) != u'.' && at(i + 4) != u',';
}

// What may follow a 만/억/조 written apart from its digits for it to belong to the number: the end
// of a word, a unit or currency, a particle (8 억 원, 8 억이). 조사, 만나, 억울 are words.
bool NumeralReader::unitOrWordEndAt(qsizetype pos) const
{
    if (pos >= m_text.size() || !isHangulSyllable(at(pos)))
        return true;
    return matchCurrencyAfter(m_text, pos) || matchUnit(m_text, pos, true) || startsWithParticle(m_text, pos);
}

// After a 십/백/천 and a space, what continues the section: a term with a smaller multiplier
// (3천 2백만), a native number before its counter (백 서른일곱, 백 한 명, but not the 세 of 이십 세,
// which is the age counter), or digits ending the number (2만 5천 120, 3천 500만).
bool NumeralReader::spacedTermFollows(qsizetype space, int lastExponent) const
{
    if (at(space) != u' ')
        return false;
    const qsizetype next = space + 1;
    if (const auto native = matchNativeNumber(m_text, next)) {
        const QStringView word = m_text.mid(next, native->end - next);
        const bool determiner = word == u"스무" || QStringView(u"한두세네").contains(word.back());
        if (!determiner)
            return true;
        const qsizetype counter = skipSpaces(m_text, native->end);
        return counter < m_text.size() && isHangulSyllable(at(counter))
            && (matchUnit(m_text, native->end, false) || matchCurrencyAfter(m_text, native->end));
    }
    if (!isDigitChar(next))
        return false;
    qsizetype end = next;
    bool ascii = true;
    while (isDigitChar(end)) {
        ascii &= isAsciiDigit(at(end));
        ++end;
    }
    const int exponent = smallMultiplierExponent(at(end));
    if (exponent > 0)
        return exponent < lastExponent && end - next == 1;
    if (!ascii || end - next > lastExponent)
        return false;
    return m_afterLargeSection || largeMultiplierExponent(at(end)) > 0;
}

// The digits after a decimal point, written with digits or read one syllable at a time
// (점 영일영이 = .0102). Returns the end, or `pos` when there is no decimal part. The spoken
// point 점 follows only a spoken integer: after digits, 3점 is three points or pieces.
qsizetype NumeralReader::readFraction(qsizetype pos, ExactDecimal &value, bool spokenInteger)
{
    qsizetype q = pos;
    if (at(q) == u'.') {
        ++q;
        if (!isAsciiDigit(at(q)))
            return pos;
    } else if (spokenInteger) {
        q = skipSpaces(m_text, q);
        if (!isDecimalPointWord(at(q)))
            return pos;
        q = skipSpaces(m_text, q + 1);
        if (!isDigitChar(q))
            return pos;
    } else {
        return pos;
    }
    ExactDecimal result = value;
    while (isDigitChar(q)) {
        const auto next = result.appendDigit(digitValue(q), true);
        if (!next)
            return pos;
        result = *next;
        ++q;
    }
    value = result;
    return q;
}

std::optional<Coefficient> NumeralReader::readCoefficient(qsizetype pos)
{
    // Native words first: 일곱 is seven, not 일 followed by something.
    if (const auto native = matchNativeNumber(m_text, pos))
        return Coefficient{ExactDecimal::fromInteger(quint64(native->value)), native->end, true, false};
    if (!isDigitChar(pos))
        return std::nullopt;

    Coefficient coefficient;
    qsizetype q = pos;
    int digits = 0;
    int groupDigits = 0;
    bool firstGroup = true;
    bool commas = false;
    bool previousAscii = false;
    while (true) {
        if (groupingCommaAt(q)) {
            commas = true;
            firstGroup = false;
            groupDigits = 0;
            ++q;
            continue;
        }
        if (!commas && digits > 0 && previousAscii && groupingSpaceAt(q, groupDigits, firstGroup)) {
            firstGroup = false;
            groupDigits = 0;
            ++q;
            continue;
        }
        if (!isDigitChar(q))
            break;
        const bool ascii = isAsciiDigit(at(q));
        // A second Sino-Korean digit in a row is a digit-by-digit reading, allowed only on request.
        if (digits > 0 && !(ascii && previousAscii) && !m_options.digitByDigit)
            break;
        const auto next = coefficient.value.appendDigit(digitValue(q), false);
        if (!next)
            return std::nullopt;
        coefficient.value = *next;
        coefficient.asciiDigits |= ascii;
        previousAscii = ascii;
        ++digits;
        ++groupDigits;
        ++q;
    }
    coefficient.end = readFraction(q, coefficient.value, !coefficient.asciiDigits);
    return coefficient;
}

std::optional<Section> NumeralReader::readSection(qsizetype pos)
{
    Section section;
    bool any = false;
    bool endsWithMultiplier = false;
    int lastExponent = 4;
    qsizetype q = pos;
    while (true) {
        const auto coefficient = readCoefficient(q);
        const qsizetype afterCoefficient = coefficient ? coefficient->end : q;
        const int exponent = smallMultiplierExponent(at(afterCoefficient));
        const bool coefficientFits = !coefficient || (!coefficient->native && coefficient->value.lessThanPowerOfTen(1));
        if (exponent > 0 && exponent < lastExponent && coefficientFits) {
            const ExactDecimal factor = coefficient ? coefficient->value : ExactDecimal::fromInteger(1);
            const auto term = factor.timesPowerOfTen(exponent);
            const auto sum = term ? section.value.plus(*term) : std::nullopt;
            if (!sum)
                return std::nullopt;
            if (!any && !coefficient && q == m_result.start)
                m_result.startsWithMultiplier = true;
            section.value = *sum;
            section.asciiDigits |= coefficient && coefficient->asciiDigits;
            lastExponent = exponent;
            any = endsWithMultiplier = true;
            section.end = q = afterCoefficient + 1;
            if (spacedTermFollows(q, exponent))
                ++q;
            continue;
        }
        if (coefficient && coefficient->end > q && (!any || coefficient->value.lessThanPowerOfTen(lastExponent))) {
            const auto sum = section.value.plus(coefficient->value);
            if (!sum)
                return std::nullopt;
            section.value = *sum;
            section.end = coefficient->end;
            section.native = coefficient->native;
            section.asciiDigits |= coefficient->asciiDigits;
            any = true;
            endsWithMultiplier = false;
        }
        break;
    }
    if (!any)
        return std::nullopt;
    if (endsWithMultiplier) // 십점오, 천점영일
        section.end = readFraction(section.end, section.value, !section.asciiDigits);
    return section;
}

std::optional<Numeral> NumeralReader::read(qsizetype pos)
{
    m_result = Numeral{};
    m_result.start = pos;
    ExactDecimal total;
    qsizetype committed = pos;
    qsizetype q = pos;
    int lastLargeExponent = 17;
    bool first = true;
    while (true) {
        m_afterLargeSection = !first;
        const auto section = readSection(q);
        const qsizetype afterSection = section ? section->end : q;
        qsizetype multiplier = afterSection;
        bool some = false;
        if (section && at(afterSection) == u'여' && largeMultiplierExponent(at(afterSection + 1)) > 0) {
            multiplier = afterSection + 1; // 450여만, 2천여만
            some = true;
        } else if (section && section->asciiDigits && at(afterSection) == u' '
                   && largeMultiplierExponent(at(afterSection + 1)) > 0 && unitOrWordEndAt(afterSection + 2)) {
            multiplier = afterSection + 1; // 8 억 원
        }
        const int exponent = largeMultiplierExponent(at(multiplier));
        if (exponent > 0 && exponent < lastLargeExponent && !(section && section->native)) {
            const ExactDecimal coefficient = section ? section->value : ExactDecimal::fromInteger(1);
            if (!first && !coefficient.lessThanPowerOfTen(4))
                break;
            const auto term = coefficient.timesPowerOfTen(exponent);
            const auto sum = term ? total.plus(*term) : std::nullopt;
            if (!sum)
                return std::nullopt;
            if (first && !section)
                m_result.startsWithMultiplier = true;
            total = *sum;
            lastLargeExponent = exponent;
            m_result.trailingLargeExponent = exponent;
            first = false;
            m_result.approximate |= some;
            committed = q = multiplier + 1;
            // The next section may follow a space when written in the same script.
            // No section starts with a spoken zero: 삼만 공장 is a factory.
            const bool digitsBefore = section && section->asciiDigits;
            const QChar next = at(q + 1);
            const bool sameScript = digitsBefore ? isAsciiDigit(next) : isHangulSyllable(next) && sinoDigit(next) != 0;
            if (at(q) == u' ' && sameScript)
                ++q;
            continue;
        }
        // 만한, 억세다: a native word glued to 만/억 is another word, not 10,001.
        const bool gluedNative = section && section->native && !first && q == committed;
        if (section && !gluedNative && (first || section->value.lessThanPowerOfTen(4))) {
            const auto sum = total.plus(section->value);
            if (!sum)
                return std::nullopt;
            total = *sum;
            committed = section->end;
            m_result.trailingLargeExponent = 0;
        }
        break;
    }
    if (committed == pos)
        return std::nullopt;
    m_result.value = total;
    m_result.end = committed;
    // Judged on what was taken, not on what was tried on the way.
    for (qsizetype i = pos; i < committed; ++i)
        m_result.hasAsciiDigits |= isAsciiDigit(at(i));
    m_result.leadingZero = at(pos) == u'0' && isAsciiDigit(at(pos + 1));
    return m_result;
}

} // namespace

std::optional<Numeral> readNumeral(QStringView text, qsizetype pos, const NumeralOptions &options)
{
    if (pos < 0 || pos >= text.size())
        return std::nullopt;
    return NumeralReader(text, options).read(pos);
}

} // namespace dokhae::figures
