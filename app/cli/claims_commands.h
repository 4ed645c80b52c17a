#pragma once

#include <QString>
#include <QTextStream>

namespace dokhae::cli {

struct ClaimsOptions {
    bool json = false;
    QString language = QStringLiteral("ko");
    QString dbPath;
    QString entity;     // --entity NAME: a subject by any of its names
    QString measure;    // --measure TEXT
    QString year;       // --year Y
    bool flagged = false;
    QString threshold;  // --threshold PCT: 5 or 5% (default 5)
    bool singleSource = false;  // --single-source: claims quoted by one article only too
};

// claims --db DB: the figures the library's articles quote for the same claim (subject, measure,
// year, unit), side by side, with the flags that say where the sources disagree.
int claimsCommand(const ClaimsOptions &options, QTextStream &out, QTextStream &err);

} // namespace dokhae::cli
