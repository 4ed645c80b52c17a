// Annotation anchoring. Input: two bytes that choose a passage, then the text the annotation was
// made on, then (after a 0x1E byte) a changed revision of it. The quote taken from the first text
// must anchor back to the very passage (stored offsets) and be found exactly when the offsets are
// not trusted; in the changed text, any anchor is a span inside it, an exact anchor reads the
// quote, and a quote the changed text still contains is never approximated or lost.

#include "fuzz_support.h"

#include "annotations/anchoring.h"

using namespace dokhae::annotations;
using dokhae::fuzz::isSpanOf;

namespace {

// `exact` is the quote as anchoring compares it (normalizedForAnchoring).
void checkAnchor(const Anchor &anchor, const QString &text, const QString &exact)
{
    if (!anchor.found()) {
        FUZZ_CHECK(anchor.start == -1 && anchor.end == -1);
        return;
    }
    FUZZ_CHECK(isSpanOf(anchor.start, anchor.end, text.size()) && anchor.start < anchor.end);
    FUZZ_CHECK(anchor.score > 0 && anchor.score <= 1);
    if (anchor.method == AnchorMethod::Exact || anchor.method == AnchorMethod::Stored)
        FUZZ_CHECK(QStringView(text).mid(anchor.start, anchor.end - anchor.start) == exact);
}

// A passage boundary never splits a surrogate pair (the reader selects whole characters).
qsizetype onCharacterBoundary(const QString &text, qsizetype pos)
{
    return pos > 0 && pos < text.size() && text.at(pos).isLowSurrogate() ? pos + 1 : pos;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t startByte = data[0];
    const uint8_t lengthByte = data[1];
    const QByteArray rest(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const qsizetype separator = rest.indexOf('\x1E');
    const QString original = normalizedForAnchoring(QString::fromUtf8(separator < 0 ? rest : rest.left(separator)));
    const QString changed = normalizedForAnchoring(QString::fromUtf8(separator < 0 ? QByteArray() : rest.mid(separator + 1)));

    const qsizetype start = onCharacterBoundary(original, original.size() * startByte / 256);
    const qsizetype end = onCharacterBoundary(original, start + (original.size() - start) * lengthByte / 255);
    const TextQuote quote = quoteAt(original, start, end);
    FUZZ_CHECK(quote.exact == original.mid(start, end - start));
    FUZZ_CHECK(quote.prefix.size() <= kContextLength && quote.suffix.size() <= kContextLength);
    FUZZ_CHECK(original.mid(start - quote.prefix.size(), quote.prefix.size()) == quote.prefix);
    FUZZ_CHECK(original.mid(end, quote.suffix.size()) == quote.suffix);

    const QString exact = normalizedForAnchoring(quote.exact);
    const bool passage = !exact.isEmpty();
    const Anchor stored = anchorQuote(original, quote, start, end, true);
    checkAnchor(stored, original, exact);
    if (passage)
        FUZZ_CHECK(stored.method == AnchorMethod::Stored && stored.start == start && stored.end == end);

    const Anchor searched = anchorQuote(original, quote, start, end, false);
    checkAnchor(searched, original, exact);
    if (passage)
        FUZZ_CHECK(searched.method == AnchorMethod::Exact);

    const Anchor moved = anchorQuote(changed, quote, start, end, false);
    checkAnchor(moved, changed, exact);
    if (passage && changed.contains(exact))
        FUZZ_CHECK(moved.method == AnchorMethod::Exact);
    // Offsets from another revision, trusted by mistake, must still be checked against the text.
    checkAnchor(anchorQuote(changed, quote, start, end, true), changed, exact);
    return 0;
}
