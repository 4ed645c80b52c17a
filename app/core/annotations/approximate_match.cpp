#include "annotations/approximate_match.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace dokhae::annotations {

namespace {

using Word = std::uint64_t;
constexpr int kWordBits = 64;

// For each UTF-16 unit of the pattern, the bit mask of the rows (pattern positions) where it
// occurs, one word per 64-row block. Why a small open-addressed table and not a 65,536-entry
// array: a pattern has at most a few hundred distinct units, and Korean text mostly consists of
// units the pattern lacks, which the table answers at the first probe. It is kept a sixteenth
// full at most: a second probe is a branch mispredicted, and this lookup runs once a text unit.
class PatternMasks {
public:
    explicit PatternMasks(QStringView pattern)
        : m_blocks(static_cast<std::size_t>((pattern.size() + kWordBits - 1) / kWordBits))
    {
        const auto tableSize = std::bit_ceil(static_cast<std::size_t>(std::max<qsizetype>(64, pattern.size() * 16)));
        m_shift = kWordBits - std::countr_zero(tableSize);
        m_mask = tableSize - 1;
        m_slots.assign(tableSize, Slot{});
        m_masks.assign(m_blocks, 0);  // entry 0: a unit the pattern lacks
        for (qsizetype row = 0; row < pattern.size(); ++row)
            masksOfNew(pattern[row].unicode())[row / kWordBits] |= Word{1} << (row % kWordBits);
    }

    int blocks() const { return static_cast<int>(m_blocks); }

    const Word *masksOf(char16_t unit) const
    {
        for (std::size_t at = slotOf(unit);; at = (at + 1) & m_mask) {
            const Slot slot = m_slots[at];
            if (slot.entry == 0 || slot.key == unit)
                return m_masks.data() + slot.entry * m_blocks;
        }
    }

private:
    // A unit and where its masks are, side by side so that a probe reads one word.
    struct Slot {
        std::uint32_t entry = 0;  // index into m_masks, in blocks; 0 = empty slot
        char16_t key = 0;
    };

    // Fibonacci hashing spreads neighbouring code units (a Hangul syllable block) over the table.
    std::size_t slotOf(char16_t unit) const
    {
        return static_cast<std::size_t>((Word{unit} * 0x9E3779B97F4A7C15ULL) >> m_shift);
    }

    Word *masksOfNew(char16_t unit)
    {
        std::size_t at = slotOf(unit);
        while (m_slots[at].entry != 0 && m_slots[at].key != unit)
            at = (at + 1) & m_mask;
        if (m_slots[at].entry == 0) {
            m_slots[at] = {static_cast<std::uint32_t>(m_masks.size() / m_blocks), unit};
            m_masks.resize(m_masks.size() + m_blocks, 0);
        }
        return m_masks.data() + m_slots[at].entry * m_blocks;
    }

    std::size_t m_blocks = 0;
    int m_shift = 0;
    std::size_t m_mask = 0;
    std::vector<Slot> m_slots;
    std::vector<Word> m_masks;
};

// One 64-row block of the dynamic-programming column, kept as vertical deltas (Myers 1999):
// bit i of pv / mv says the score grows / shrinks by one from row i to row i + 1.
struct Block {
    Word pv = ~Word{0};  // before any text, the column reads 0, 1, 2, …: every delta +1
    Word mv = 0;
};

// The horizontal deltas of a block's rows after one text unit, before they shift down a row.
struct RowDeltas {
    Word plus = 0;
    Word minus = 0;
};

// Advances one block by one text unit. hIn is the horizontal delta (-1, 0, +1) of the row just
// above the block, which the block above reported (0 above the first block: the pattern may
// start anywhere in the text, so the top row is all zeros).
inline RowDeltas advanceBlock(Block &block, Word eq, int hIn)
{
    const Word hInNegative = hIn < 0 ? 1 : 0;
    const Word xv = eq | block.mv;
    // A falling score entering from above acts on the top row as a match would.
    eq |= hInNegative;
    const Word xh = (((eq & block.pv) + block.pv) ^ block.pv) | eq;
    Word ph = block.mv | ~(xh | block.pv);
    Word mh = block.pv & xh;
    const RowDeltas deltas{ph, mh};
    ph = (ph << 1) | (hIn > 0 ? 1 : 0);
    mh = (mh << 1) | hInNegative;
    block.pv = mh | ~(xv | ph);
    block.mv = ph & xv;
    return deltas;
}

int bitAt(Word word, int bit)
{
    return static_cast<int>((word >> bit) & 1);
}

// A run of consecutive end positions scoring at most maxErrors: its fewest errors and the ends
// that have them (ties[firstTie, lastTie) of the scan's shared list). An edit at a passage's edge
// often scores the same at two ends ("후자" by a deletion, "후자만" by a substitution for 후자를),
// and which of them is meant only the alignments can tell.
struct Run {
    int errors = 0;
    std::size_t firstTie = 0;
    std::size_t lastTie = 0;
};

struct Runs {
    std::vector<Run> runs;
    std::vector<qsizetype> ties;
};

// Collects the runs while the scan reports each end position's score.
class RunCollector {
public:
    explicit RunCollector(int maxErrors) : m_maxErrors(maxErrors) {}

    void add(qsizetype end, int score)
    {
        if (score > m_maxErrors) {
            m_open = false;
            return;
        }
        if (!m_open)
            m_found.runs.push_back({score, m_found.ties.size(), m_found.ties.size()});
        m_open = true;
        Run &run = m_found.runs.back();
        if (score < run.errors) {
            m_found.ties.resize(run.firstTie);
            run.errors = score;
        }
        if (score == run.errors) {
            m_found.ties.push_back(end);
            run.lastTie = m_found.ties.size();
        }
    }

    Runs take() { return std::move(m_found); }

private:
    int m_maxErrors;
    bool m_open = false;
    Runs m_found;
};

// The scan: for every end position of the text, the fewest edits turning the pattern into some
// substring ending there (the score of the pattern's last row), blocks carried top to bottom.
// Only the blocks down to the last one holding a cell within maxErrors are computed (Ukkonen's
// cut-off, as Hyyrö applied it to Myers' blocks): below it, every cell exceeds maxErrors, and a
// block below comes back only through its top cell, from the bottom of the block above it.
class BlockedScan {
public:
    BlockedScan(const PatternMasks &masks, qsizetype patternLength, int maxErrors)
        : m_masks(masks)
        , m_lastBlock(masks.blocks() - 1)
        , m_lastRows(static_cast<int>((patternLength - 1) % kWordBits) + 1)
        , m_maxErrors(maxErrors)
        , m_blocks(static_cast<std::size_t>(masks.blocks()))
        , m_bottom(static_cast<std::size_t>(masks.blocks()))
        , m_active(std::min(m_lastBlock, maxErrors / kWordBits))
    {
        // Before any text the column reads 0, 1, 2, …: a block's bottom is its last row's number.
        for (int b = 0; b <= m_lastBlock; ++b)
            m_bottom[b] = b * kWordBits + rowsIn(b);
    }

    // The score of the pattern's last row after one more text unit; above maxErrors when the
    // last block is out of reach.
    int advance(char16_t unit)
    {
        const Word *eq = m_masks.masksOf(unit);
        int hOut = 0;
        for (int b = 0; b <= m_active; ++b)
            hOut = advanceOne(b, eq[b], hOut);
        if (m_active < m_lastBlock && reachesNext(eq[m_active + 1], hOut))
            activateNext(eq[m_active + 1], hOut);
        // A block whose bottom is maxErrors + its height away has every cell beyond maxErrors.
        while (m_active > 0 && m_bottom[m_active] >= m_maxErrors + rowsIn(m_active))
            --m_active;
        return m_active == m_lastBlock ? m_bottom[m_lastBlock] : m_maxErrors + 1;
    }

private:
    int rowsIn(int block) const { return block == m_lastBlock ? m_lastRows : kWordBits; }

    // Advances a block; returns the change of its bottom row's score, which enters the next block.
    int advanceOne(int block, Word eq, int hIn)
    {
        const RowDeltas deltas = advanceBlock(m_blocks[block], eq, hIn);
        const int bottomBit = rowsIn(block) - 1;
        const int hOut = bitAt(deltas.plus, bottomBit) - bitAt(deltas.minus, bottomBit);
        m_bottom[block] += hOut;
        return hOut;
    }

    // The top cell of the block below the active ones comes within maxErrors only from the bottom
    // of the last active block, whose previous score is at least maxErrors there: by a match on
    // the diagonal, or from the bottom cell of this column when that fell.
    bool reachesNext(Word nextEq, int hOut) const
    {
        return m_bottom[m_active] - hOut <= m_maxErrors && ((nextEq & 1) != 0 || hOut < 0);
    }

    // The block's previous column is not known; taken as growing by one a row from the bottom
    // above it, it is an overestimate of cells that all exceeded maxErrors, which no cell within
    // maxErrors depends on.
    void activateNext(Word eq, int hIn)
    {
        const int previousBottom = m_bottom[m_active] - hIn;
        ++m_active;
        m_blocks[m_active] = Block{};
        m_bottom[m_active] = previousBottom + rowsIn(m_active);
        advanceOne(m_active, eq, hIn);
    }

    const PatternMasks &m_masks;
    int m_lastBlock;
    int m_lastRows;
    int m_maxErrors;
    std::vector<Block> m_blocks;
    std::vector<int> m_bottom;  // each block's bottom row score (the pattern's last row for the last)
    int m_active;               // the last block computed
};

Runs scanBlocks(QStringView text, const PatternMasks &masks, qsizetype patternLength, int maxErrors)
{
    BlockedScan scan(masks, patternLength, maxErrors);
    RunCollector runs(maxErrors);
    for (qsizetype j = 0; j < text.size(); ++j)
        runs.add(j + 1, scan.advance(text[j].unicode()));
    return runs.take();
}

// The same scan for a pattern of at most 64 units, its one block kept in registers: most quotes
// are that short, and this loop is most of the time anchoring takes.
Runs scanOneBlock(QStringView text, const PatternMasks &masks, qsizetype patternLength, int maxErrors)
{
    const int lastBit = static_cast<int>(patternLength - 1);
    Block block;
    auto score = static_cast<int>(patternLength);
    RunCollector runs(maxErrors);
    for (qsizetype j = 0; j < text.size(); ++j) {
        const RowDeltas deltas = advanceBlock(block, *masks.masksOf(text[j].unicode()), 0);
        score += bitAt(deltas.plus, lastBit) - bitAt(deltas.minus, lastBit);
        runs.add(j + 1, score);
    }
    return runs.take();
}

Runs scanRuns(QStringView text, QStringView pattern, int maxErrors)
{
    const PatternMasks masks(pattern);
    if (masks.blocks() == 1)
        return scanOneBlock(text, masks, pattern.size(), maxErrors);
    return scanBlocks(text, masks, pattern.size(), maxErrors);
}

// Where the best alignment of the pattern ending exactly at `end` starts, by aligning the reversed
// pattern with the text read backwards from `end`: an alignment with at most maxErrors edits
// covers at most pattern length + maxErrors units, so that window is all the work.
ApproximateMatch alignBackwards(QStringView text, QStringView pattern, qsizetype end, int maxErrors)
{
    const qsizetype width = std::min(end, pattern.size() + std::max(maxErrors, 0));
    // row[j]: edits between the last i pattern units and the last j text units before `end`.
    std::vector<int> row(static_cast<std::size_t>(width) + 1);
    for (qsizetype j = 0; j <= width; ++j)
        row[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= pattern.size(); ++i) {
        const QChar unit = pattern[pattern.size() - i];
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= width; ++j) {
            const int substitution = diagonal + (text[end - j] == unit ? 0 : 1);
            diagonal = row[j];
            row[j] = std::min({substitution, row[j] + 1, row[j - 1] + 1});
        }
    }
    // Among equally good starts, the span closest to the pattern's length, then the earlier one.
    qsizetype best = 0;
    const auto offLength = [&](qsizetype j) { return std::abs(j - pattern.size()); };
    for (qsizetype j = 1; j <= width; ++j) {
        if (row[j] < row[best] || (row[j] == row[best] && offLength(j) <= offLength(best)))
            best = j;
    }
    return {end - best, end, row[best]};
}

qsizetype distanceFromLength(const ApproximateMatch &match, QStringView pattern)
{
    return std::abs(match.end - match.start - pattern.size());
}

// The run's match: of the alignments at its best ends, the one closest to the pattern's length
// (a substitution rather than a deletion and an insertion), then the earliest.
ApproximateMatch matchOfRun(QStringView text, QStringView pattern, const Runs &found, const Run &run, int maxErrors)
{
    ApproximateMatch best = alignBackwards(text, pattern, found.ties[run.firstTie], maxErrors);
    for (std::size_t tie = run.firstTie + 1; tie < run.lastTie; ++tie) {
        const ApproximateMatch match = alignBackwards(text, pattern, found.ties[tie], maxErrors);
        if (distanceFromLength(match, pattern) < distanceFromLength(best, pattern))
            best = match;
    }
    return best;
}

bool betterMatch(const ApproximateMatch &a, const ApproximateMatch &b)
{
    if (a.errors != b.errors)
        return a.errors < b.errors;
    if (a.start != b.start)
        return a.start < b.start;
    return a.end < b.end;
}

} // namespace

QList<ApproximateMatch> findApproximate(QStringView text, QStringView pattern, int maxErrors, int limit)
{
    QList<ApproximateMatch> matches;
    if (pattern.isEmpty() || maxErrors < 0 || limit <= 0)
        return matches;
    Runs found = scanRuns(text, pattern, maxErrors);
    // Starts cost a small alignment each: find them only for the runs that will be reported.
    const auto kept = std::min(found.runs.size(), static_cast<std::size_t>(limit));
    const auto fewerErrorsFirst = [&](const Run &a, const Run &b) {
        return a.errors != b.errors ? a.errors < b.errors : found.ties[a.firstTie] < found.ties[b.firstTie];
    };
    const auto keptEnd = found.runs.begin() + static_cast<std::ptrdiff_t>(kept);
    std::partial_sort(found.runs.begin(), keptEnd, found.runs.end(), fewerErrorsFirst);
    matches.reserve(static_cast<qsizetype>(kept));
    for (std::size_t i = 0; i < kept; ++i)
        matches.append(matchOfRun(text, pattern, found, found.runs[i], maxErrors));
    std::sort(matches.begin(), matches.end(), betterMatch);
    return matches;
}

int editDistance(QStringView a, QStringView b)
{
    if (a.size() < b.size())
        std::swap(a, b);
    // One row over the shorter string, the previous row's diagonal carried in a variable.
    std::vector<int> row(static_cast<std::size_t>(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            diagonal = row[j];
            row[j] = std::min({substitution, row[j] + 1, row[j - 1] + 1});
        }
    }
    return row[b.size()];
}

} // namespace dokhae::annotations
