#pragma once

#include "bench_process.h"

#include <QString>
#include <QStringList>

// The sections of bench_library, each printing its own table.
namespace dokhae::bench {

struct Setup {
    QString work;  // corpus/, library.sqlite, the baselines' files and the children's settings
    QString self;  // this executable, run again as the FTS5 baseline child
    int articles = 0;
    int runs = 10;
    qint64 corpusBytes = 0;

    QString corpus() const { return work + QStringLiteral("/corpus"); }
    QString library() const { return work + QStringLiteral("/library.sqlite"); }
    QString seedsLibrary() const { return work + QStringLiteral("/seeds.sqlite"); }
    double corpusMb() const { return static_cast<double>(corpusBytes) / 1e6; }

    // Settings and data folders of the children, so that a run neither reads nor changes the
    // user's; created here.
    void prepareFolders() const;
    QStringList environment() const;
    // The same for this process, whose in-process library logs as the CLI does.
    void useEnvironment() const;
    // A child run; its error output is shown when it fails.
    ProcessRun run(const QStringList &command) const;
    QStringList cli(const QString &library, const QStringList &arguments) const;
};

// import: dokhae-cli import against the bare FTS5 insert; false when the library could not be made.
bool measureImport(const Setup &setup);
void measureSearchInProcess(const Setup &setup);
void measureSearchEndToEnd(const Setup &setup);
// show, figures, entities of one article and list --json, against sqlite3 reading the same rows.
void measureCommands(const Setup &setup);
void measureStartup(const Setup &setup);
// How long the window's GUI thread is blocked while an analyst imports, searches, opens All
// Entities and the charts (dokhae --measure-latency), on this library and on the four seeds.
void measureLatency(const Setup &setup);
// All Entities, one entity's articles, the charts of the library, against SQL over the same rows.
void measureLibraryViews(const Setup &setup);

// The baseline child: every file of folder, title (first line) and text, into a bare FTS5
// trigram table in one transaction. Returns the process's exit code.
int insertIntoBareFts(const QString &folder, const QString &database);

// Debian's recoll as a second baseline, where it is installed: recollindex of the corpus into a
// configuration of the work folder's own, and recollq of its best 200 for a query.
bool haveRecoll();
QStringList recollIndexCommand(const Setup &setup);
QStringList recollQueryCommand(const Setup &setup, const QString &query);
double recollIndexMb(const Setup &setup);

// "12.3 / 45.6" or a dash when there are no samples.
QString percentiles(const Samples &samples);

} // namespace dokhae::bench
