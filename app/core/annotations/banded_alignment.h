// Internal to anchoring (and its test): the banded alignment that checks a long quote against
// the place one of its pieces was found.
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <limits>
#include <vector>

namespace dokhae::annotations::detail {

// A cell no alignment within the band reaches; far enough that adding to it cannot overflow.
constexpr int kFar = std::numeric_limits<int>::max() / 2;

// The edits between the whole quote and each span of text [0, j) the band reaches, where
// quoteAt(i) and textAt(j) read the quote and the text in the direction of the alignment: the
// last row of the dynamic programme, kept to a band of maxErrors around the diagonal, so a long
// quote costs its length × (2 maxErrors + 1). kFar outside the band; empty when no span is
// within maxErrors.
template<typename QuoteAt, typename TextAt>
std::vector<int> lastRowInBand(qsizetype quoteLength, qsizetype textLength, int maxErrors, QuoteAt quoteAt, TextAt textAt)
{
    const qsizetype width = std::min(textLength, quoteLength + maxErrors);
    std::vector<int> previous(static_cast<std::size_t>(width) + 2, kFar);
    std::vector<int> current(previous.size(), kFar);
    for (qsizetype j = 0; j <= std::min<qsizetype>(width, maxErrors); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= quoteLength; ++i) {
        const qsizetype low = std::max<qsizetype>(0, i - maxErrors);
        const qsizetype high = std::min(width, i + maxErrors);
        if (low > high)
            return {};
        // The cells just outside the band stay far, so the next row never reads a stale value.
        if (low > 0)
            current[low - 1] = kFar;
        current[high + 1] = kFar;
        int rowBest = kFar;
        for (qsizetype j = low; j <= high; ++j) {
            int best = previous[j] + 1;
            if (j > 0)
                best = std::min({best, current[j - 1] + 1, previous[j - 1] + (quoteAt(i - 1) == textAt(j - 1) ? 0 : 1)});
            current[j] = best;
            rowBest = std::min(rowBest, best);
        }
        // A row's best never improves further down: a wrong place is given up as soon as it is one.
        if (rowBest > maxErrors)
            return {};
        std::swap(previous, current);
    }
    // Cells left of the last row's band still hold earlier rows' values: they are no spans.
    std::fill(previous.begin(), previous.begin() + std::clamp<qsizetype>(quoteLength - maxErrors, 0, width + 1), kFar);
    previous.pop_back();
    return previous;
}

} // namespace dokhae::annotations::detail
