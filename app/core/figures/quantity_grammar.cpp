#include "figures/quantity_grammar.h"

#include "figures/amount_reader.h"
#include "figures/currency_lexicon.h"
#include "figures/numeral_lexicon.h"
#include "figures/qualifiers.h"
#include "figures/unit_lexicon.h"

#include <cmath>
#include <utility>

namespace dokhae::figures {

namespace {

// What follows an amount: an ordinal suffix, a unit or counter, or a currency.
struct Tail
{
    QString unit;
    QString currency;
    QuantityKind kind = QuantityKind::Numeral;
    bool ordinal = false;
    qsizetype end = 0;

    bool hasUnit() const { return !unit.isEmpty() || !currency.isEmpty(); }
    bool sameUnitAs(const Tail &other) const { return unit == other.unit && currency == other.currency; }
};

class QuantityGrammar
{
public:
    QuantityGrammar(QStringView text, ReadingMode mode) : m_text(text), m_mode(mode)
    {
        m_numeralOptions.digitByDigit = mode == ReadingMode::DigitByDigit;
    }

    std::optional<Quantity> read(qsizetype pos);

private:
    qsizetype readPrefixes(qsizetype pos, QString &currencyBefore);
    qsizetype readSuffixes(qsizetype pos);
    void compose(const Amount &amount, const Tail &tail);
    void apply(const Qualifier &qualifier);
    Tail readTail(qsizetype pos, const Amount &amount, const QString &currencyBefore) const;
    qsizetype readCents(qsizetype pos, double &value) const;
    bool readRange(qsizetype &pos, Amount &low, Tail &tail, const QString &currencyBefore);
    bool acceptableInProse(const Amount &amount, const Tail &tail) const;
    QuantityKind kindOf(const Amount &amount, const Tail &tail) const;

    QStringView m_text;
    ReadingMode m_mode;
    NumeralOptions m_numeralOptions;
    Quantity m_quantity;
    int m_sign = 0;
    QString m_temperatureUnit;
    bool m_ordinalPrefix = false;
    std::optional<double> m_rangeMax;
};

void QuantityGrammar::apply(const Qualifier &qualifier)
{
    m_quantity.approximate |= qualifier.approximate;
    if (qualifier.bound)
        m_quantity.bound = *qualifier.bound;
    if (qualifier.sign != 0)
        m_sign = qualifier.sign;
    if (!qualifier.temperatureUnit.isEmpty())
        m_temperatureUnit = qualifier.temperatureUnit;
    m_ordinalPrefix |= qualifier.ordinal;
}

Tail QuantityGrammar::readTail(qsizetype pos, const Amount &amount, const QString &currencyBefore) const
{
    Tail tail;
    tail.end = pos;
    const qsizetype word = skipSpaces(m_text, pos);
    for (const QStringView suffix : {QStringView(u"번째"), QStringView(u"째번"), QStringView(u"째")}) {
        if (m_text.mid(word).startsWith(suffix)) {
            tail.ordinal = true;
            tail.end = word + suffix.size();
            return tail;
        }
    }
    if (amount.isFirst) { // 첫, 첫번
        tail.ordinal = true;
        if (m_text.mid(word).startsWith(u"번"))
            tail.end = word + 1;
        return tail;
    }
    const auto currency = currencyBefore.isEmpty() ? matchCurrencyAfter(m_text, pos) : std::nullopt;
    const auto unit = matchUnit(m_text, pos, amount.hasAsciiDigits);
    if (currency && (!unit || currency->end >= unit->end)) {
        tail.currency = currency->code;
        tail.kind = QuantityKind::Money;
        tail.end = currency->end;
    } else if (unit) {
        tail.unit = unit->unit;
        tail.kind = unit->kind;
        tail.end = unit->end;
    }
    return tail;
}

// 이달러 이십삼센트, 200달러 25센트: cents added to a dollar or euro amount.
qsizetype QuantityGrammar::readCents(qsizetype pos, double &value) const
{
    const auto cents = readNumeral(m_text, skipSpaces(m_text, pos), m_numeralOptions);
    if (!cents || !m_text.mid(cents->end).startsWith(u"센트"))
        return pos;
    value += cents->value.toDouble() / 100;
    return cents->end + 2;
}

// 2~3만 명, 5억~7억 달러, 25000원 - 30000원, 2 내지 3년: the unit is shared, and a bare lower
// end borrows the upper end's 만/억/조 when that keeps the range in order.
bool QuantityGrammar::readRange(qsizetype &pos, Amount &low, Tail &tail, const QString &currencyBefore)
{
    qsizetype q = skipSpaces(m_text, pos);
    if (q < m_text.size() && (m_text[q] == u'~' || m_text[q] == u'-'))
        ++q;
    else if (m_text.mid(q).startsWith(u"내지"))
        q += 2;
    else
        return false;
    const auto high = readAmount(m_text, skipSpaces(m_text, q), m_numeralOptions);
    if (!high || high->isFirst || (m_mode == ReadingMode::Prose && high->leadingZero))
        return false;
    const Tail highTail = readTail(high->end, *high, currencyBefore);
    if (highTail.ordinal || (tail.hasUnit() && highTail.hasUnit() && !tail.sameUnitAs(highTail)))
        return false;
    double lowValue = low.value;
    const int exponent = high->trailingLargeExponent;
    if (low.trailingLargeExponent == 0 && exponent > 0 && !low.isFraction && lowValue < 1e4
        && lowValue * std::pow(10.0, exponent) <= high->value)
        lowValue *= std::pow(10.0, exponent);
    if (high->value <= lowValue)
        return false;
    low.value = lowValue;
    low.hasAsciiDigits |= high->hasAsciiDigits;
    low.singleHangulSyllable = false;
    m_rangeMax = high->value;
    if (highTail.hasUnit())
        tail = highTail;
    pos = highTail.hasUnit() ? highTail.end : high->end;
    m_quantity.numberEnd = high->end;
    return true;
}

bool QuantityGrammar::acceptableInProse(const Amount &amount, const Tail &tail) const
{
    if (amount.leadingZero) // 02, 010: codes and phone numbers
        return false;
    const bool ordinal = tail.ordinal || m_ordinalPrefix;
    if (amount.isFirst)
        return tail.end > amount.end; // 첫번째, not the 첫 of 첫 출시
    if (amount.hasAsciiDigits)
        return true;
    // Hangul numerals are words first: 오늘, 구조, 이번, 세대, 한편, 만원 버스. Take them only
    // with a unit, an ordinal or as a fraction, and a lone syllable only when spaced (세 곳).
    if (!tail.hasUnit() && !ordinal && !amount.isFraction)
        return false;
    const qsizetype afterAmount = m_text.mid(amount.end).startsWith(u"여") ? amount.end + 1 : amount.end; // 십여 년
    return !amount.singleHangulSyllable || tail.ordinal || (afterAmount < m_text.size() && m_text[afterAmount] == u' ');
}

QuantityKind QuantityGrammar::kindOf(const Amount &amount, const Tail &tail) const
{
    if (tail.ordinal || m_ordinalPrefix)
        return QuantityKind::Ordinal;
    if (tail.hasUnit())
        return tail.kind;
    return amount.isFraction ? QuantityKind::Fraction : QuantityKind::Numeral;
}

qsizetype QuantityGrammar::readPrefixes(qsizetype pos, QString &currencyBefore)
{
    for (int i = 0; i < 3; ++i) { // 약, 최대, 마이너스, 영하, 섭씨, 제
        const auto qualifier = matchPrefixQualifier(m_text, pos);
        if (!qualifier)
            break;
        apply(*qualifier);
        pos = qualifier->end;
    }
    if (const auto currency = matchCurrencyBefore(m_text, pos)) { // $, US$, ₩, EUR
        currencyBefore = currency->code;
        pos = currency->end;
    }
    return pos;
}

qsizetype QuantityGrammar::readSuffixes(qsizetype pos)
{
    for (int i = 0; i < 2; ++i) { // 이상, 가량, 넘는다
        const auto qualifier = matchSuffixQualifier(m_text, pos);
        if (!qualifier)
            break;
        apply(*qualifier);
        pos = qualifier->end;
    }
    return pos;
}

void QuantityGrammar::compose(const Amount &amount, const Tail &tail)
{
    const double sign = m_sign < 0 ? -1.0 : 1.0;
    m_quantity.value = sign * amount.value;
    const std::optional<double> upper = m_rangeMax ? m_rangeMax : amount.valueMax;
    if (upper) { // 2~3만 명; 수십 명 is somewhere between 20 and 90
        m_quantity.bound = Bound::Range;
        m_quantity.approximate |= !m_rangeMax;
        m_quantity.valueMax = sign * *upper;
        if (sign < 0) // 영하 2~3도 runs from -3 to -2
            std::swap(m_quantity.value, *m_quantity.valueMax);
    }
    m_quantity.kind = kindOf(amount, tail);
    m_quantity.currency = tail.currency;
    if (m_quantity.kind != QuantityKind::Ordinal)
        m_quantity.unit = tail.unit;
    if (!m_temperatureUnit.isEmpty() && (m_quantity.unit == u"°" || m_quantity.unit.isEmpty())) {
        m_quantity.unit = m_temperatureUnit;
        m_quantity.kind = QuantityKind::Physical;
    }
    m_quantity.writtenInDigits = amount.hasAsciiDigits;
}

std::optional<Quantity> QuantityGrammar::read(qsizetype pos)
{
    m_quantity = Quantity{};
    m_quantity.start = pos;
    QString currencyBefore;
    qsizetype q = readPrefixes(pos, currencyBefore);
    auto amount = readAmount(m_text, q, m_numeralOptions);
    if (!amount)
        return std::nullopt;
    m_quantity.numberStart = amount->start;
    q = amount->end;
    if (const auto scale = matchEnglishScale(m_text, q, amount->hasAsciiDigits, !currencyBefore.isEmpty())) {
        amount->value *= std::pow(10.0, scale->exponent); // $67.2 billion, $3.5B
        amount->trailingLargeExponent = 0;
        q = scale->end;
    }
    m_quantity.numberEnd = amount->end = q;
    if (q < m_text.size() && m_text[q] == u'여' && !matchNativeNumber(m_text, q)) { // 10여 명
        m_quantity.approximate = true;
        ++q;
    }
    Tail tail = readTail(q, *amount, currencyBefore);
    if (!currencyBefore.isEmpty()) {
        tail.currency = currencyBefore;
        tail.kind = QuantityKind::Money;
    }
    q = tail.end;
    if (!tail.currency.isEmpty() && hasCents(tail.currency))
        q = readCents(q, amount->value);
    if (!tail.ordinal && !amount->isFirst)
        readRange(q, *amount, tail, currencyBefore);
    q = readSuffixes(q);
    if (m_mode == ReadingMode::Prose && !acceptableInProse(*amount, tail))
        return std::nullopt;
    compose(*amount, tail);
    m_quantity.end = q;
    return m_quantity;
}

} // namespace

std::optional<Quantity> readQuantity(QStringView folded, qsizetype pos, ReadingMode mode)
{
    if (pos < 0 || pos >= folded.size())
        return std::nullopt;
    return QuantityGrammar(folded, mode).read(pos);
}

} // namespace dokhae::figures
