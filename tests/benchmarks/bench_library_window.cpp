#include "bench_library_sections.h"

#include <QRegularExpression>

#include <cstdio>
#include <optional>

namespace dokhae::bench {

namespace {

constexpr int kRuns = 5;

struct Paired {
    Samples ours;
    Samples baseline;
    double peakMb = 0;
};

// Our command and the baseline in turn, kRuns times.
Paired interleaved(const Setup &setup, const QStringList &ours, const QStringList &baseline)
{
    Paired paired;
    for (int i = 0; i < kRuns; ++i) {
        const ProcessRun run = setup.run(ours);
        paired.ours.add(run.wallMs);
        paired.peakMb = std::max(paired.peakMb, run.peakMb);
        if (!baseline.isEmpty())
            paired.baseline.add(setup.run(baseline).wallMs);
    }
    return paired;
}

QString ratioOf(const Paired &paired)
{
    return paired.baseline.size() == 0 ? u"-"_qs : QString::number(paired.ours.p50() / paired.baseline.p50(), 'f', 1);
}

// The window after scrolling its library list end to end (--measure-scroll), on this library and
// on the four seeds: the time the scroll took and the memory the window then holds.
void measureScroll(const Setup &setup)
{
    // What the window prints after scrolling its library list to the end (--measure-scroll).
    const auto figure = [](const QByteArray &output, const QString &name) {
        const QRegularExpression line(QStringLiteral("^%1 (\\d+)$").arg(name), QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(output));
        return match.hasMatch() ? std::optional<double>(match.captured(1).toDouble()) : std::nullopt;
    };
    struct Scrolled {
        Samples scrollMs;
        Samples rssMb;  // VmRSS once the list is at its end
        double peakMb = 0;  // VmHWM, the highest the window's resident set went
        int rows = 0;
    };
    const auto scroll = [&](const QString &library, Scrolled &into) {
        const ProcessRun run = setup.run({QStringLiteral(DOKHAE_GUI_PATH), u"--db"_qs, library, u"--measure-scroll"_qs});
        const auto ms = figure(run.output, u"scroll_ms"_qs);
        const auto rss = figure(run.output, u"rss_mb"_qs);
        if (!ms || !rss)
            return;
        into.scrollMs.add(*ms);
        into.rssMb.add(*rss);
        into.peakMb = std::max(into.peakMb, figure(run.output, u"peak_rss_mb"_qs).value_or(0));
        into.rows = int(figure(run.output, u"rows"_qs).value_or(0));
    };
    Scrolled ours;
    Scrolled small;
    for (int i = 0; i < kRuns; ++i) {
        scroll(setup.library(), ours);
        scroll(setup.seedsLibrary(), small);
    }
    std::printf("\nwindow after scrolling the library list end to end, offscreen (dokhae --measure-scroll, %d runs each,\n"
                "interleaved; memory from /proc/self/status: VmRSS at the end, VmHWM the highest)\n", kRuns);
    std::printf("  %-26s %19s %7s %19s %12s\n", "library", "scroll_ms p50/p95", "rows", "rss_mb p50/p95", "peak_rss_mb");
    for (const auto &[name, scrolled] : {std::pair<QString, const Scrolled &>{QStringLiteral("generated, %1 articles").arg(setup.articles), ours},
                                         std::pair<QString, const Scrolled &>{u"the four seeds"_qs, small}})
        std::printf("  %-26s %19s %7d %19s %12.0f\n", qPrintable(name), qPrintable(percentiles(scrolled.scrollMs)), scrolled.rows,
                    qPrintable(percentiles(scrolled.rssMb)), scrolled.peakMb);
    if (small.rssMb.size() > 0 && ours.rssMb.size() > 0)
        std::printf("  ratio of rss_mb p50        %19.1f\n", ours.rssMb.p50() / small.rssMb.p50());
}

} // namespace

void measureCommands(const Setup &setup)
{
    const QString id = QString::number(std::max(1, setup.articles / 2));
    const bool haveSqlite = onPath(u"sqlite3"_qs);
    const auto sqlite = [&](const QStringList &arguments) {
        return haveSqlite ? QStringList{u"sqlite3"_qs} + arguments : QStringList();
    };
    // The same rows as the command reads, straight from the file.
    const QStringList textOfOne = sqlite({setup.library(), u"SELECT r.title, r.text FROM articles a JOIN revisions r "
                                                           "ON r.id = a.current_revision WHERE a.id = "_qs + id});
    const QStringList allRows = sqlite({u"-json"_qs, setup.library(),
                                        u"SELECT a.id, a.source_file, r.sha256, r.title, r.author, r.source, r.published "
                                        "FROM articles a JOIN revisions r ON r.id = a.current_revision ORDER BY a.id"_qs});
    const QList<std::pair<QString, Paired>> rows{
        {u"show "_qs + id, interleaved(setup, setup.cli(setup.library(), {u"show"_qs, id}), textOfOne)},
        {u"figures "_qs + id, interleaved(setup, setup.cli(setup.library(), {u"figures"_qs, id}), textOfOne)},
        {u"entities "_qs + id, interleaved(setup, setup.cli(setup.library(), {u"entities"_qs, id}), textOfOne)},
        {u"list --json"_qs, interleaved(setup, setup.cli(setup.library(), {u"list"_qs, u"--json"_qs}), allRows)},
    };
    std::printf("\ndokhae-cli commands (whole processes, %d runs each, interleaved with sqlite3 reading the same rows:\n"
                "the article's text for show, figures and entities; every row as JSON for list)%s\n",
                kRuns, haveSqlite ? "" : "\n  sqlite3 is not installed: no baseline");
    std::printf("  %-19s %19s %19s %7s %9s\n", "command", "ours p50/p95 ms", "sqlite3 p50/p95", "ratio", "peak MB");
    for (const auto &[name, paired] : rows)
        std::printf("  %-19s %19s %19s %7s %9.0f\n", qPrintable(name), qPrintable(percentiles(paired.ours)),
                    qPrintable(percentiles(paired.baseline)), qPrintable(ratioOf(paired)), paired.peakMb);
}

void measureStartup(const Setup &setup)
{
    static const QRegularExpression line(u"startup_ms (\\d+)"_qs);
    struct Start {
        Samples painted;  // startup_ms as the window prints it
        Samples process;  // spawn to exit
        double peakMb = 0;
    };
    const auto start = [&](const QString &library, Start &into) {
        const ProcessRun run = setup.run({QStringLiteral(DOKHAE_GUI_PATH), u"--db"_qs, library, u"--measure-startup"_qs});
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(run.output));
        if (match.hasMatch())
            into.painted.add(match.captured(1).toDouble());
        into.process.add(run.wallMs);
        into.peakMb = std::max(into.peakMb, run.peakMb);
    };
    Start ours;
    Start small;
    for (int i = 0; i < kRuns; ++i) {
        start(setup.library(), ours);
        start(setup.seedsLibrary(), small);
    }
    std::printf("\nwindow start, offscreen (dokhae --measure-startup, %d runs each, interleaved)\n", kRuns);
    std::printf("  %-26s %21s %21s %9s\n", "library", "startup_ms p50/p95", "process p50/p95 ms", "peak MB");
    std::printf("  %-26s %21s %21s %9.0f\n", qPrintable(QStringLiteral("generated, %1 articles").arg(setup.articles)),
                qPrintable(percentiles(ours.painted)), qPrintable(percentiles(ours.process)), ours.peakMb);
    std::printf("  %-26s %21s %21s %9.0f\n", "the four seeds", qPrintable(percentiles(small.painted)),
                qPrintable(percentiles(small.process)), small.peakMb);
    std::printf("  ratio of startup_ms p50    %21.1f\n", ours.painted.p50() / small.painted.p50());
    measureScroll(setup);
}

} // namespace dokhae::bench
