#pragma once

#include <QString>
#include <QTextStream>

namespace dokhae::cli {

struct BriefOptions {
    QString dbPath;
    QString language = QStringLiteral("ko");  // of values and charts; labels follow --lang's translations
    QString articles;  // --articles ID,ID,…
    QString tag;       // --tag TAG
    QString html, pdf; // exactly one is set
};

// brief --db DB (--articles ID,ID | --tag TAG) (--html OUT | --pdf OUT): a brief to hand on — the
// articles with the analyst's highlights, notes and charts — as one self-contained HTML file or a PDF.
int briefCommand(const BriefOptions &options, QTextStream &out, QTextStream &err);

} // namespace dokhae::cli
