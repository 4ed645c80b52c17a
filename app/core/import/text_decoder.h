#pragma once

#include <QByteArray>
#include <QString>

namespace dokhae::import {

struct DecodedText {
    bool ok = false;
    QString text;       // decoded, not yet normalized
    QString encoding;   // e.g. "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "windows-949"
    QString error;      // translated, says why the bytes are not text; empty when ok
};

// Decodes by evidence: BOMs first, then strict UTF-8, then ICU charset detection limited to the
// encodings Korean text actually arrives in (CP949/EUC-KR, UTF-16 without BOM). Binary content
// (NUL bytes outside UTF-16, control characters), empty and whitespace-only input are refused.
DecodedText decodeText(const QByteArray &bytes);

} // namespace dokhae::import
