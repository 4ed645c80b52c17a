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
//   prefix-qualifier* currency-sign? amount 여? (ordinal-suffix | unit | currency cents?)?
//   (range-separator amount unit?)? suffix-qualifier*
// The context around the match (what precedes and follows it) is judged by the caller.
std::optional<Quantity> readQuantity(QStringView folded, qsizetype pos, ReadingMode mode);

} // namespace dokhae::figures
