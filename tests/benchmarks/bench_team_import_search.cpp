#include "bench_queries.h"
#include "bench_team_library.h"

#include "import/importer.h"
#include "store/library.h"

#include <QElapsedTimer>

#include <cstdio>
#include <memory>
#include <vector>

namespace dokhae::bench {

QString ratio(double a, double b)
{
    return b == 0 ? QStringLiteral("-") : QString::number(a / b, 'f', 2);
}

bool measureTeamImport(const Setup &setup, const QList<Backend> &backends)
{
    std::printf("\nimport of %d articles (%.1f MB of text) with import::Importer, as dokhae-cli import does:\n"
                "files read ahead on worker threads, stored in batches of 100 articles or 250 ms\n",
                setup.articles, setup.corpusMb());
    std::printf("  %-22s %8s %11s %8s %10s %12s\n", "", "wall s", "articles/s", "MB/s", "stored MB", "stored/text");
    QList<double> seconds;
    for (const Backend &backend : backends) {
        store::Library library;
        if (!library.open(backend.location)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(backend.name), qPrintable(library.lastError()));
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        const import::ImportReport report = import::Importer(library).run({setup.corpus()});
        const double wall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        const int added = report.count(import::ImportStatus::Added);
        if (!report.allImported() || added != setup.articles) {
            std::fprintf(stderr, "%s: %d of %d articles imported. %s\n", qPrintable(backend.name), added, setup.articles,
                         qPrintable(report.stoppedBy));
            return false;
        }
        library.close();
        const double storedMb = static_cast<double>(backend.storedBytes()) / 1e6;
        std::printf("  %-22s %8.1f %11.1f %8.2f %10.1f %12.2f\n", qPrintable(backend.name), wall, added / wall,
                    setup.corpusMb() / wall, storedMb, storedMb / setup.corpusMb());
        seconds << wall;
    }
    std::printf("  %-22s %8s %11s   (above 1: PostgreSQL is slower)\n", "PostgreSQL / SQLite",
                qPrintable(ratio(seconds.last(), seconds.first())), qPrintable(ratio(seconds.first(), seconds.last())));
    return true;
}

namespace {

// Where a backend's search time goes, each part timed alone: ranking the best 200, counting every
// match, the snippet of the first hit.
void measureSearchParts(const std::vector<std::unique_ptr<store::Library>> &libraries, const QList<Backend> &backends,
                        int runs)
{
    std::printf("  the same in parts, p50 ms (each alone):\n  %-19s", "kind");
    for (const Backend &backend : backends)
        std::printf(" %38s", qPrintable(backend.name + u": rank 200 / count / snippet"_qs));
    std::printf("\n");
    for (const QueryKind &kind : queryKinds()) {
        std::printf("  %-19s", kind.name);
        for (const auto &library : libraries) {
            Samples ranking;
            Samples counting;
            Samples snippet;
            for (const QString &query : kind.queries) {
                QList<store::SearchHit> best;
                for (int run = 0; run < runs; ++run) {
                    ranking.add(millisecondsOf([&] { best = library->search(query, 200, 0, 0); }));
                    counting.add(millisecondsOf([&] { library->countMatches(query); }));
                    if (!best.isEmpty())
                        snippet.add(millisecondsOf([&] { library->searchSnippet(query, best.first()); }));
                }
            }
            std::printf(" %38s", qPrintable(u"%1 / %2 / %3"_qs.arg(ranking.p50(), 0, 'f', 1)
                                                .arg(counting.p50(), 0, 'f', 1)
                                                .arg(snippet.p50(), 0, 'f', 1)));
        }
        std::printf("\n");
    }
}

} // namespace

void measureTeamSearch(const Setup &setup, const QList<Backend> &backends)
{
    std::vector<std::unique_ptr<store::Library>> libraries;
    for (const Backend &backend : backends) {
        libraries.push_back(std::make_unique<store::Library>());
        if (!libraries.back()->open(backend.location)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(backend.name), qPrintable(libraries.back()->lastError()));
            return;
        }
    }
    std::printf("\nsearch as the window runs it (Library::searchPage of the best 200, the match count, the snippet\n"
                "of the first hit), ms; %d runs of each query after one, the backends taking turns\n",
                setup.runs);
    std::printf("  %-19s %17s %17s %9s   %-24s %s\n", "kind", "SQLite p50 / p95", "Postgres p50/p95", "PG/SQLite",
                "matches SQLite | PG", "queries");
    std::vector<Samples> overall(libraries.size());
    for (const QueryKind &kind : queryKinds()) {
        std::vector<Samples> samples(libraries.size());
        std::vector<QStringList> matches(libraries.size());
        for (const QString &query : kind.queries) {
            for (std::size_t b = 0; b < libraries.size(); ++b) {
                matches[b] << QString::number(libraries[b]->countMatches(query));
                searchAsTheWindowDoes(*libraries[b], query);  // the first run warms caches
            }
            for (int run = 0; run < setup.runs; ++run) {
                for (std::size_t b = 0; b < libraries.size(); ++b) {
                    const double ms = millisecondsOf([&] { searchAsTheWindowDoes(*libraries[b], query); });
                    samples[b].add(ms);
                    overall[b].add(ms);
                }
            }
        }
        std::printf("  %-19s %17s %17s %9s   %-24s %s\n", kind.name, qPrintable(percentiles(samples.front())),
                    qPrintable(percentiles(samples.back())), qPrintable(ratio(samples.back().p50(), samples.front().p50())),
                    qPrintable(matches.front().join(u'/') + u" | "_qs + matches.back().join(u'/')),
                    qPrintable(kind.queries.join(u", ")));
    }
    std::printf("  %-19s %17s %17s %9s\n", "every query", qPrintable(percentiles(overall.front())),
                qPrintable(percentiles(overall.back())), qPrintable(ratio(overall.back().p50(), overall.front().p50())));
    measureSearchParts(libraries, backends, std::max(1, setup.runs / 2));
}

} // namespace dokhae::bench
