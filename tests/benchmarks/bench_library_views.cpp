// The library-wide views of issue 12 on the generated library: All Entities as the window's worker
// asks for it, one entity's articles (dokhae-cli entity) and the charts of the library
// (dokhae-cli charts --json), each beside SQL reading the same stored rows in the same run.
#include "bench_library_sections.h"

#include "store/library.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>
#include <functional>

namespace dokhae::bench {

namespace {

constexpr int kRuns = 5;

double timedMs(const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

void printRow(const char *name, const Samples &ours, const Samples &baseline, const char *note)
{
    const QString ratio = baseline.size() == 0 ? QStringLiteral("-") : QString::number(ours.p50() / baseline.p50(), 'f', 1);
    std::printf("  %-24s %19s %19s %7s  %s\n", name, qPrintable(percentiles(ours)), qPrintable(percentiles(baseline)),
                qPrintable(ratio), note);
}

} // namespace

void measureLibraryViews(const Setup &setup)
{
    std::printf("\nlibrary-wide views (%d runs each, interleaved with SQL reading the same stored rows)\n", kRuns);
    std::printf("  %-24s %19s %19s %7s\n", "view", "ours p50/p95 ms", "baseline p50/p95", "ratio");

    {
        store::Library library;
        if (!library.open(setup.library())) {
            std::printf("  the library did not open: %s\n", qPrintable(library.lastError()));
            return;
        }
        Samples ours;
        Samples baseline;
        int entities = 0;
        for (int i = 0; i < kRuns; ++i) {
            ours.add(timedMs([&] { entities = int(library.entities().libraryEntities().size()); }));
            baseline.add(timedMs([&] {
                QSqlQuery query(library.connection());
                query.setForwardOnly(true);
                query.exec(QStringLiteral("SELECT e.entity_id, e.entity, e.mentions FROM article_entities e "
                                          "JOIN articles a ON a.current_revision = e.revision_id"));
                while (query.next()) {
                }
            }));
        }
        printRow("All Entities, in process", ours, baseline,
                 qPrintable(QStringLiteral("%1 entities; baseline: every stored mention row read").arg(entities)));
    }

    const bool haveSqlite = onPath(QStringLiteral("sqlite3"));
    const auto pairedRuns = [&](const QStringList &command, const QStringList &baselineCommand, Samples &ours, Samples &baseline) {
        for (int i = 0; i < kRuns; ++i) {
            ours.add(setup.run(command).wallMs);
            if (haveSqlite)
                baseline.add(setup.run(baselineCommand).wallMs);
        }
    };
    Samples entityOurs;
    Samples entityBaseline;
    pairedRuns(setup.cli(setup.library(), {QStringLiteral("entity"), QStringLiteral("딥시크"), QStringLiteral("--json")}),
               {QStringLiteral("sqlite3"), setup.library(),
                QStringLiteral("SELECT a.id, r.title, e.mentions FROM article_entities e JOIN articles a ON a.current_revision = "
                               "e.revision_id JOIN revisions r ON r.id = e.revision_id WHERE e.entity_id = 'deepseek'")},
               entityOurs, entityBaseline);
    printRow("entity 딥시크 (CLI)", entityOurs, entityBaseline, "baseline: sqlite3, its mention rows by index");
    Samples chartsOurs;
    Samples chartsBaseline;
    pairedRuns(setup.cli(setup.library(), {QStringLiteral("charts"), QStringLiteral("--json")}),
               {QStringLiteral("sqlite3"), setup.library(), QStringLiteral("SELECT spec FROM charts WHERE hidden = 0")},
               chartsOurs, chartsBaseline);
    printRow("charts --json (CLI)", chartsOurs, chartsBaseline, "baseline: sqlite3, every stored chart");
}

} // namespace dokhae::bench
