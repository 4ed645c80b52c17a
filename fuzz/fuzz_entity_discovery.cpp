// Entity discovery and recognition on a reading text, with an empty catalog (discovery alone) and
// with the bundled one: evidence spans and mentions inside the text, mentions in text order and
// reading what the text says there, every discovered name with a name and the rule that found it.

#include "fuzz_support.h"

#include "entities/entity_catalog.h"
#include "entities/entity_discovery.h"
#include "entities/entity_recognizer.h"
#include "text/text_normalizer.h"

using namespace dokhae::entities;
using dokhae::fuzz::isSpanOf;

namespace {

// Loaded once and only read afterwards, so no input sees state another left behind.
const EntityCatalog &bundledCatalog()
{
    static const EntityCatalog catalog = [] {
        EntityCatalog loaded;
        QString error;
        if (!loaded.loadFile(QStringLiteral(DOKHAE_ENTITY_CATALOG), &error)) {
            std::fprintf(stderr, "cannot load %s: %s\n", DOKHAE_ENTITY_CATALOG, qPrintable(error));
            std::abort();
        }
        return loaded;
    }();
    return catalog;
}

void checkDiscovered(const QString &text, const QList<DiscoveredName> &names)
{
    for (const DiscoveredName &name : names) {
        FUZZ_CHECK(isSpanOf(name.start, name.end, text.size()) && name.start < name.end);
        FUZZ_CHECK(!name.names().isEmpty() && !name.rule.isEmpty());
        for (const QString &spelling : name.names())
            FUZZ_CHECK(!spelling.trimmed().isEmpty());
    }
}

void checkRecognized(const QString &text, const QList<ArticleEntity> &entities)
{
    for (const ArticleEntity &found : entities) {
        qsizetype previousStart = -1;
        for (const Mention &mention : found.mentions) {
            FUZZ_CHECK(isSpanOf(mention.start, mention.end, text.size()) && mention.start < mention.end);
            FUZZ_CHECK(mention.start > previousStart); // in text order, no mention twice
            previousStart = mention.start;
            FUZZ_CHECK(mention.text == text.mid(mention.start, mention.end - mention.start));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    namespace text = dokhae::text;
    const QString reading = text::joinParagraphs(text::splitParagraphs(dokhae::fuzz::utf8Text(data, size)));
    const EntityCatalog empty;
    checkDiscovered(reading, discoverEntities(reading, empty));
    checkDiscovered(reading, discoverEntities(reading, bundledCatalog()));
    checkRecognized(reading, recognizeEntities(reading, bundledCatalog()));
    return 0;
}
