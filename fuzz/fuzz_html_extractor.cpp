// The HTML extractor (gumbo underneath): any text gives paragraphs that are non-empty, on one
// line and with whitespace collapsed, and the import of it as an .html file refuses or succeeds.

#include "fuzz_support.h"

#include "import/article_parser.h"
#include "import/html_extractor.h"
#include "text/text_normalizer.h"

using namespace dokhae::import;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = dokhae::fuzz::utf8Text(data, size);
    looksLikeHtml(html);
    const HtmlArticle article = extractHtmlArticle(html);
    for (const QString &paragraph : article.paragraphs) {
        FUZZ_CHECK(!paragraph.isEmpty());
        FUZZ_CHECK(dokhae::text::collapseWhitespace(paragraph) == paragraph);
    }
    FUZZ_CHECK(article.meta.title == article.meta.title.trimmed());

    const ParseResult parsed = parseArticleBytes(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                                 QStringLiteral("fuzz.html"));
    FUZZ_CHECK(parsed.ok == parsed.error.isEmpty());
    FUZZ_CHECK(!parsed.ok || !parsed.article.text.isEmpty());
    return 0;
}
