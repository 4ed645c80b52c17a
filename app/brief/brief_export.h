#pragma once

#include "brief.h"

#include <QString>

namespace dokhae::brief {

// Write a brief as one self-contained HTML file (the charts embedded as PNG data: URLs; no script,
// no style sheet, font or picture fetched from anywhere) or as a PDF (A4, drawn by Qt's own PDF
// writer from the same document, the fonts it uses embedded). `language` is the one values and
// charts are drawn in; labels follow the installed translations. On failure false with a
// translated reason in *error, and no file, not even a partial one, at `path`.
// Needs a QApplication (charts are drawn through Qt Charts, a widgets module).
bool writeBriefHtml(const Brief &brief, const QString &language, const QString &path, QString *error);
bool writeBriefPdf(const Brief &brief, const QString &language, const QString &path, QString *error);

} // namespace dokhae::brief
