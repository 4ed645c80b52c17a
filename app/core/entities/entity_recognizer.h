#pragma once

#include "entities/entity.h"
#include "entities/tagger/ner_tagger.h"

#include <QList>
#include <QString>

namespace dokhae::entities {

class EntityCatalog;

struct RecognizeOptions {
    bool discover = true; // false: catalog matches only (no rules, no tagger)
    // The statistical tagger whose names join the rules' (nullptr: none); by default the bundled
    // model, loaded on first use, or nullptr when it cannot be loaded.
    const NerTagger *tagger = NerTagger::shared();
};

// The entities a reading text names, each with its mentions (UTF-16 spans without particles).
//
// Catalog names and the names discovery finds are matched together, longest first, at word starts
// (see NameMatcher). Names the text ties together — a Korean name and its original in parentheses,
// a discovered name and a catalog alias — become one entity, so 큐원(Qwen) and a later 큐웬 are one
// Qwen; a product keeps its own entry when the text names it apart from its maker (딥시크 V3).
// Discovered entities get the id "discovered:<name key>" and fromCatalog == false.
//
// The tagger's names come last and never override: a name it finds where a catalog or rule name
// already matches is dropped, and a spelling the catalog (the analyst's entries included) knows
// keeps the catalog's entity and type. What it adds is matched like any discovered name.
//
// Sorted by sortArticleEntities (entity.h).
QList<ArticleEntity> recognizeEntities(const QString &readingText, const EntityCatalog &catalog,
                                       const RecognizeOptions &options = {});

// "discovered:" + nameKey(name): the id a discovered entity of that name gets.
QString discoveredEntityId(const QString &name);

} // namespace dokhae::entities
