// Snippets for a page of 200 hits: FTS5's snippet() in the search statement against our own
// (search/snippet.h) made from the hits' stored title and text. Prints, per query, the time of
// each (the median of 5 runs, in CPU time of the thread) and how many of the snippets are identical.
// Not a test: run it by hand (bench_snippets [--articles N] [--seed S]).
#include "corpus_options.h"
#include "search/snippet.h"
#include "search_corpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace dokhae;

namespace {

constexpr int kPage = 200;
constexpr int kRuns = 5;

// This thread's CPU time, which other work on the machine disturbs far less than the clock.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double medianMs(const std::function<void()> &work)
{
    std::vector<double> times;
    for (int run = 0; run < kRuns; ++run) {
        const double start = threadCpuMs();
        work();
        times.push_back(threadCpuMs() - start);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    corpus::CorpusOptions options(parser);
    parser.process(app);

    testing::SearchCorpus corpus;
    QString error;
    QElapsedTimer importTimer;
    importTimer.start();
    if (!corpus.build(options.articles(), &error, options.seed())) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    store::Library &library = corpus.library();
    std::printf("library: the seeds and %d generated articles (seed %u), imported in %.1f s\n", options.articles(),
                options.seed(), static_cast<double>(importTimer.elapsed()) / 1000.0);
    std::printf("%-18s %5s | %9s %9s %10s | %9s %9s | %9s\n", "query", "hits", "rank ms", "+FTS5 ms", "FTS5 snip",
                "read ms", "ours ms", "identical");

    double totalFts = 0;
    double totalOurs = 0;
    double totalRead = 0;
    int totalHits = 0;
    int totalIdentical = 0;
    QSqlQuery read(library.connection());
    read.prepare(u"SELECT r.title, r.text FROM articles a JOIN revisions r ON r.id = a.current_revision WHERE a.id = ?"_qs);
    for (const QString &query : testing::kSearchQueries) {
        QList<store::SearchHit> withSnippets;
        const double rankOnly = medianMs([&] { library.search(query, kPage, 0, 0); });
        const double withFts = medianMs([&] { withSnippets = library.search(query, kPage, 0, -1); });
        const QList<search::QueryTerm> terms = library.searchTerms(query);
        std::vector<testing::StoredText> texts;
        const double reading = medianMs([&] {
            texts.clear();
            for (const auto &hit : std::as_const(withSnippets)) {
                read.addBindValue(hit.id);
                read.exec();
                read.next();
                texts.push_back({read.value(0).toString(), read.value(1).toString()});
            }
        });
        QStringList ours;
        const double making = medianMs([&] {
            ours.clear();
            for (const testing::StoredText &text : texts)
                ours << search::makeSnippet(text.title, text.text, terms);
        });
        int identical = 0;
        for (qsizetype i = 0; i < withSnippets.size(); ++i)
            identical += ours[i] == withSnippets[i].snippet ? 1 : 0;
        const double fts = std::max(0.0, withFts - rankOnly);
        std::printf("%-18s %5lld | %9.2f %9.2f %10.2f | %9.2f %9.2f | %5d/%-3lld\n", qPrintable(query),
                    static_cast<long long>(withSnippets.size()), rankOnly, withFts, fts, reading, making, identical,
                    static_cast<long long>(withSnippets.size()));
        totalFts += fts;
        totalOurs += making;
        totalRead += reading;
        totalHits += static_cast<int>(withSnippets.size());
        totalIdentical += identical;
    }
    std::printf("all queries: %d snippets; FTS5 snippet() %.1f ms, ours %.1f ms (+ %.1f ms reading the texts); "
                "per 200 snippets FTS5 %.1f ms, ours %.1f ms (%.1f with reading); identical %d (%.1f%%)\n",
                totalHits, totalFts, totalOurs, totalRead, totalHits ? totalFts * kPage / totalHits : 0.0,
                totalHits ? totalOurs * kPage / totalHits : 0.0, totalHits ? (totalOurs + totalRead) * kPage / totalHits : 0.0,
                totalIdentical, totalHits ? 100.0 * totalIdentical / totalHits : 0.0);
    return 0;
}
