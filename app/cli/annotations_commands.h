#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace dokhae::cli {

struct AnnotateOptions {
    QString dbPath;
    bool json = false;
    QString quote;       // --quote: the passage, as it reads in the article
    QString note;        // --note: Markdown
    QStringList tags;    // --tag, repeatable; commas separate tags too
    QString color;       // --color: a color key or a color's name; empty: the default color
    QString occurrence;  // --occurrence: which one (from 1) when the quote recurs; empty: not given
};

// annotate --db DB ARTICLE_ID --quote TEXT: highlights the passage in the article's current reading
// text and prints the new annotation's id (with --json the annotation, offsets in code points).
int annotateCommand(const QStringList &arguments, const AnnotateOptions &options, QTextStream &out,
                    QTextStream &err);

struct AnnotationsExportOptions {
    QString dbPath;
    QString articleId;                          // --article: that article's only; empty: the library's
    QString format = QStringLiteral("w3c");     // w3c, markdown or csv
    QString output;                             // --output FILE; empty: standard output
};

// annotations --db DB [--article ID] --format w3c|markdown|csv [--output FILE]: the annotations
// exported as the window exports them.
int annotationsCommand(const AnnotationsExportOptions &options, QTextStream &out, QTextStream &err);

// import-annotations --db DB FILE: merges a W3C Web Annotation file into the library and prints
// what it did; annotations no article carries are named on `err`.
int importAnnotationsCommand(const QStringList &arguments, const QString &dbPath, QTextStream &out,
                             QTextStream &err);

} // namespace dokhae::cli
