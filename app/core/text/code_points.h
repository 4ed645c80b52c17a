#pragma once

#include <QList>
#include <QString>

namespace dokhae::text {

// Offsets inside C++ are QString (UTF-16) positions; at the borders other tools read (CLI JSON,
// annotation export) they are Unicode code points. The seeds carry emoji outside the BMP, so the
// two differ. Out-of-range inputs are clamped to the text's length; a UTF-16 offset between the
// two halves of a surrogate pair counts the code point that pair started.
qsizetype utf16ToCodePoint(const QString &text, qsizetype utf16Offset);
qsizetype codePointToUtf16(const QString &text, qsizetype codePointOffset);

// The same conversion for many offsets into one text: the text is read once, then each offset
// costs a binary search, so a text with thousands of figures is not read again for each one.
class CodePointIndex
{
public:
    explicit CodePointIndex(const QString &text);
    qsizetype toCodePoint(qsizetype utf16Offset) const;

private:
    qsizetype m_size = 0;
    QList<qsizetype> m_pairEnds;  // UTF-16 positions of low surrogates that complete a pair
};

} // namespace dokhae::text
