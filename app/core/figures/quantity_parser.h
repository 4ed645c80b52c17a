#pragma once

#include "figures/quantity.h"

#include <QStringView>

#include <optional>

namespace dokhae::figures {

// A whole expression, surrounding spaces aside: "약 77억 6,000만 달러", "3분의 1", "2~3만 명",
// "영". Anything left over makes it fail. Offsets in the result are into `expression`.
std::optional<Quantity> parseExpression(QStringView expression);

// The longest quantity that starts exactly at `pos` of running prose, for the figure extractor.
// Stricter than parseExpression about what is a number at all: it refuses words that merely begin
// with a numeral syllable (천천히, 만났다, 백화점, 삼성, 이번), numbers inside identifiers and codes
// (GPT-4, H-1B, 6G, 02-1234-5678), model names (아이폰15도, 윈도11), digit-by-digit readings, and
// Hangul numerals with no unit.
// A bare number written in digits (CES 2025, 어니 4.5) comes back with kind Numeral: whether it is
// a figure is for the extractor to decide from context.
std::optional<Quantity> matchQuantityAt(QStringView text, qsizetype pos);

// As matchQuantityAt, on a text already folded with foldForParsing (numeral_lexicon.h): the
// extractor folds an article once instead of a window per candidate position.
std::optional<Quantity> matchQuantityInFolded(QStringView folded, qsizetype pos);

// The first quantity at or after `from`, scanning as matchQuantityAt does.
std::optional<Quantity> findQuantity(QStringView text, qsizetype from = 0);

} // namespace dokhae::figures
