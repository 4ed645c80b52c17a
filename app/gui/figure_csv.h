#pragma once

#include "figures/figure.h"
#include "util/csv.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dokhae::gui {

// Figures as a spreadsheet reads them: UTF-8 with a byte-order mark (without it Excel takes
// Hangul for the ANSI code page), a header row, RFC 4180 quoting and CRLF line ends. Offsets are
// code points, as at every border of the project; values are plain numbers and kinds and bounds
// their stable names, so that a script can read the file whatever the interface language.
QByteArray figuresToCsv(const QList<figures::Figure> &figures, const QString &readingText);

// One field, quoted when it holds a comma, a quote or a line break (the project's one quoting rule,
// in core so that chart data is quoted alike).
using util::csvField;

} // namespace dokhae::gui
