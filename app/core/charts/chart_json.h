#pragma once

#include "charts/chart_spec.h"

#include <QJsonObject>
#include <functional>
#include <optional>

namespace dokhae::charts {

// How offsets leave the program: the library keeps UTF-16 positions; the CLI gives code points.
// The function maps a (revision, UTF-16 offset) to what the JSON should hold.
using OffsetMapper = std::function<qsizetype(const PointSource &source, qsizetype utf16Offset)>;

// The spec as the CLI prints it and the library stores it:
// {id, title_ko, title_en, kind, unit, currency, measure, year, note_ko, note_en, origin, article_id,
//  series: [{name_ko, name_en, points: [{label_ko, label_en, value, display, display_ko, display_en,
//  source: {article_id, revision, start, end, sentence_start, sentence_end, figure, text}}]}]}
// `display` is the value in `language`; `text` is the sentence the value was read from.
QJsonObject chartToJson(const ChartSpec &spec, const QString &language, const OffsetMapper &offsets = {});

// Reads what chartToJson wrote with UTF-16 offsets; nullopt when a required field is missing.
std::optional<ChartSpec> chartFromJson(const QJsonObject &object);

} // namespace dokhae::charts
