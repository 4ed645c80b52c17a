#pragma once

#include "brief.h"

#include <QImage>
#include <QString>

#include <functional>

namespace dokhae::brief {

// A chart of the brief drawn as a picture, and the src its <img> gets: the HTML file embeds the
// picture as a data: URL, the PDF names a resource of its QTextDocument.
using ImageSource = std::function<QString(const QImage &picture)>;

// The brief as one HTML document: a title page, then per article its metadata, the analyst's
// highlights and notes in text order, and its charts. Labels in the translations' language (the
// caller installs them), values and charts in `language` ("ko" or "en"). Everything the analyst
// or an article wrote is escaped; notes are shown as written (Markdown is not turned into markup,
// so a note cannot make the brief fetch anything). No script. The same markup serves the HTML file
// and the PDF, within what QTextDocument's HTML subset draws.
QString briefHtml(const Brief &brief, const QString &language, const ImageSource &imageSource);

// The size a chart is drawn at in a brief (CSS pixels; the picture has twice as many).
inline constexpr int kBriefChartWidth = 640;
inline constexpr int kBriefChartHeight = 360;

} // namespace dokhae::brief
