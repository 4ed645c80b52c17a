#pragma once

#include <QSize>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace dokhae::cli {

struct ChartsOptions {
    bool json = false;
    QString language = QStringLiteral("ko");
    QString dbPath;
    QString articleId;  // --article: only that article's charts
};

// charts --db DB [--article ID]: the library's charts (suggested and the analyst's), each point
// with its source sentence; offsets in code points.
int chartsCommand(const ChartsOptions &options, QTextStream &out, QTextStream &err);

struct ExportChartOptions {
    QString dbPath;
    QString language = QStringLiteral("ko");
    QString png, svg, csv;  // exactly one is set
    QSize size{1600, 900};
    qreal scale = 1.0;
};

// export-chart --db DB ID (--png|--svg|--csv OUT): one chart as a file, drawn as the window draws it.
int exportChartCommand(const QStringList &arguments, const ExportChartOptions &options, QTextStream &out,
                       QTextStream &err);

// Whether a command line needs a GUI application object (drawing charts needs fonts and a QPA).
bool needsGuiApplication(int argc, char **argv);

} // namespace dokhae::cli
