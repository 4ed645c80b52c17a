// The library at scale, measured as a user meets it (issue 12): a generated corpus of N Korean
// articles is imported with dokhae-cli and searched in process and end to end, one article is
// shown, the list printed and the window started, each beside what a user would otherwise use,
// measured in the same run: a bare SQLite FTS5 trigram table, rg -l, sqlite3, a four-article
// library. Prints figures, not verdicts. Not a test: run it by hand (bench_library --help).
#include "bench_library_sections.h"
#include "corpus_generator.h"
#include "corpus_options.h"
#include "util/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace dokhae::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import, search, commands and window start on a generated library."));
    parser.addHelpOption();
    const dokhae::corpus::CorpusOptions corpus(parser);
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Runs of each query in process (default 10); end to end a third of it."),
                                  QStringLiteral("R"), QStringLiteral("10"));
    const QCommandLineOption work(QStringLiteral("work"),
                                  QStringLiteral("Keep corpus and libraries in this folder (default: a temporary one)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption ftsBaseline(QStringLiteral("fts-baseline"),
                                         QStringLiteral("(Child mode) insert the files of FOLDER into a bare FTS5 table in DB."),
                                         QStringLiteral("FOLDER,DB"));
    parser.addOptions({runs, work, ftsBaseline});
    parser.process(app);

    if (parser.isSet(ftsBaseline)) {
        const QStringList paths = parser.value(ftsBaseline).split(u',');
        return paths.size() == 2 ? insertIntoBareFts(paths[0], paths[1]) : 2;
    }

    QTemporaryDir temporary;
    Setup setup;
    setup.work = parser.isSet(work) ? QDir(parser.value(work)).absolutePath() : temporary.path();
    setup.articles = corpus.articles();
    setup.runs = std::max(1, parser.value(runs).toInt());
    setup.self = QCoreApplication::applicationFilePath();
    setup.prepareFolders();
    setup.useEnvironment();
    dokhae::logging::init(QStringLiteral("bench_library"), false);

    QElapsedTimer generating;
    generating.start();
    QString error;
    QDir(setup.corpus()).removeRecursively();  // a kept work folder may hold a larger corpus
    setup.corpusBytes = dokhae::corpus::writeCorpus(setup.corpus(), setup.articles, corpus.seed(), &error);
    if (setup.corpusBytes < 0) {
        std::fprintf(stderr, "bench_library: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("corpus: %d generated articles (seed %u), %.1f MB of text, written in %.1f s; work folder %s\n",
                setup.articles, corpus.seed(), static_cast<double>(setup.corpusBytes) / 1e6,
                static_cast<double>(generating.elapsed()) / 1000.0, qPrintable(setup.work));
    std::printf("whole processes are timed from spawn to exit, peak memory is the kernel's ru_maxrss;\n"
                "baselines run interleaved with ours, ratios are ours / baseline (above 1: slower)\n");

    if (!measureImport(setup))
        return 1;
    measureSearchInProcess(setup);
    measureSearchEndToEnd(setup);
    measureCommands(setup);
    measureStartup(setup);
    measureLatency(setup);
    // Last: All Entities is read in this process, and a child started from it (posix_spawn shares
    // our memory until exec) reports our peak as its own ru_maxrss when that is the larger.
    measureLibraryViews(setup);
    std::printf("\nthis benchmark's own peak memory: %.0f MB\n", selfPeakMb());
    return 0;
}
