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
    double scale = 1; // a minor unit of the currency: 50센트 is 0.50 USD
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
    qsizetype readBoundPair(qsizetype pos, const Amount &low, Tail &tail);
    qsizetype readMonthsAfterYears(qsizetype pos, Amount &amount, const Tail &tail) const;
    bool acceptableInProse(const Amount &amount, const Tail &tail) const;
    QuantityKind kindOf(const Amount &amount, const Tail &tail) const;

    QStringView m_text;
    ReadingMode m_mode;
    NumeralOptions m_numeralOptions;
    Quantity m_quantity;
    int m_sign = 0;
    QString m_temperatureUnit;
    bool m_ordinalPrefix = false;
    QString m_speedPer; // 시속: the length that follows is per hour
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
    auto unit = matchUnit(m_text, pos, amount.hasAsciiDigits);
    if (unit && unit->end == skipSpaces(m_text, pos) + 1) { // 200 초과 is "over 200", not 200 seconds and 과
        const auto qualifier = matchSuffixQualifier(m_text, pos);
        if (qualifier && qualifier->end > unit->end)
            unit.reset();
    }
    if (currency && (!unit || currency->end >= unit->end)) {
        tail.currency = currency->code;
        tail.kind = QuantityKind::Money;
        tail.scale = currency->factor;
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

namespace {

// How a range is written between its ends: 2~3, 2 내지 3, and in words, 30에서 50, 10부터
// 40까지, 5와 8 사이. 와/과 needs 사이 after the upper end (5와 8 alone are two numbers); 에서 and
// 부터 take a closing 까지 or 사이 when written, and 3%에서 5%로 is a change, not a range.
enum class RangeWord { None, Sign, From, Between };

RangeWord rangeSeparator(QStringView text, qsizetype &q)
{
    if (q < text.size() && (text[q] == u'~' || text[q] == u'-')) {
        ++q;
        return RangeWord::Sign;
    }
    if (q + 1 < text.size() && text[q] == u'내' && text[q + 1] == u'지') {
        q += 2;
        return RangeWord::Sign;
    }
    return RangeWord::None;
}

RangeWord rangeWord(QStringView text, qsizetype &q)
{
    if (q + 1 < text.size() && ((text[q] == u'에' && text[q + 1] == u'서') || (text[q] == u'부' && text[q + 1] == u'터'))) {
        q += 2;
        return RangeWord::From;
    }
    if (q < text.size() && (text[q] == u'와' || text[q] == u'과')) {
        ++q;
        return RangeWord::Between;
    }
    return RangeWord::None;
}

// What closes a word range after its upper end, or -1 when nothing does.
qsizetype closeRangeWord(QStringView text, qsizetype pos, RangeWord word)
{
    const qsizetype q = skipSpaces(text, pos);
    if (text.mid(q).startsWith(u"사이"))
        return q + 2;
    if (word == RangeWord::Between)
        return -1;
    if (text.mid(q).startsWith(u"까지"))
        return q + 2;
    const bool change = text.mid(pos).startsWith(u"로") || text.mid(pos).startsWith(u"으로");
    return change ? -1 : pos;
}

bool isCalendarUnit(const QString &unit)
{
    return unit == u"year" || unit == u"month" || unit == u"day";
}

} // namespace

// 2~3만 명, 5억~7억 달러, 25000원 - 30000원, 2 내지 3년, 30에서 50, 5와 8 사이: the unit is
// shared, and a bare lower end borrows the upper end's 만/억/조 when that keeps the range in order.
// Calendar units are left to the dates (1일부터 3일까지 are two days of the month).
bool QuantityGrammar::readRange(qsizetype &pos, Amount &low, Tail &tail, const QString &currencyBefore)
{
    qsizetype q = skipSpaces(m_text, pos);
    RangeWord word = rangeSeparator(m_text, q);
    if (word == RangeWord::None) {
        q = pos;
        word = rangeWord(m_text, q);
        if (word == RangeWord::None || isCalendarUnit(tail.unit))
            return false;
    }
    const auto high = readAmount(m_text, skipSpaces(m_text, q), m_numeralOptions);
    if (!high || high->isFirst || (m_mode == ReadingMode::Prose && high->leadingZero))
        return false;
    const Tail highTail = readTail(high->end, *high, currencyBefore);
    if (highTail.ordinal || (tail.hasUnit() && highTail.hasUnit() && !tail.sameUnitAs(highTail)))
        return false;
    qsizetype end = highTail.hasUnit() ? highTail.end : high->end;
    if (word != RangeWord::Sign) {
        if (isCalendarUnit(highTail.unit) || high->vague || low.vague)
            return false;
        end = closeRangeWord(m_text, end, word);
        if (end < 0)
            return false;
    }
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
    pos = end;
    m_quantity.numberEnd = high->end;
    return true;
}

// 200 초과 300 미만, 3천만원 이상~4천만원 이하: a lower bound followed by an upper one is a range.
// Returns the end of the upper bound, or `pos` when none follows.
qsizetype QuantityGrammar::readBoundPair(qsizetype pos, const Amount &low, Tail &tail)
{
    if (m_rangeMax || (m_quantity.bound != Bound::Ge && m_quantity.bound != Bound::Gt))
        return pos;
    qsizetype q = skipSpaces(m_text, pos);
    if (q < m_text.size() && (m_text[q] == u'~' || m_text[q] == u'-' || m_text[q] == u','))
        q = skipSpaces(m_text, q + 1);
    const auto high = readAmount(m_text, q, m_numeralOptions);
    if (!high || high->isFirst || high->vague)
        return pos;
    const Tail highTail = readTail(high->end, *high, {});
    if (highTail.ordinal || (tail.hasUnit() && highTail.hasUnit() && !tail.sameUnitAs(highTail)))
        return pos;
    const auto upper = matchSuffixQualifier(m_text, highTail.hasUnit() ? highTail.end : high->end);
    if (!upper || !upper->bound || (*upper->bound != Bound::Le && *upper->bound != Bound::Lt)
        || high->value * highTail.scale <= low.value * tail.scale)
        return pos;
    if (highTail.hasUnit())
        tail = highTail;
    m_rangeMax = high->value;
    return upper->end;
}

// 징역 3년6월, 1년 6개월: months after a number of years are part of one length of time.
qsizetype QuantityGrammar::readMonthsAfterYears(qsizetype pos, Amount &amount, const Tail &tail) const
{
    if (tail.unit != u"year" || amount.isFraction || amount.value >= 100 || amount.value != std::floor(amount.value))
        return pos;
    const auto months = readNumeral(m_text, skipSpaces(m_text, pos), m_numeralOptions);
    if (!months || !months->hasAsciiDigits)
        return pos;
    const double count = months->value.toDouble();
    for (const QStringView word : {QStringView(u"개월"), QStringView(u"월")}) {
        if (m_text.mid(months->end).startsWith(word) && count >= 1 && count < 12 && count == std::floor(count)) {
            amount.value += count / 12;
            return months->end + word.size();
        }
    }
    return pos;
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
    if (const auto speed = matchSpeedPrefix(m_text, pos)) { // 시속 90킬로미터
        m_speedPer = speed->per;
        pos = speed->end;
    }
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
    if (tail.scale != 1) {
        m_quantity.value *= tail.scale;
        if (m_quantity.valueMax)
            *m_quantity.valueMax *= tail.scale;
    }
    if (!m_speedPer.isEmpty() && m_quantity.kind == QuantityKind::Physical && !m_quantity.unit.contains(u'/'))
        m_quantity.unit += u'/' + m_speedPer;
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
    m_quantity.approximate |= amount->approximate;
    m_quantity.vague = amount->vague;
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
    q = readMonthsAfterYears(tail.end, *amount, tail);
    if (!tail.currency.isEmpty() && tail.scale == 1 && hasCents(tail.currency))
        q = readCents(q, amount->value);
    if (!tail.ordinal && !amount->isFirst)
        readRange(q, *amount, tail, currencyBefore);
    q = readSuffixes(q);
    if (!tail.ordinal && !amount->isFirst)
        q = readBoundPair(q, *amount, tail);
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
