#pragma once

#include "figures/numeral_reader.h"

#include <QStringView>

#include <optional>

namespace dokhae::figures {

// One amount: a numeral, a fraction (3/4, 사분의 삼, 3분의 1), a whole number with a fraction
// (일과 이분의 일, 2와12/33), "several" of a power of ten (수십, 수 백, 수백만, 몇천), or the ordinal
// determiner 첫.
struct Amount
{
    double value = 0;
    std::optional<double> valueMax; // 수십 is 20 to 90
    qsizetype start = 0;
    qsizetype end = 0;
    bool hasAsciiDigits = false;
    bool leadingZero = false;
    bool isFraction = false;
    bool isFirst = false;             // 첫
    bool singleHangulSyllable = false; // 삼, 만, 세: alone they are mostly other words in prose
    bool approximate = false;          // 450여만
    bool vague = false;                // 수십, 수 백, 몇천: "some tens", a word of amount, not a figure
    int trailingLargeExponent = 0;
};

std::optional<Amount> readAmount(QStringView text, qsizetype pos, const NumeralOptions &options);

} // namespace dokhae::figures
