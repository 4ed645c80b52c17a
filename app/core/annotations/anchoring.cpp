#include "annotations/anchoring.h"

#include "annotations/approximate_match.h"
#include "annotations/banded_alignment.h"
#include "text/text_normalizer.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <utility>
#include <vector>

namespace dokhae::annotations {

namespace {

using detail::lastRowInBand;

// How much each piece of evidence counts in a candidate's score, as Hypothesis weighs them: the
// quote itself most, its two contexts together almost as much (they tell two copies of one phrase
// apart), the position least (text inserted before a passage moves it without making it wrong).
constexpr double kQuoteWeight = 50;
constexpr double kPrefixWeight = 20;
constexpr double kSuffixWeight = 20;
constexpr double kPositionWeight = 2;

// Scores an approximate candidate must reach. Unrelated Korean contexts of 32 units read about 10%
// alike, so a candidate whose contexts are both lost scores about half its quote similarity plus a
// little. A quote under 32 units is a phrase that may recur with a small difference anywhere in an
// article: at 0.7 at least one of its contexts has to vouch for it. A longer quote is evidence
// of its own: at 0.5 it is found even where it moved (its contexts lost) when less than about a
// fifth of it changed, and where its contexts hold with up to maxErrors edits.
constexpr qsizetype kShortQuote = 32;
constexpr double kShortQuoteThreshold = 0.7;
constexpr double kLongQuoteThreshold = 0.5;

// Under 8 units one edit is an eighth of the quote or more: a match with an edit is taken only
// where both contexts still read nearly as they did (at most 3 edits in 32 units).
constexpr qsizetype kTinyQuote = 8;
constexpr double kNearlyExactContext = 0.9;

// Quotes longer than the scan's budget are looked for by their first and last pieces, then each
// place a piece points to is checked against the whole quote inside a band of maxErrors.
constexpr qsizetype kScannedQuote = 256;
constexpr qsizetype kPieceLength = 64;
constexpr int kMaxErrorsCap = 128;

// Enough candidates to keep the right one when a short phrase recurs all over a long article.
constexpr int kMaxCandidates = 1000;

// The same units the reading text's normalizer collapses, so a quote copied from a web page
// (NBSP, zero-width space, word joiner) reads as the reading text does.
bool isAnchoringSpace(QChar c)
{
    switch (c.unicode()) {
    case 0x200B: // zero-width space
    case 0x2060: // word joiner
    case 0xFEFF: // zero-width no-break space
        return true;
    default:
        return c.isSpace();
    }
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c.unicode() == 0x2028 || c.unicode() == 0x2029;
}

// Whether `at` falls between the two halves of a surrogate pair.
bool splitsPair(QStringView text, qsizetype at)
{
    return at > 0 && at < text.size() && text[at].isLowSurrogate() && text[at - 1].isHighSurrogate();
}

// The quote's selectors in the form of the reading text, with the position it was last found at.
struct Target {
    QString exact;
    QString prefix;
    QString suffix;
    qsizetype start = 0;
};

struct Candidate {
    qsizetype start = 0;
    qsizetype end = 0;
    int errors = 0;
};

// 1 when `expected` reads as `actual`, falling with the edits between them. A side with no
// context says nothing either way (0.5), unless the candidate too sits at the edge of the text.
double contextSimilarity(QStringView expected, QStringView actual, bool atTextEdge)
{
    if (expected.isEmpty())
        return atTextEdge ? 1.0 : 0.5;
    const double edits = editDistance(expected, actual);
    return std::max(0.0, 1.0 - edits / static_cast<double>(expected.size()));
}

double prefixSimilarity(const QString &text, const Target &target, qsizetype start)
{
    const qsizetype from = std::max<qsizetype>(0, start - target.prefix.size());
    return contextSimilarity(target.prefix, QStringView(text).mid(from, start - from), start == 0);
}

double suffixSimilarity(const QString &text, const Target &target, qsizetype end)
{
    return contextSimilarity(target.suffix, QStringView(text).mid(end, target.suffix.size()), end == text.size());
}

// 1 at the old start, falling linearly to 0 a whole text away.
double positionSimilarity(const QString &text, const Target &target, qsizetype start)
{
    const double distance = static_cast<double>(std::abs(start - target.start));
    return std::clamp(1.0 - distance / static_cast<double>(std::max<qsizetype>(1, text.size())), 0.0, 1.0);
}

double quoteSimilarity(const Target &target, const Candidate &candidate)
{
    return std::max(0.0, 1.0 - candidate.errors / static_cast<double>(target.exact.size()));
}

// The weighted score of a candidate, in [0, 1].
double candidateScore(const QString &text, const Target &target, const Candidate &candidate)
{
    const double total = kQuoteWeight * quoteSimilarity(target, candidate)
        + kPrefixWeight * prefixSimilarity(text, target, candidate.start)
        + kSuffixWeight * suffixSimilarity(text, target, candidate.end)
        + kPositionWeight * positionSimilarity(text, target, candidate.start);
    return total / (kQuoteWeight + kPrefixWeight + kSuffixWeight + kPositionWeight);
}

struct Scored {
    Candidate candidate;
    double score = -1;
};

// The highest-scoring candidate; among equal scores the first, so the result never depends on
// anything but the order the candidates were found in.
Scored bestCandidate(const QString &text, const Target &target, const std::vector<Candidate> &candidates)
{
    Scored best;
    for (const Candidate &candidate : candidates) {
        const double score = candidateScore(text, target, candidate);
        if (score > best.score)
            best = {candidate, score};
    }
    return best;
}

Target normalizedTarget(const TextQuote &quote, qsizetype start)
{
    return {normalizedForAnchoring(quote.exact), normalizedForAnchoring(quote.prefix),
            normalizedForAnchoring(quote.suffix), start};
}

bool storedOffsetsHold(const QString &text, const Target &target, qsizetype start, qsizetype end)
{
    return start >= 0 && start <= end && end <= text.size()
        && QStringView(text).mid(start, end - start) == target.exact;
}

std::vector<Candidate> exactOccurrences(const QString &text, const QString &exact)
{
    std::vector<Candidate> found;
    for (qsizetype at = text.indexOf(exact); at >= 0 && found.size() < std::size_t{kMaxCandidates};
         at = text.indexOf(exact, at + 1))
        found.push_back({at, at + exact.size(), 0});
    return found;
}

Anchor anchorOf(AnchorMethod method, const Candidate &candidate, double score)
{
    return {method, candidate.start, candidate.end, score};
}

std::optional<Anchor> exactAnchor(const QString &text, const Target &target)
{
    const std::vector<Candidate> occurrences = exactOccurrences(text, target.exact);
    if (occurrences.empty())
        return std::nullopt;
    if (occurrences.size() == 1)
        return anchorOf(AnchorMethod::Exact, occurrences.front(), 1.0);
    const Scored best = bestCandidate(text, target, occurrences);
    return anchorOf(AnchorMethod::Exact, best.candidate, best.score);
}

// How many edits an approximate match of a quote this long may have (see the constants above).
int maxErrorsFor(qsizetype length)
{
    if (length < kTinyQuote)
        return 1;
    if (length < kShortQuote)
        return static_cast<int>(length / 8);
    return static_cast<int>(std::min<qsizetype>(length / 4, kMaxErrorsCap));
}

// Edits between the quote and text[start, start + j), for each j.
std::vector<int> spansFrom(const QString &text, const QString &quote, qsizetype start, int maxErrors)
{
    return lastRowInBand(quote.size(), text.size() - start, maxErrors, [&](qsizetype i) { return quote[i]; },
                         [&](qsizetype j) { return text[start + j]; });
}

// Edits between the quote and text[end - j, end), for each j.
std::vector<int> spansTo(const QString &text, const QString &quote, qsizetype end, int maxErrors)
{
    const qsizetype last = quote.size() - 1;
    return lastRowInBand(quote.size(), end, maxErrors, [&](qsizetype i) { return quote[last - i]; },
                         [&](qsizetype j) { return text[end - 1 - j]; });
}

// The span with the fewest edits, then the one closest to the quote's length; nullopt when none
// is within maxErrors.
std::optional<std::pair<qsizetype, int>> bestSpan(const std::vector<int> &edits, qsizetype quoteLength, int maxErrors)
{
    std::optional<std::pair<qsizetype, int>> best;
    for (qsizetype j = 0; j < static_cast<qsizetype>(edits.size()); ++j) {
        if (edits[j] > maxErrors)
            continue;
        const bool closer = best && std::abs(j - quoteLength) < std::abs(best->first - quoteLength);
        if (!best || edits[j] < best->second || (edits[j] == best->second && closer))
            best = std::pair{j, edits[j]};
    }
    return best;
}

std::optional<Candidate> alignForward(const QString &text, const QString &quote, qsizetype start, int maxErrors)
{
    const auto span = bestSpan(spansFrom(text, quote, start, maxErrors), quote.size(), maxErrors);
    if (!span)
        return std::nullopt;
    return Candidate{start, start + span->first, span->second};
}

std::optional<Candidate> alignBackward(const QString &text, const QString &quote, qsizetype end, int maxErrors)
{
    const auto span = bestSpan(spansTo(text, quote, end, maxErrors), quote.size(), maxErrors);
    if (!span)
        return std::nullopt;
    return Candidate{end - span->first, end, span->second};
}

// Whether a candidate of this quote may be taken at all, before its score is weighed.
bool admissible(const QString &text, const Target &target, const Candidate &candidate)
{
    if (target.exact.size() >= kTinyQuote)
        return true;
    return !target.prefix.isEmpty() && !target.suffix.isEmpty()
        && prefixSimilarity(text, target, candidate.start) >= kNearlyExactContext
        && suffixSimilarity(text, target, candidate.end) >= kNearlyExactContext;
}

// The candidate with its edges moved by up to kEdgeSlack units where that scores better. An edit
// at a passage's edge leaves the matcher a choice (후자를 against 후자만 선택: "후자" with a
// deletion or "후자만" with a substitution) that only the context settles. Never inside a pair.
constexpr qsizetype kEdgeSlack = 3;

Scored settledEdges(const QString &text, const Target &target, const Scored &found, int maxErrors)
{
    Scored best = found;
    best.score = -1;
    for (qsizetype start = found.candidate.start - kEdgeSlack; start <= found.candidate.start + kEdgeSlack; ++start) {
        if (start < 0 || start > text.size() || splitsPair(text, start))
            continue;
        const std::vector<int> edits = spansFrom(text, target.exact, start, maxErrors);
        for (qsizetype end = found.candidate.end - kEdgeSlack; end <= found.candidate.end + kEdgeSlack; ++end) {
            const qsizetype span = end - start;
            const bool within = span >= 0 && span < static_cast<qsizetype>(edits.size()) && edits[span] <= maxErrors;
            if (!within || splitsPair(text, end))
                continue;
            const Candidate moved{start, end, edits[span]};
            if (!admissible(text, target, moved))
                continue;
            const double score = candidateScore(text, target, moved);
            if (score > best.score)
                best = {moved, score};
        }
    }
    return best.score < 0 ? found : best;
}

std::vector<Candidate> candidatesOf(const QList<ApproximateMatch> &matches)
{
    std::vector<Candidate> candidates;
    candidates.reserve(static_cast<std::size_t>(matches.size()));
    for (const ApproximateMatch &match : matches)
        candidates.push_back({match.start, match.end, match.errors});
    return candidates;
}

// A long quote: the places its first or its last piece occurs, each checked against all of it.
std::vector<Candidate> longQuoteCandidates(const QString &text, const QString &quote, int maxErrors)
{
    constexpr int kPieceErrors = static_cast<int>(kPieceLength / 4);
    // Boilerplate repeated through an article puts a piece in many places; each is checked.
    constexpr int kPieceCandidates = 256;
    const QStringView head = QStringView(quote).left(kPieceLength);
    const QStringView tail = QStringView(quote).right(kPieceLength);
    std::vector<Candidate> candidates;
    for (const ApproximateMatch &piece : findApproximate(text, head, kPieceErrors, kPieceCandidates)) {
        if (const auto candidate = alignForward(text, quote, piece.start, maxErrors))
            candidates.push_back(*candidate);
    }
    for (const ApproximateMatch &piece : findApproximate(text, tail, kPieceErrors, kPieceCandidates)) {
        if (const auto candidate = alignBackward(text, quote, piece.end, maxErrors))
            candidates.push_back(*candidate);
    }
    return candidates;
}

std::vector<Candidate> approximateCandidates(const QString &text, const QString &quote)
{
    const int maxErrors = maxErrorsFor(quote.size());
    if (quote.size() > kScannedQuote)
        return longQuoteCandidates(text, quote, maxErrors);
    return candidatesOf(findApproximate(text, quote, maxErrors, kMaxCandidates));
}

std::optional<Anchor> approximateAnchor(const QString &text, const Target &target)
{
    std::vector<Candidate> candidates = approximateCandidates(text, target.exact);
    std::erase_if(candidates, [&](const Candidate &candidate) { return !admissible(text, target, candidate); });
    const int maxErrors = maxErrorsFor(target.exact.size());
    Scored best = bestCandidate(text, target, candidates);
    if (best.score >= 0)
        best = settledEdges(text, target, best, maxErrors);
    const double threshold = target.exact.size() < kShortQuote ? kShortQuoteThreshold : kLongQuoteThreshold;
    if (best.score < threshold)
        return std::nullopt;
    return anchorOf(AnchorMethod::Approximate, best.candidate, best.score);
}

// Where a run of whitespace at `from` ends.
qsizetype endOfSpaces(QStringView text, qsizetype from)
{
    while (from < text.size() && isAnchoringSpace(text[from]))
        ++from;
    return from;
}

bool holdsLineBreak(QStringView run)
{
    return std::any_of(run.begin(), run.end(), isLineBreak);
}

// Moves `at` by one unit so that it does not fall between the two halves of a surrogate pair.
qsizetype outsidePair(QStringView text, qsizetype at, int direction)
{
    return splitsPair(text, at) ? at + direction : at;
}

} // namespace

TextQuote quoteAt(const QString &text, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    // The contexts shrink by a unit rather than begin or end with half a character: a lone
    // surrogate would not survive export as UTF-8 and would never match the text again.
    const qsizetype prefixStart = outsidePair(text, std::max<qsizetype>(0, start - kContextLength), +1);
    const qsizetype suffixEnd = outsidePair(text, std::min(text.size(), end + kContextLength), -1);
    return {text.mid(start, end - start), text.mid(prefixStart, start - prefixStart), text.mid(end, suffixEnd - end)};
}

QString normalizedForAnchoring(QStringView text)
{
    const QString composed = text::toNfc(text);
    QString out;
    out.reserve(composed.size());
    for (qsizetype i = 0; i < composed.size();) {
        if (!isAnchoringSpace(composed[i])) {
            out.append(composed[i++]);
            continue;
        }
        const qsizetype runEnd = endOfSpaces(composed, i);
        out.append(holdsLineBreak(QStringView(composed).mid(i, runEnd - i)) ? u'\n' : u' ');
        i = runEnd;
    }
    return out;
}

Anchor anchorQuote(const QString &text, const TextQuote &quote, qsizetype start, qsizetype end, bool sameRevision)
{
    const Target target = normalizedTarget(quote, start);
    if (target.exact.isEmpty())
        return {};
    if (sameRevision && storedOffsetsHold(text, target, start, end))
        return {AnchorMethod::Stored, start, end, 1.0};
    if (const auto exact = exactAnchor(text, target))
        return *exact;
    if (const auto approximate = approximateAnchor(text, target))
        return *approximate;
    return {};
}

Anchor anchorAnnotation(const QString &text, qint64 revisionId, const Annotation &annotation)
{
    const bool sameRevision = revisionId != 0 && revisionId == annotation.revisionId;
    return anchorQuote(text, annotation.quote, annotation.start, annotation.end, sameRevision);
}

} // namespace dokhae::annotations
