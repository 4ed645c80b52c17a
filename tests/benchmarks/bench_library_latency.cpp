#include "bench_library_sections.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <cstdio>

namespace dokhae::bench {

namespace {

constexpr int kRuns = 3;  // of each scenario but the import, which runs once on each library
constexpr double kTargetMs = 50;  // issue 12: the GUI thread never blocked longer

struct Latency {
    Samples blockedMax;
    Samples blockedP99;
    Samples scenarioMs;
};

// One run of a scenario, with settings of its own: a scenario changes what the window remembers
// (the tab last shown, the window's layout), and every run must start as the first one did.
void runScenario(const Setup &setup, const QString &scenario, const QString &library, const QStringList &extra,
                 Latency &into)
{
    static const QRegularExpression figure(u"^(blocked_max_ms|blocked_p99_ms|scenario_ms) (\\d+)$"_qs,
                                           QRegularExpression::MultilineOption);
    Setup child = setup;
    child.work = setup.work + u"/latency/"_qs + scenario;
    QDir(child.work).removeRecursively();
    child.prepareFolders();
    const ProcessRun run = child.run(QStringList{QStringLiteral(DOKHAE_GUI_PATH), u"--db"_qs, library,
                                                 u"--measure-latency"_qs, scenario} + extra);
    for (auto match = figure.globalMatch(QString::fromUtf8(run.output)); match.hasNext();) {
        const QRegularExpressionMatch line = match.next();
        const double ms = line.captured(2).toDouble();
        if (line.captured(1) == u"blocked_max_ms"_qs)
            into.blockedMax.add(ms);
        else if (line.captured(1) == u"blocked_p99_ms"_qs)
            into.blockedP99.add(ms);
        else
            into.scenarioMs.add(ms);
    }
}

// The import runs into a copy of the four-seed library, so that every article of the corpus is new.
QString freshCopyOf(const Setup &setup, const QString &library)
{
    const QString copy = setup.work + u"/latency-import.sqlite"_qs;
    for (const QString &suffix : {u""_qs, u"-wal"_qs, u"-shm"_qs})
        QFile::remove(copy + suffix);
    QFile::copy(library, copy);
    return copy;
}

QString worstOf(const Latency &latency)
{
    if (latency.blockedMax.size() == 0)
        return u"failed"_qs;
    return QStringLiteral("%1 / %2 / %3")
        .arg(latency.blockedMax.percentile(1.0), 0, 'f', 0)
        .arg(latency.blockedP99.percentile(1.0), 0, 'f', 0)
        .arg(latency.scenarioMs.p50() / 1000, 0, 'f', 1);
}

bool meetsTarget(const Latency &latency)
{
    return latency.blockedMax.size() > 0 && latency.blockedMax.percentile(1.0) <= kTargetMs;
}

} // namespace

void measureLatency(const Setup &setup)
{
    struct Row {
        QString scenario;
        Latency ours;
        Latency seeds;
        bool withSeeds = true;
    };
    QList<Row> rows{{u"idle"_qs, {}, {}}, {u"search"_qs, {}, {}}, {u"entities"_qs, {}, {}}, {u"charts"_qs, {}, {}},
                    {u"import"_qs, {}, {}, false}};
    for (Row &row : rows) {
        if (row.scenario == u"import"_qs) {
            runScenario(setup, row.scenario, freshCopyOf(setup, setup.seedsLibrary()),
                        {u"--import-folder"_qs, setup.corpus()}, row.ours);
            continue;
        }
        for (int i = 0; i < kRuns; ++i) {
            runScenario(setup, row.scenario, setup.library(), {}, row.ours);
            runScenario(setup, row.scenario, setup.seedsLibrary(), {}, row.seeds);
        }
    }
    std::printf("\nGUI thread blocked, offscreen (dokhae --measure-latency SCENARIO: how late a 5 ms timer on the\n"
                "GUI thread is served; %d runs of each scenario, interleaved, worst run shown; the import once)\n"
                "  idle: the window left alone; search: five queries typed at 100 ms a key, then cleared;\n"
                "  entities: All Entities opened until it lists the library; charts: the Charts tab with\n"
                "  20 articles stepped through; import: the %d articles imported into a four-seed library\n",
                kRuns, setup.articles);
    std::printf("  %-10s %32s %32s %8s\n", "scenario",
                qPrintable(QStringLiteral("generated, %1: max/p99 ms, s").arg(setup.articles)),
                "the four seeds: max/p99 ms, s", "<= 50 ms");
    QStringList missed;
    for (const Row &row : rows) {
        std::printf("  %-10s %32s %32s %8s\n", qPrintable(row.scenario), qPrintable(worstOf(row.ours)),
                    row.withSeeds ? qPrintable(worstOf(row.seeds)) : "-", meetsTarget(row.ours) ? "yes" : "no");
        if (!meetsTarget(row.ours))
            missed << row.scenario;
    }
    std::printf("  target (the GUI thread never blocked over %.0f ms): %s\n", kTargetMs,
                missed.isEmpty() ? "met" : qPrintable(u"not met in "_qs + missed.join(u", "_qs)));
}

} // namespace dokhae::bench
