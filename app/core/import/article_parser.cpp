#include "import/article_parser.h"

#include "import/boilerplate_filter.h"
#include "import/html_extractor.h"
#include "import/markdown_text.h"
#include "import/metadata_extractor.h"
#include "import/text_decoder.h"
#include "text/text_normalizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dokhae::import {

namespace {

constexpr qint64 kMaxArticleBytes = qint64(32) << 20;


ParseResult refused(const QString &fileName, const QString &why)
{
    ParseResult result;
    result.error = QCoreApplication::translate("ArticleParser", "Cannot import “%1”: %2")
                       .arg(QFileInfo(fileName).fileName(), why);
    return result;
}

bool hasHtmlExtension(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"html" || suffix == u"htm";
}

} // namespace

bool hasImportableExtension(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"txt" || hasMarkdownExtension(fileName) || hasHtmlExtension(fileName);
}

ParseResult parseArticleBytes(const QByteArray &bytes, const QString &fileName)
{
    const DecodedText decoded = decodeText(bytes);
    if (!decoded.ok)
        return refused(fileName, decoded.error);

    ArticleMetadata htmlMeta;
    QStringList paragraphs;
    if (hasHtmlExtension(fileName) || looksLikeHtml(decoded.text)) {
        HtmlArticle html = extractHtmlArticle(decoded.text);
        htmlMeta = html.meta;
        paragraphs = std::move(html.paragraphs);
    } else if (hasMarkdownExtension(fileName)) {
        paragraphs = text::splitParagraphs(markdownToPlainText(decoded.text));
    } else {
        paragraphs = text::splitParagraphs(decoded.text);
    }

    const MetadataSplit split = extractMetadata(paragraphs, htmlMeta);
    const QString readingText = text::joinParagraphs(removeBoilerplate(split.body));
    if (readingText.isEmpty())
        return refused(fileName, QCoreApplication::translate("ArticleParser", "no article text was found in it"));

    ParseResult result;
    result.ok = true;
    result.article.meta = split.meta;
    if (result.article.meta.title.isEmpty())
        result.article.meta.title = QFileInfo(fileName).completeBaseName();
    result.article.text = readingText;
    result.article.encoding = decoded.encoding;
    return result;
}

ParseResult parseArticleFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return refused(path, info.exists() ? QCoreApplication::translate("ArticleParser", "it is not a file")
                                           : QCoreApplication::translate("ArticleParser", "the file does not exist"));
    // Articles are tens of kilobytes; anything this large is a video or a dump named like text.
    if (info.size() > kMaxArticleBytes)
        return refused(path, QCoreApplication::translate("ArticleParser", "it is larger than %1 MB, too large for an article")
                                 .arg(kMaxArticleBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(path, QCoreApplication::translate("ArticleParser", "the file cannot be read (%1)")
                                 .arg(file.errorString()));
    ParseResult result = parseArticleBytes(file.readAll(), path);
    if (result.ok)
        result.article.sourceFile = QFileInfo(path).absoluteFilePath();
    return result;
}

} // namespace dokhae::import
