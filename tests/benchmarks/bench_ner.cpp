// The name tagger's cost: entity recognition of the four seeds, article by article as an import
// runs it, with and without the tagger (bundled catalog and rules in both), in seconds per MB of
// UTF-8 (best of five rounds) and their ratio; and the one-time load of the model. Not a test:
// run it by hand (bench_ner [rounds]).
#include "entities/entity_catalog.h"
#include "entities/entity_recognizer.h"
#include "entity_expectations.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>

using namespace dokhae;

namespace {

double secondsPerMegabyte(const QStringList &texts, const entities::RecognizeOptions &options, int rounds)
{
    const entities::EntityCatalog catalog = entities::EntityCatalog::bundled();
    qsizetype bytes = 0;
    for (const QString &text : texts)
        bytes += text.toUtf8().size();
    double best = -1;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (int r = 0; r < rounds; ++r) {
            for (const QString &text : texts)
                entities::recognizeEntities(text, catalog, options);
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        best = best < 0 ? seconds : std::min(best, seconds);
    }
    return best / (double(bytes) * rounds / 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    QStringList texts;
    const QDir seeds(QStringLiteral(DOKHAE_SEEDS_DIR));
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}))
        texts.append(readingTextOf(seeds.filePath(name)));

    QElapsedTimer load;
    load.start();
    const entities::NerTagger *tagger = entities::NerTagger::shared();
    const double loadSeconds = double(load.nsecsElapsed()) / 1e9;
    if (!tagger) {
        std::fprintf(stderr, "the bundled name tagger model did not load\n");
        return 1;
    }
    entities::RecognizeOptions without;
    without.tagger = nullptr;
    entities::RecognizeOptions with;
    with.tagger = tagger;
    const double plain = secondsPerMegabyte(texts, without, rounds);
    const double tagged = secondsPerMegabyte(texts, with, rounds);
    std::printf("model load (once): %.3f s\n", loadSeconds);
    std::printf("recognition of %lld seeds x %d rounds:\n", qlonglong(texts.size()), rounds);
    std::printf("  catalog + rules           %7.3f s/MB\n", plain);
    std::printf("  catalog + rules + tagger  %7.3f s/MB\n", tagged);
    std::printf("ratio with / without tagger: %.2f\n", tagged / plain);
    return 0;
}
