#include "bench_team_library.h"

#include "annotations/annotation.h"
#include "store/annotation_store.h"
#include "store/library.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <latch>
#include <optional>
#include <thread>
#include <vector>

namespace dokhae::bench {

namespace {

struct ClientResult {
    Samples latency;  // of each AnnotationStore call, successful or not
    QSet<QString> added;  // ids of the annotations the store said it saved
    int failures = 0;
    int lockFailures = 0;  // of them, the ones a lock or a busy library caused
    QString firstError;
};

struct ClientsRun {
    std::vector<ClientResult> clients;
    double wallSeconds = 0;
    qsizetype storedBefore = 0;
    qsizetype storedAfter = 0;
    int missing = 0;  // ids the store said it saved that the library does not hold
    int unexpected = 0;  // annotations the library holds that no client saved

    qsizetype added() const
    {
        qsizetype sum = 0;
        for (const ClientResult &client : clients)
            sum += client.added.size();
        return sum;
    }
};

struct OpenArticle {
    qint64 id = 0;
    qsizetype length = 0;
};

bool causedByLocking(const QString &error)
{
    static const QStringList signs{u"lock"_qs, u"busy"_qs, u"deadlock"_qs, u"serializ"_qs, u"timeout"_qs};
    return std::any_of(signs.cbegin(), signs.cend(), [&](const QString &sign) { return error.contains(sign, Qt::CaseInsensitive); });
}

// One analyst: opens the library on this thread, reads the articles it will annotate (as the
// reader shows them), waits for the others, then marks passages of them as fast as it can.
void annotate(const QString &location, const ClientsPlan &plan, int index, const QList<qint64> &articleIds, qint64 shared,
              std::latch &ready, ClientResult &result)
{
    QRandomGenerator random(1000 + static_cast<quint32>(index));
    store::Library library;
    QList<OpenArticle> open;
    if (library.open(location)) {
        for (int i = 0; i <= plan.articlesEach; ++i) {
            const qint64 id = i == plan.articlesEach ? shared : articleIds.at(random.bounded(static_cast<int>(articleIds.size())));
            if (const auto record = library.article(id); record && record->text.size() > 1)
                open.append({id, record->text.size()});
        }
    }
    ready.arrive_and_wait();
    if (open.isEmpty() || open.last().id != shared) {
        result.failures = plan.annotationsEach;
        result.firstError = library.isOpen() ? u"the shared article could not be read"_qs : library.lastError();
        return;
    }
    store::AnnotationStore annotations(library);
    const QStringList &colors = annotations::colorKeys();
    for (int i = 0; i < plan.annotationsEach; ++i) {
        const bool onShared = random.generateDouble() < plan.sharedShare || open.size() == 1;
        const OpenArticle &article = onShared ? open.last() : open.at(random.bounded(static_cast<int>(open.size()) - 1));
        const qsizetype length = std::min<qsizetype>(article.length - 1, 8 + random.bounded(40));
        const qsizetype start = random.bounded(static_cast<int>(article.length - length));
        const QString note = u"client %1, note %2: 확인 필요"_qs.arg(index + 1).arg(i + 1);
        std::optional<annotations::Annotation> made;
        result.latency.add(millisecondsOf([&] {
            made = annotations.create(article.id, start, start + length, colors.at(i % colors.size()), note,
                                      {u"벤치마크"_qs});
        }));
        if (made) {
            result.added.insert(made->id);
            continue;
        }
        ++result.failures;
        if (causedByLocking(annotations.lastError()))
            ++result.lockFailures;
        if (result.firstError.isEmpty())
            result.firstError = annotations.lastError();
    }
}

QSet<QString> storedIds(const QString &location)
{
    store::Library library;
    QSet<QString> ids;
    if (!library.open(location))
        return ids;
    for (const annotations::Annotation &annotation : store::AnnotationStore(library).allAnnotations())
        ids.insert(annotation.id);
    return ids;
}

ClientsRun runClients(const Backend &backend, const ClientsPlan &plan)
{
    ClientsRun run;
    QList<qint64> articleIds;
    {
        store::Library library;
        if (library.open(backend.location))
            library.forEachArticle([&](const ArticleSummary &summary) { articleIds.append(summary.id); });
    }
    if (articleIds.isEmpty())
        return run;
    const QSet<QString> before = storedIds(backend.location);
    run.clients.resize(static_cast<std::size_t>(plan.clients));
    std::latch ready(plan.clients + 1);
    std::vector<std::thread> threads;
    const qint64 shared = articleIds.at(articleIds.size() / 2);
    for (int i = 0; i < plan.clients; ++i)
        threads.emplace_back(annotate, std::cref(backend.location), std::cref(plan), i, std::cref(articleIds), shared,
                             std::ref(ready), std::ref(run.clients[static_cast<std::size_t>(i)]));
    ready.arrive_and_wait();
    QElapsedTimer timer;
    timer.start();
    for (std::thread &thread : threads)
        thread.join();
    run.wallSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    const QSet<QString> after = storedIds(backend.location);
    QSet<QString> added;
    for (const ClientResult &client : run.clients)
        added.unite(client.added);
    const QSet<QString> stored = QSet<QString>(after).subtract(before);
    run.storedBefore = before.size();
    run.storedAfter = after.size();
    run.missing = static_cast<int>(QSet<QString>(added).subtract(stored).size());
    run.unexpected = static_cast<int>(QSet<QString>(stored).subtract(added).size());
    return run;
}

} // namespace

void measureAnnotatingClients(const QList<Backend> &backends, const ClientsPlan &plan)
{
    std::printf("\n%d annotating clients at once, each a thread with a connection of its own, %d annotations each\n"
                "(AnnotationStore::create, as the window's highlight: a new UUID, the quote taken from the article's\n"
                "current text, a note and a tag, one transaction each); %.0f%% of them on one article all clients\n"
                "share, the rest on %d articles of the client's own; latency of each call in ms\n",
                plan.clients, plan.annotationsEach, plan.sharedShare * 100, plan.articlesEach);
    for (const Backend &backend : backends) {
        if (!backend.about.isEmpty())
            std::printf("  %s: %s\n", qPrintable(backend.name), qPrintable(backend.about));
    }
    std::vector<ClientsRun> runs;
    for (const Backend &backend : backends)
        runs.push_back(runClients(backend, plan));

    std::printf("  %-8s", "client");
    for (const Backend &backend : backends)
        std::printf(" %10s %19s", qPrintable(backend.name.left(10)), "p50 / p95");
    std::printf("\n");
    for (int i = 0; i < plan.clients; ++i) {
        std::printf("  %-8d", i + 1);
        for (const ClientsRun &run : runs) {
            if (run.clients.empty()) {
                std::printf(" %10s %19s", "-", "-");
                continue;
            }
            const ClientResult &client = run.clients[static_cast<std::size_t>(i)];
            std::printf(" %10lld %19s", static_cast<long long>(client.added.size()), qPrintable(percentiles(client.latency)));
        }
        std::printf("\n");
    }

    std::printf("  %-12s %7s %14s %17s %9s %14s %s\n", "all clients", "wall s", "annotations/s", "p50 / p95 ms",
                "failures", "of them locks", "stored = saved (nothing lost)");
    QList<double> throughput;
    for (std::size_t b = 0; b < runs.size(); ++b) {
        const ClientsRun &run = runs[b];
        Samples pooled;
        int failures = 0;
        int lockFailures = 0;
        QString firstError;
        for (const ClientResult &client : run.clients) {
            pooled.add(client.latency);
            failures += client.failures;
            lockFailures += client.lockFailures;
            if (firstError.isEmpty())
                firstError = client.firstError;
        }
        const double perSecond = run.wallSeconds > 0 ? static_cast<double>(run.added()) / run.wallSeconds : 0;
        throughput << perSecond;
        const bool nothingLost = run.missing == 0 && run.unexpected == 0 && !run.clients.empty();
        std::printf("  %-12s %7.2f %14.1f %17s %9d %14d %s: %lld saved, %lld stored (%lld before, %lld after)%s\n",
                    qPrintable(backends[static_cast<qsizetype>(b)].name.left(12)), run.wallSeconds, perSecond,
                    qPrintable(percentiles(pooled)), failures, lockFailures, nothingLost ? "yes" : "NO",
                    static_cast<long long>(run.added()), static_cast<long long>(run.storedAfter - run.storedBefore),
                    static_cast<long long>(run.storedBefore), static_cast<long long>(run.storedAfter),
                    nothingLost ? "" : qPrintable(u"; %1 saved but missing, %2 stored but never saved"_qs.arg(run.missing).arg(run.unexpected)));
        if (!firstError.isEmpty())
            std::printf("    first failure: %s\n", qPrintable(firstError.left(300)));
    }
    for (qsizetype b = 1; b < backends.size(); ++b)
        std::printf("  %-26s %14s   (annotations/s; below 1: fewer than SQLite)\n",
                    qPrintable(backends[b].name + u" / SQLite"_qs), qPrintable(ratio(throughput[b], throughput.first())));
}

} // namespace dokhae::bench
