#pragma once

#include <QString>

namespace dokhae::text {

// Offsets inside C++ are QString (UTF-16) positions; at the borders other tools read (CLI JSON,
// annotation export) they are Unicode code points. The seeds carry emoji outside the BMP, so the
// two differ. Out-of-range inputs are clamped to the text's length; a UTF-16 offset between the
// two halves of a surrogate pair counts the code point that pair started.
qsizetype utf16ToCodePoint(const QString &text, qsizetype utf16Offset);
qsizetype codePointToUtf16(const QString &text, qsizetype codePointOffset);

} // namespace dokhae::text
