#include "bench_library_sections.h"

#include "store/library.h"

#include <QElapsedTimer>

#include <cstdio>
#include <functional>

namespace dokhae::bench {

namespace {

struct QueryKind {
    const char *name;
    QStringList queries;  // each occurs in the generated corpus
};

const QList<QueryKind> &queryKinds()
{
    static const QList<QueryKind> kinds{
        {"two-letter", {u"특허"_qs, u"수출"_qs, u"투자"_qs}},
        {"three-letter", {u"반도체"_qs, u"딥시크"_qs, u"화웨이"_qs}},
        {"particle-attached", {u"알리바바는"_qs, u"텐센트가"_qs, u"엔비디아의"_qs}},
        {"Latin", {u"Qwen"_qs, u"GPU"_qs, u"HBM"_qs}},
        {"two-word", {u"중국 반도체"_qs, u"알리바바 클라우드"_qs, u"생성형 AI"_qs}},
    };
    return kinds;
}

double millisecondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

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
                window.add(millisecondsOf([&] {
                    store::Library::SearchPage found = library.searchPage(query, 200, 0, 0);
                    if (!found.hits.isEmpty())
                        library.searchSnippet(query, found.hits.first());
                }));
                listing.add(millisecondsOf([&] { library.search(query); }));
            }
        }
        std::printf("  %-19s %17s %17s   %-14s %s\n", kind.name, qPrintable(percentiles(window)),
                    qPrintable(percentiles(listing)), qPrintable(hits.join(u'/')), qPrintable(kind.queries.join(u", ")));
    }
}

void measureSearchEndToEnd(const Setup &setup)
{
    const bool haveRipgrep = onPath(u"rg"_qs);
    const int runs = std::max(1, setup.runs / 3);
    std::printf("\nsearch end to end (whole processes, %d runs of each query, interleaved)%s\n", runs,
                haveRipgrep ? "" : "\n  rg is not installed (Debian package ripgrep): no baseline");
    std::printf("  %-19s %19s %19s %11s %15s\n", "kind", "dokhae-cli p50/p95", "rg -l p50/p95", "ratio p50", "cli peak MB");
    for (const QueryKind &kind : queryKinds()) {
        Samples ours;
        Samples baseline;
        double peakMb = 0;
        for (int i = 0; i < runs; ++i) {
            for (const QString &query : kind.queries) {
                const ProcessRun cli = setup.run(setup.cli(setup.library(), {u"search"_qs, query}));
                ours.add(cli.wallMs);
                peakMb = std::max(peakMb, cli.peakMb);
                if (haveRipgrep)
                    baseline.add(setup.run(ripgrep(query, setup.corpus())).wallMs);
            }
        }
        const QString ratio = haveRipgrep ? QString::number(ours.p50() / baseline.p50(), 'f', 2) : u"-"_qs;
        std::printf("  %-19s %19s %19s %11s %15.0f\n", kind.name, qPrintable(percentiles(ours)),
                    qPrintable(percentiles(baseline)), qPrintable(ratio), peakMb);
    }
    std::printf("  (rg gets the words as typed: for a particle-attached query it finds only that form;\n"
                "   two words: rg -l of the first, piped to rg -l of the second)\n");
}

} // namespace dokhae::bench
