#pragma once

#include "annotations/annotation.h"

#include <QString>
#include <QStringView>

namespace dokhae::annotations {

// How much context a quote selector keeps on each side of the passage.
constexpr qsizetype kContextLength = 32;

// The selectors of the passage [start, end) (UTF-16) of a reading text: the exact text and up to
// kContextLength characters before and after it. Offsets are clamped to the text.
TextQuote quoteAt(const QString &text, qsizetype start, qsizetype end);

// A quote as anchoring compares it: NFC, every run of whitespace one character ('\n' when the run
// holds a line break, else a space). Reading texts are already in this form; quotes that come from
// elsewhere (an imported file, a command line) may not be.
QString normalizedForAnchoring(QStringView text);

enum class AnchorMethod {
    Stored,       // the same revision: the stored offsets, checked against the quote
    Exact,        // the quote found as it was (when it occurs more than once, the occurrence whose
                  // context and position agree best)
    Approximate,  // the quote found with small differences, helped by its context and position
    Orphan,       // not found, even approximately
};

struct Anchor {
    AnchorMethod method = AnchorMethod::Orphan;
    qsizetype start = -1;  // [start, end) in UTF-16 of the text anchored in; -1 for an orphan
    qsizetype end = -1;
    double score = 0;      // 1 for a stored or unique exact anchor; lower for weaker ones
    bool found() const { return method != AnchorMethod::Orphan; }
};

// Where the passage an annotation marked is in `text`.
// `quote` and [start, end) are the selectors taken from the text the annotation was made on (or
// last anchored to); `sameRevision` says `text` is that very text. The steps, in order:
// stored offsets when the revision is the same (and the text there still reads the quote); else the
// exact quote when it occurs once, or its best occurrence by context and position; else the best
// approximate match of the quote, scored on quote, prefix, suffix and position, and accepted only
// above a threshold that is stricter for short quotes; else an orphan. Pure and deterministic.
Anchor anchorQuote(const QString &text, const TextQuote &quote, qsizetype start, qsizetype end, bool sameRevision);

// anchorQuote for an annotation: its own selectors, the same revision when revisionId matches.
Anchor anchorAnnotation(const QString &text, qint64 revisionId, const Annotation &annotation);

} // namespace dokhae::annotations
