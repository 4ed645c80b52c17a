#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dokhae::util {

// CSV as a spreadsheet reads it. Every CSV the project writes (figures, chart data) goes through
// these, so they all quote, end lines and mark their encoding the same way.

// One field, quoted per RFC 4180 when it holds a comma, a quote or a line break.
QString csvField(const QString &value);

// A number as plain digits, shortest exact form, never an exponent or a group separator
// (67200000000, 22.6), so that a script reads it whatever the interface language.
QString csvNumber(double value);

// Rows joined with CRLF (RFC 4180), each field quoted as needed, as UTF-8 with a byte order mark:
// without it Excel takes Hangul for the ANSI code page.
QByteArray csvDocument(const QList<QStringList> &rows);

} // namespace dokhae::util
