#pragma once

#include "entities/entity_catalog.h"
#include "entities/entity_discovery.h"
#include "entities/text_words.h"

#include <optional>

// Shared by the discovery rules; not part of the engine's interface.
namespace dokhae::entities::discovery {

struct Input {
    const QString &text;
    const QList<Word> words;
    const EntityCatalog &catalog;

    // Whether nothing but spaces (no line break) separates word `index` from the next one.
    bool joinedToNext(qsizetype index) const;
    bool isKnownName(QStringView name) const { return catalog.findByName(name) != nullptr; }
    std::optional<EntityType> knownType(QStringView name) const;
    // The type announced by classifier nouns in the one or two words before `index`.
    std::optional<EntityType> classBefore(qsizetype index) const;
    // … and in the one or two words starting at `index`.
    std::optional<EntityType> classAfter(qsizetype index) const;
};

// A word that may be part of a name: letters and digits only, not a stop word, a title, or a
// word with a particle or a modifier ending.
bool isNameLikeWord(QStringView core);

void findParenthesized(const Input &input, QList<DiscoveredName> &found);
void findQuotedAndBracketed(const Input &input, QList<DiscoveredName> &found);
void findByTitles(const Input &input, QList<DiscoveredName> &found);
void findBySuffixes(const Input &input, QList<DiscoveredName> &found);
void findAcronymsAndVersions(const Input &input, QList<DiscoveredName> &found);

} // namespace dokhae::entities::discovery
