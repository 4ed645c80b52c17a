#include "text/text_normalizer.h"

#include <QCryptographicHash>

#include <unicode/unorm2.h>

#include <vector>

namespace dokhae::text {

namespace {

// QChar::isSpace() covers NBSP, ideographic space and the Zs range, but not the invisible
// format characters that copy-paste from web pages leaves between words.
bool isCollapsibleSpace(QChar c)
{
    if (c.isSpace())
        return true;
    switch (c.unicode()) {
    case 0x200B: // zero-width space
    case 0x2060: // word joiner
    case 0xFEFF: // BOM / zero-width no-break space
        return true;
    default:
        return false;
    }
}

// \r\n, a lone \r (old Mac files) and the Unicode separators all end a line.
bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c.unicode() == 0x2028 || c.unicode() == 0x2029;
}

} // namespace

QString toNfc(QStringView text)
{
    if (text.isEmpty())
        return {};
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status))
        return text.toString();

    const auto *source = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = static_cast<int32_t>(text.size());
    if (unorm2_isNormalized(nfc, source, length, &status) && U_SUCCESS(status))
        return text.toString();

    status = U_ZERO_ERROR;
    // NFC never grows Hangul; other scripts may grow a little, so retry once with the exact size.
    std::vector<UChar> buffer(static_cast<size_t>(length) + 16);
    int32_t written = unorm2_normalize(nfc, source, length, buffer.data(),
                                       static_cast<int32_t>(buffer.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        buffer.resize(static_cast<size_t>(written));
        written = unorm2_normalize(nfc, source, length, buffer.data(), written, &status);
    }
    if (U_FAILURE(status))
        return text.toString();
    return QString(reinterpret_cast<const QChar *>(buffer.data()), written);
}

QString collapseWhitespace(QStringView line)
{
    QString out;
    out.reserve(line.size());
    bool pendingSpace = false;
    for (const QChar c : line) {
        if (isCollapsibleSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

QStringList splitParagraphs(QStringView raw)
{
    const QString normalized = toNfc(raw);
    QStringList paragraphs;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= normalized.size(); ++i) {
        if (i < normalized.size() && !isLineBreak(normalized.at(i)))
            continue;
        QString collapsed = collapseWhitespace(QStringView(normalized).sliced(lineStart, i - lineStart));
        if (!collapsed.isEmpty())
            paragraphs.append(std::move(collapsed));
        lineStart = i + 1;
    }
    return paragraphs;
}

QString joinParagraphs(const QStringList &paragraphs)
{
    return paragraphs.join(QLatin1Char('\n'));
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace dokhae::text
