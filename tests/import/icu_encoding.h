#pragma once

// Test helpers: make the legacy and UTF-16 copies of a text with ICU itself, independent of
// the decoder under test.
#include <QByteArray>
#include <QString>

#include <unicode/ucnv.h>

#include <memory>

namespace testing {

struct ConverterCloser {
    void operator()(UConverter *c) const { ucnv_close(c); }
};

// Characters the charset lacks become '?' (what an editor saving as CP949 would leave).
inline QByteArray encodeWith(const QString &text, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &status));
    UErrorCode substStatus = U_ZERO_ERROR;  // Unicode charsets refuse a one-byte '?': they never need it
    ucnv_setSubstChars(converter.get(), "?", 1, &substStatus);
    QByteArray out(text.size() * 4 + 8, Qt::Uninitialized);
    const int32_t written = ucnv_fromUChars(converter.get(), out.data(), int32_t(out.size()),
                                            reinterpret_cast<const UChar *>(text.utf16()),
                                            int32_t(text.size()), &status);
    if (U_FAILURE(status))
        return {};
    out.truncate(written);
    return out;
}

inline QString decodeWith(const QByteArray &bytes, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &status));
    QString out(bytes.size() + 1, Qt::Uninitialized);
    const int32_t written = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(out.data()),
                                          int32_t(out.size()), bytes.constData(), int32_t(bytes.size()),
                                          &status);
    if (U_FAILURE(status))
        return {};
    out.truncate(written);
    return out;
}

} // namespace testing
