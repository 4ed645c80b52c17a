#pragma once

#include "figures/quantity.h"

#include <QStringView>

#include <optional>

namespace dokhae::figures {

enum class ReadingMode {
    Expression,   // a whole expression: every reading the peers know, including a bare 영
    DigitByDigit, // an expression read one digit at a time where it can be: 영삼 is 3, ３２이삼 3223
    Prose,      // running text: only what is unmistakably a quantity
};

// The quantity grammar over a folded text (see foldForParsing), starting exactly at `pos`:
//   speed-word? prefix-qualifier* currency-sign? amount 여? (ordinal-suffix | unit | currency cents?)?
//   months-after-years? (range-separator amount unit? range-close?)? suffix-qualifier*
//   (amount unit? upper-bound-qualifier)?
// (시속 90킬로미터; 3년6월; 30에서 50, 10부터 40까지, 5와 8 사이; 200 초과 300 미만.)
// The context around the match (what precedes and follows it) is judged by the caller.
std::optional<Quantity> readQuantity(QStringView folded, qsizetype pos, ReadingMode mode);

} // namespace dokhae::figures
