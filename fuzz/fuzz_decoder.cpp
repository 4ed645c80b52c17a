// The decoder and the boilerplate filter: any bytes either decode to clean text or are refused
// with a reason; the filter only removes and joins paragraphs; the whole import pipeline (as a
// .txt and as a .md file) either refuses or gives a reading text of non-blank lines.

#include "fuzz_support.h"

#include "import/article_parser.h"
#include "import/boilerplate_filter.h"
#include "import/text_decoder.h"
#include "text/text_normalizer.h"

using namespace dokhae::import;

namespace {

void checkDecoded(const QByteArray &bytes, const DecodedText &decoded)
{
    FUZZ_CHECK(decoded.ok == decoded.error.isEmpty());
    if (!decoded.ok)
        return;
    FUZZ_CHECK(!decoded.encoding.isEmpty() && !decoded.text.trimmed().isEmpty());
    for (const QChar c : decoded.text) {
        const char16_t u = c.unicode();
        FUZZ_CHECK(!((u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t') || u == 0x7F)); // controls dropped
    }
    // Strict decoding never invents replacement characters.
    if (decoded.encoding.startsWith(QLatin1String("UTF-8")) && decoded.text.contains(QChar::ReplacementCharacter))
        FUZZ_CHECK(bytes.contains("\xEF\xBF\xBD"));
}

// Each kept paragraph is an input paragraph, or several joined: never more, never longer in total.
void checkFiltered(const QStringList &in, const QStringList &out)
{
    FUZZ_CHECK(out.size() <= in.size());
    qsizetype inChars = 0;
    for (const QString &p : in)
        inChars += p.size();
    qsizetype outChars = 0;
    for (const QString &p : out) {
        FUZZ_CHECK(!p.isEmpty() && !p.contains(u'\n'));
        outChars += p.size();
    }
    FUZZ_CHECK(outChars <= inChars);
}

void checkParsed(const ParseResult &result)
{
    FUZZ_CHECK(result.ok == result.error.isEmpty());
    if (!result.ok)
        return;
    const QString &reading = result.article.text;
    FUZZ_CHECK(!reading.isEmpty() && !reading.startsWith(u'\n') && !reading.endsWith(u'\n'));
    FUZZ_CHECK(!reading.contains(QLatin1String("\n\n")));
    FUZZ_CHECK(!result.article.meta.title.isEmpty()); // falls back to the file's name
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const DecodedText decoded = decodeText(bytes);
    checkDecoded(bytes, decoded);
    if (decoded.ok) {
        const QStringList paragraphs = dokhae::text::splitParagraphs(decoded.text);
        checkFiltered(paragraphs, removeBoilerplate(paragraphs));
    }
    checkParsed(parseArticleBytes(bytes, QStringLiteral("fuzz.txt")));
    checkParsed(parseArticleBytes(bytes, QStringLiteral("fuzz.md")));
    return 0;
}
