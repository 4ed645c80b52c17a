#pragma once

#include "charts/chart_spec.h"

#include <QByteArray>
#include <QString>

namespace dokhae::charts {

// The data of a chart as CSV for a spreadsheet: UTF-8 with a byte order mark (Excel reads Korean
// then), RFC 4180 quoting, one row per point with its series, label, value, value as written in
// the language, unit or currency, and its source (article id, figure as written, sentence).
QByteArray chartCsv(const ChartSpec &spec, const QString &language);

} // namespace dokhae::charts
