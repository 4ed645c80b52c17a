#include "bench_library_sections.h"
#include "bench_queries.h"

#include "store/library.h"

#include <cstdio>

namespace dokhae::bench {

namespace {

// What a user of rg types for the same search: the words as fixed strings, and for two words the
// files that have the first, searched for the second.
QStringList ripgrep(const QString &query, const QString &folder)
{
    const QStringList words = query.split(u' ');
    if (words.size() == 1)
        return {u"rg"_qs, u"-l"_qs, u"-F"_qs, u"--"_qs, query, folder};
    return {u"sh"_qs, u"-c"_qs, u"rg -l -0 -F -- \"$1\" \"$3\" | xargs -0 -r rg -l -F -- \"$2\""_qs, u"sh"_qs,
            words[0], words[1], folder};
}

// Where the window's search time goes, each part timed alone: ranking the best 200 (FTS5 orders
// every match by bm25), counting every match, and the snippet of the hit on show.
void measureWindowSearchParts(const store::Library &library, int runs)
{
    std::printf("  the window's search in parts, p50 ms (each alone):\n");
    std::printf("  %-19s %12s %12s %12s %12s\n", "kind", "rank 200", "count", "snippet", "matches");
    for (const QueryKind &kind : queryKinds()) {
        Samples ranking;
        Samples counting;
        Samples snippet;
        QStringList matches;
        for (const QString &query : kind.queries) {
            matches << QString::number(library.countMatches(query));
            QList<store::SearchHit> best;
            for (int i = 0; i < runs; ++i) {
                ranking.add(millisecondsOf([&] { best = library.search(query, 200, 0, 0); }));
                counting.add(millisecondsOf([&] { library.countMatches(query); }));
                if (!best.isEmpty())
                    snippet.add(millisecondsOf([&] { library.searchSnippet(query, best.first()); }));
            }
        }
        std::printf("  %-19s %12.1f %12.1f %12.1f %12s\n", kind.name, ranking.p50(), counting.p50(), snippet.p50(),
                    qPrintable(matches.join(u'/')));
    }
}

} // namespace

void measureSearchInProcess(const Setup &setup)
{
    store::Library library;
    Samples opening;
    for (int i = 0; i < 5; ++i) {
        opening.add(millisecondsOf([&] { library.open(setup.library()); }));
        if (i < 4)
            library.close();
    }
    if (!library.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(library.lastError()));
        return;
    }
    std::printf("\nsearch in process (Library::search; %d runs of each query after one): as the window asks (best\n"
                "200 ranked, the match count, the snippet of the hit on show) and as the CLI lists them (200 snippets)\n",
                setup.runs);
    std::printf("  Library::open              p50 %.1f ms (5 opens)\n", opening.p50());
    std::printf("  %-19s %17s %17s   %-14s %s\n", "kind", "window p50 / p95", "CLI p50 / p95", "hits (cap 200)", "queries");
    for (const QueryKind &kind : queryKinds()) {
        Samples window;
        Samples listing;
        QStringList hits;
        for (const QString &query : kind.queries) {
            hits << QString::number(library.search(query).size());
            for (int i = 0; i < setup.runs; ++i) {
                window.add(millisecondsOf([&] { searchAsTheWindowDoes(library, query); }));
                listing.add(millisecondsOf([&] { library.search(query); }));
            }
        }
        std::printf("  %-19s %17s %17s   %-14s %s\n", kind.name, qPrintable(percentiles(window)),
                    qPrintable(percentiles(listing)), qPrintable(hits.join(u'/')), qPrintable(kind.queries.join(u", ")));
    }
    measureWindowSearchParts(library, setup.runs);
}

void measureSearchEndToEnd(const Setup &setup)
{
    const bool haveRipgrep = onPath(u"rg"_qs);
    const bool recoll = haveRecoll();
    const int runs = std::max(1, setup.runs / 3);
    std::printf("\nsearch end to end (whole processes, %d runs of each query, interleaved)%s%s\n", runs,
                haveRipgrep ? "" : "\n  rg is not installed (Debian package ripgrep): no baseline",
                recoll ? "" : "\n  recollq is not installed (Debian package recollcmd): no second baseline");
    std::printf("  %-19s %19s %19s %9s %19s %9s %8s\n", "kind", "dokhae-cli p50/p95", "rg -l p50/p95", "ours/rg",
                "recollq p50/p95", "ours/rq", "cli MB");
    const auto ratio = [](const Samples &ours, const Samples &baseline) {
        return baseline.size() == 0 ? u"-"_qs : QString::number(ours.p50() / baseline.p50(), 'f', 2);
    };
    for (const QueryKind &kind : queryKinds()) {
        Samples ours;
        Samples ripgrepRuns;
        Samples recollRuns;
        double peakMb = 0;
        for (int i = 0; i < runs; ++i) {
            for (const QString &query : kind.queries) {
                const ProcessRun cli = setup.run(setup.cli(setup.library(), {u"search"_qs, query}));
                ours.add(cli.wallMs);
                peakMb = std::max(peakMb, cli.peakMb);
                if (haveRipgrep)
                    ripgrepRuns.add(setup.run(ripgrep(query, setup.corpus())).wallMs);
                if (recoll)
                    recollRuns.add(setup.run(recollQueryCommand(setup, query)).wallMs);
            }
        }
        std::printf("  %-19s %19s %19s %9s %19s %9s %8.0f\n", kind.name, qPrintable(percentiles(ours)),
                    qPrintable(percentiles(ripgrepRuns)), qPrintable(ratio(ours, ripgrepRuns)),
                    qPrintable(percentiles(recollRuns)), qPrintable(ratio(ours, recollRuns)), peakMb);
    }
    std::printf("  (rg gets the words as typed: for a particle-attached query it finds only that form;\n"
                "   two words: rg -l of the first, piped to rg -l of the second; recollq lists its best 200)\n");
}

} // namespace dokhae::bench
