#include "import/text_decoder.h"

#include <QCoreApplication>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace dokhae::import {

namespace {

// ucsdet's EUC-KR vote counts from this confidence (0-100) on.
constexpr int kMinDetectorConfidence = 10;

struct ConverterCloser {
    void operator()(UConverter *c) const { ucnv_close(c); }
};
struct DetectorCloser {
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};

// Converts with ICU and stops at the first byte sequence the charset does not define: a file
// that is not entirely in the charset is not in it, so no U+FFFD ever reaches the library.
std::optional<QString> convertStrictly(QByteArrayView bytes, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &status));
    if (U_FAILURE(status))
        return std::nullopt;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    const auto length = static_cast<int32_t>(bytes.size());
    // No charset of ours yields more UTF-16 units than it has bytes (+1 for a trailing NUL).
    QString out(bytes.size() + 1, Qt::Uninitialized);
    const int32_t written = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(out.data()),
                                          static_cast<int32_t>(out.size()), bytes.data(), length,
                                          &status);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(written);
    return out;
}

// ICU's charset detector, asked only whether the bytes read as EUC-KR; its confidence (0-100).
int eucKrConfidence(QByteArrayView bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    // Tags of an HTML file would otherwise count as ASCII evidence against Korean.
    ucsdet_enableInputFilter(detector.get(), true);
    ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        if (qstrcmp(ucsdet_getName(matches[i], &status), "EUC-KR") == 0)
            return ucsdet_getConfidence(matches[i], &status);
    }
    return 0;
}

// UTF-16 without a mark: its ASCII (spaces, line breaks, digits) puts NUL bytes on one side of
// each code unit. Text in which that side holds nearly all NULs is UTF-16 of that byte order.
const char *utf16ByteOrder(QByteArrayView bytes)
{
    if (bytes.size() % 2 != 0)
        return nullptr;
    qsizetype even = 0;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\0')
            ++(i % 2 == 0 ? even : odd);
    }
    const qsizetype units = bytes.size() / 2;
    if (odd >= 9 * (even + 1) && odd * 20 >= units)
        return "UTF-16LE";
    if (even >= 9 * (odd + 1) && even * 20 >= units)
        return "UTF-16BE";
    return nullptr;
}

// Guessed decodings of binary data yield symbols, private-use and unassigned code points;
// Korean text is letters, digits, punctuation and spaces of a few scripts.
bool readsAsText(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    const auto odd = std::count_if(codePoints.cbegin(), codePoints.cend(), [](uint c) {
        const QChar::Category category = QChar::category(char32_t(c));
        return category == QChar::Other_PrivateUse || category == QChar::Other_NotAssigned
            || (category == QChar::Other_Control && !QChar::isSpace(char32_t(c)));
    });
    return odd * 50 <= codePoints.size();
}

// A strict CP949 decode alone is weak evidence: Latin-1 letters often form valid double-byte
// pairs too. Korean text decodes to mostly Hangul among its non-ASCII characters.
bool readsAsKorean(const QString &text)
{
    qsizetype nonAscii = 0;
    qsizetype hangul = 0;
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            continue;
        ++nonAscii;
        if (c.script() == QChar::Script_Hangul)
            ++hangul;
    }
    return nonAscii > 0 && hangul * 2 > nonAscii;
}

// Controls other than line and tab whitespace mark binary data; a few strays (the DOS
// end-of-file mark ^Z, a form feed) happen in real text and are dropped.
std::optional<QString> withoutStrayControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    qsizetype strays = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t') || u == 0x7F;
        if (u == 0)
            return std::nullopt;
        if (control)
            ++strays;
        else
            out.append(c);
    }
    if (strays > 2 + text.size() / 1000)
        return std::nullopt;
    return out;
}

DecodedText refused(const QString &why)
{
    DecodedText result;
    result.error = why;
    return result;
}

DecodedText finish(const QString &text, const QString &encoding)
{
    const std::optional<QString> clean = withoutStrayControls(text);
    if (!clean)
        return refused(QCoreApplication::translate("TextDecoder", "it contains binary data, not text"));
    if (clean->trimmed().isEmpty())
        return refused(QCoreApplication::translate("TextDecoder", "it contains only whitespace"));
    DecodedText result;
    result.ok = true;
    result.text = *clean;
    result.encoding = encoding;
    return result;
}

struct ByteOrderMark {
    QByteArrayView bytes;
    const char *charset;
    const char *label;
};

} // namespace

DecodedText decodeText(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return refused(QCoreApplication::translate("TextDecoder", "the file is empty"));

    // UTF-32 marks first: the UTF-32LE mark begins with the UTF-16LE one.
    static const ByteOrderMark marks[] = {
        {QByteArrayView("\xFF\xFE\x00\x00", 4), "UTF-32LE", "UTF-32LE (BOM)"},
        {QByteArrayView("\x00\x00\xFE\xFF", 4), "UTF-32BE", "UTF-32BE (BOM)"},
        {QByteArrayView("\xEF\xBB\xBF", 3), "UTF-8", "UTF-8 (BOM)"},
        {QByteArrayView("\xFF\xFE", 2), "UTF-16LE", "UTF-16LE (BOM)"},
        {QByteArrayView("\xFE\xFF", 2), "UTF-16BE", "UTF-16BE (BOM)"},
    };
    for (const ByteOrderMark &mark : marks) {
        if (!bytes.startsWith(mark.bytes))
            continue;
        const auto text = convertStrictly(QByteArrayView(bytes).sliced(mark.bytes.size()), mark.charset);
        if (!text)
            return refused(QCoreApplication::translate("TextDecoder",
                                                       "it starts with a %1 byte order mark but is not valid %1")
                               .arg(QLatin1String(mark.charset)));
        return finish(*text, QLatin1String(mark.label));
    }

    if (bytes.contains('\0')) {
        const char *byteOrder = utf16ByteOrder(bytes);
        if (const auto text = byteOrder ? convertStrictly(bytes, byteOrder) : std::nullopt; text && readsAsText(*text))
            return finish(*text, QLatin1String(byteOrder));
        return refused(QCoreApplication::translate("TextDecoder", "it contains binary data (NUL bytes), not text"));
    }

    if (const auto utf8 = convertStrictly(bytes, "UTF-8"))
        return finish(*utf8, QStringLiteral("UTF-8"));
    // A download or copy cut short ends inside a multi-byte sequence; the rest is still UTF-8.
    for (qsizetype cut = 1; cut <= 3 && cut < bytes.size(); ++cut) {
        if (static_cast<unsigned char>(bytes.at(bytes.size() - cut)) < 0xC2)
            continue;
        if (const auto utf8 = convertStrictly(QByteArrayView(bytes).chopped(cut), "UTF-8"))
            return finish(*utf8, QStringLiteral("UTF-8"));
        break;
    }

    // windows-949 (CP949, Unified Hangul Code) is a superset of EUC-KR: files labelled EUC-KR
    // routinely carry its extra syllables. ICU's detector scores those extra syllables as
    // errors, so its EUC-KR vote is one piece of evidence and a Hangul-rich strict decode another.
    const auto cp949 = convertStrictly(bytes, "windows-949");
    if (cp949 && readsAsText(*cp949) && (eucKrConfidence(bytes) >= kMinDetectorConfidence || readsAsKorean(*cp949)))
        return finish(*cp949, QStringLiteral("windows-949"));

    return refused(QCoreApplication::translate("TextDecoder", "its encoding is not UTF-8, UTF-16 or CP949/EUC-KR"));
}

} // namespace dokhae::import
