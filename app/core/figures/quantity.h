#pragma once

#include <QString>

#include <optional>

namespace dokhae::figures {

enum class QuantityKind {
    Numeral,         // a bare number: 천오백, 1만 2,345
    Money,           // with an ISO 4217 currency: 672억 달러
    Percent,         // 22.6%
    PercentagePoint, // 3.5%p
    Count,           // a number with its counter: 1,339곳, 세 곳
    Ratio,           // 1.5배
    Ordinal,         // 두 번째, 제3
    Physical,        // a physical or time unit: 3 km, 영하 15도, 278만 GPU 시간
    Fraction,        // 3분의 1, 1/100 without a unit
};

// How the value relates to the real figure: 이상 is Ge, 초과 Gt, 이하/최대 Le, 미만 Lt,
// and 2~3만 명 is a Range with valueMax set.
enum class Bound { Eq, Ge, Gt, Le, Lt, Range };

struct Quantity
{
    double value = 0;
    std::optional<double> valueMax; // upper end when bound == Range
    QString unit;                    // canonical unit or counter: %, %p, km, °C, 명, ×; empty for money
    QString currency;                // ISO 4217 code when kind == Money
    QuantityKind kind = QuantityKind::Numeral;
    Bound bound = Bound::Eq;
    bool approximate = false;        // 약, 여, 가량, 정도, 쯤, 수십
    bool vague = false;              // 수십, 수 백, 몇천: a word of amount (the extractor leaves it out)
    bool writtenInDigits = false;    // at least one numeral was written with digits
    // UTF-16 offsets into the text that was parsed: the whole expression with its qualifiers and
    // unit, and the numerals alone (what a number filter would emit).
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype numberStart = 0;
    qsizetype numberEnd = 0;
};

QString kindName(QuantityKind kind);
QString boundName(Bound bound);

} // namespace dokhae::figures
