// Entity recognition (discovery with the bundled catalog, then matching) on one line naming N and
// 8N distinct organizations with their originals: seconds per MB at both and their ratio, about 1
// while recognition stays linear in the number of names (it was quadratic: 20,000 names, 1 MB,
// took 17 s). Not a test: run it by hand (bench_entities [N]).
#include "entities/entity_catalog.h"
#include "entities/entity_recognizer.h"
#include "many_names_text.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace dokhae;

namespace {

// Seconds per MB of UTF-8 (best of three), and how many entities were found.
double secondsPerMegabyte(int names, qsizetype &found)
{
    const QString text = test::manyNamesText(names);
    const double megabytes = double(text.toUtf8().size()) / 1e6;
    double best = -1;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        found = entities::recognizeEntities(text, entities::EntityCatalog::bundled()).size();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        best = best < 0 ? seconds : std::min(best, seconds);
    }
    return best / megabytes;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int names = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000;
    qsizetype small = 0, large = 0;
    const double atN = secondsPerMegabyte(names, small);
    const double at8N = secondsPerMegabyte(8 * names, large);
    std::printf("distinct parenthesized names on one line (N = %d):\n", names);
    std::printf("  N  %7.3f s/MB  %lld entities\n", atN, qlonglong(small));
    std::printf("  8N %7.3f s/MB  %lld entities\n", at8N, qlonglong(large));
    std::printf("ratio 8N / N: %.2f\n", at8N / atN);
    return 0;
}
