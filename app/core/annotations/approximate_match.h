#pragma once

#include <QList>
#include <QStringView>

namespace dokhae::annotations {

// One place where a pattern occurs in a text with at most a few edits.
struct ApproximateMatch {
    qsizetype start = 0;  // [start, end) of the text, UTF-16
    qsizetype end = 0;
    int errors = 0;       // Levenshtein distance between the pattern and text[start, end)
};

// Every place the pattern occurs in the text with at most maxErrors insertions, deletions or
// substitutions (UTF-16 units compared exactly), one match per run of overlapping end positions
// (the one with fewest errors), best first (fewest errors, then earliest), at most `limit`.
// Bit-parallel (Myers, blocked for patterns longer than 64): time grows with
// text length × ceil(pattern length / 64), not with their product.
QList<ApproximateMatch> findApproximate(QStringView text, QStringView pattern, int maxErrors, int limit = 32);

// Levenshtein distance of two short strings (plain dynamic programming): for scoring context.
int editDistance(QStringView a, QStringView b);

} // namespace dokhae::annotations
