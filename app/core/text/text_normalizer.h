#pragma once

#include <QString>
#include <QStringList>

namespace dokhae::text {

// Unicode NFC through ICU. Both sides of every comparison (stored text, queries, catalogs) pass here.
QString toNfc(QStringView text);

// Runs of whitespace (including NBSP, ideographic and zero-width spaces) become one space; ends trimmed.
QString collapseWhitespace(QStringView line);

// Splits raw text into paragraphs: one per non-blank line, NFC, whitespace collapsed.
QStringList splitParagraphs(QStringView raw);

// The reading-text form of a list of paragraphs: joined by a single '\n'.
QString joinParagraphs(const QStringList &paragraphs);

// SHA-256 of the UTF-8 bytes, hex. Identifies a revision of a reading text.
QString sha256Hex(const QString &text);

} // namespace dokhae::text
