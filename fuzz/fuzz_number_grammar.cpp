// The number grammar: whole expressions (parseExpression), quantities in running prose
// (matchQuantityAt, findQuantity) and the numeral and amount readers under them, at every position
// of the input. Offsets must stay inside the text, and the windowed matcher must agree with the
// whole-text one wherever its window reaches the end of the text.

#include "fuzz_support.h"

#include "figures/amount_reader.h"
#include "figures/numeral_lexicon.h"
#include "figures/numeral_reader.h"
#include "figures/quantity_parser.h"

using namespace dokhae::figures;
using dokhae::fuzz::isSpanOf;

namespace {

// matchQuantityAt folds a window of this many units from its position (quantity_parser.cpp); past
// it the two matchers may legitimately differ.
constexpr qsizetype kWindowReach = 150;
// Every position is tried; this bounds the quadratic part on long inputs.
constexpr qsizetype kMaxPositions = 512;

void checkQuantity(const Quantity &q, qsizetype textSize)
{
    FUZZ_CHECK(isSpanOf(q.start, q.end, textSize));
    FUZZ_CHECK(q.start < q.end);
    FUZZ_CHECK(q.start <= q.numberStart && q.numberStart <= q.numberEnd && q.numberEnd <= q.end);
    FUZZ_CHECK(q.kind != QuantityKind::Money || !q.currency.isEmpty());
    FUZZ_CHECK(!kindName(q.kind).isEmpty() && !boundName(q.bound).isEmpty());
}

bool sameSpan(const std::optional<Quantity> &a, const std::optional<Quantity> &b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    return a->start == b->start && a->end == b->end && a->numberStart == b->numberStart
        && a->numberEnd == b->numberEnd && a->kind == b->kind;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = dokhae::fuzz::utf8Text(data, size);

    if (const auto whole = parseExpression(text))
        checkQuantity(*whole, text.size());

    const QString folded = foldForParsing(text);
    FUZZ_CHECK(folded.size() == text.size()); // the extractor reuses offsets of the folded text

    const qsizetype positions = std::min(text.size(), kMaxPositions);
    for (qsizetype pos = 0; pos < positions; ++pos) {
        if (const auto numeral = readNumeral(folded, pos)) {
            FUZZ_CHECK(isSpanOf(numeral->start, numeral->end, text.size()));
            FUZZ_CHECK(numeral->start >= pos && numeral->start < numeral->end);
        }
        if (const auto amount = readAmount(folded, pos, NumeralOptions{false})) {
            FUZZ_CHECK(isSpanOf(amount->start, amount->end, text.size()));
            FUZZ_CHECK(amount->start >= pos && amount->start < amount->end);
        }
        const auto inFolded = matchQuantityInFolded(folded, pos);
        if (inFolded) {
            checkQuantity(*inFolded, text.size());
            FUZZ_CHECK(inFolded->start == pos);
        }
        if (text.size() - pos <= kWindowReach)
            FUZZ_CHECK(sameSpan(matchQuantityAt(text, pos), inFolded));
    }

    // Scanning forward: each quantity starts where the scan stood or later, so offsets only grow.
    qsizetype from = 0;
    int found = 0;
    while (const auto quantity = findQuantity(text, from)) {
        checkQuantity(*quantity, text.size());
        FUZZ_CHECK(quantity->start >= from);
        from = quantity->end;
        if (++found == 64) // findQuantity folds the whole text per call
            break;
    }
    return 0;
}
