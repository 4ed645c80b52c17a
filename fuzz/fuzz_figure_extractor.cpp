// The figure extractor on a reading text (the input made into one as an import would: NFC,
// paragraphs on their own lines): figures in text order, each inside its sentence, conversions
// pointing at another figure, and every figure displayable in both languages.

#include "fuzz_support.h"

#include "figures/figure.h"
#include "text/text_normalizer.h"

using namespace dokhae::figures;
using dokhae::fuzz::isSpanOf;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    namespace text = dokhae::text;
    const QString reading = text::joinParagraphs(text::splitParagraphs(dokhae::fuzz::utf8Text(data, size)));
    const QList<Figure> figures = extractFigures(reading);

    qsizetype previousStart = 0;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const Figure &f = figures.at(i);
        FUZZ_CHECK(isSpanOf(f.start, f.end, reading.size()) && f.start < f.end);
        FUZZ_CHECK(f.start >= previousStart); // "in text order"
        previousStart = f.start;
        FUZZ_CHECK(f.text == reading.mid(f.start, f.end - f.start));
        FUZZ_CHECK(isSpanOf(f.sentenceStart, f.sentenceEnd, reading.size()));
        FUZZ_CHECK(f.sentenceStart <= f.start && f.end <= f.sentenceEnd);
        FUZZ_CHECK(f.converts == -1 || (f.converts >= 0 && f.converts < figures.size() && f.converts != i));
        FUZZ_CHECK(!f.impliedRate || f.converts != -1);
        FUZZ_CHECK(f.kind != FigureKind::Money || !f.currency.isEmpty());
        FUZZ_CHECK(figureKindFromName(figureKindName(f.kind)) == f.kind);
        FUZZ_CHECK(f.kind != FigureKind::Date || !f.isoDate.isEmpty());
        FUZZ_CHECK(!displayValue(f, QStringLiteral("ko")).isEmpty());
        FUZZ_CHECK(!displayValue(f, QStringLiteral("en")).isEmpty());
        measureKey(f.measure);
        if (f.converts != -1) {
            const Figure &converted = figures.at(f.converts);
            if (const auto rate = statedRate(figures, converted.currency, f.currency))
                FUZZ_CHECK(*rate == *rate); // not NaN
        }
    }
    return 0;
}
