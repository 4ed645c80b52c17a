#pragma once

#include "figures/exact_decimal.h"

#include <QStringView>

#include <optional>

namespace dokhae::figures {

struct NumeralOptions
{
    // Digit-by-digit readings such as 영삼 (03) and 삼오칠팔구 (35789). Fine for a whole
    // expression, but in running prose 삼이 is 삼 followed by the particle 이.
    bool digitByDigit = true;
};

struct Numeral
{
    ExactDecimal value;
    qsizetype start = 0;
    qsizetype end = 0;
    bool hasAsciiDigits = false;
    bool leadingZero = false;       // 03, 010: codes and phone numbers rather than amounts
    bool startsWithMultiplier = false; // 십, 백만: the 수 of 수십/수백만 needs this
    int trailingLargeExponent = 0;  // 4 for 3만: 2~3만 shares it with the lower end
    bool approximate = false;       // 450여만, 3억2천여만: 여 before 만/억/조 makes it "some"
};

// The longest numeral at `pos` of a folded text (see foldForParsing): digits with thousands
// separators and decimals, Sino-Korean words, native words, and any mix of them with
// 십/백/천 inside sections and 만/억/조/경 between them:
//   value = Σ section × 10^(4k), section = Σ digit × 10^(0..3)
// Spaces may separate sections written in the same script (1억 2,345만 6,780; 오조 오억), terms
// inside a section (3천 2백만, 2만 5천 120), a digit amount from its 만/억/조 (8 억 원) and
// groups of three digits (12 500). 여 may stand before 만/억/조 (450여만: about 4.5 million).
std::optional<Numeral> readNumeral(QStringView text, qsizetype pos, const NumeralOptions &options = {});

} // namespace dokhae::figures
