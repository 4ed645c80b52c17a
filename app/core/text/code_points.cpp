#include "text/code_points.h"

#include <algorithm>

namespace dokhae::text {

namespace {

// A low surrogate that completes a pair does not start a code point of its own.
bool continuesPair(const QString &text, qsizetype i)
{
    return i > 0 && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate();
}

} // namespace

qsizetype utf16ToCodePoint(const QString &text, qsizetype utf16Offset)
{
    const qsizetype end = qBound(qsizetype(0), utf16Offset, text.size());
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (!continuesPair(text, i))
            ++codePoints;
    }
    return codePoints;
}

qsizetype codePointToUtf16(const QString &text, qsizetype codePointOffset)
{
    if (codePointOffset <= 0)
        return 0;
    qsizetype seen = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (continuesPair(text, i))
            continue;
        if (seen == codePointOffset)
            return i;
        ++seen;
    }
    return text.size();
}

CodePointIndex::CodePointIndex(const QString &text)
    : m_size(text.size())
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (continuesPair(text, i))
            m_pairEnds.append(i);
    }
}

qsizetype CodePointIndex::toCodePoint(qsizetype utf16Offset) const
{
    const qsizetype end = qBound(qsizetype(0), utf16Offset, m_size);
    const auto before = std::lower_bound(m_pairEnds.begin(), m_pairEnds.end(), end);
    return end - (before - m_pairEnds.begin());
}

} // namespace dokhae::text
