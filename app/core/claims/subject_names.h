#pragma once

#include "entities/entity_catalog.h"
#include "store/entity_corrections.h"

#include <QString>

#include <memory>

namespace dokhae::claims {

// Which subjects are the same thing however they are written (중국, China, 中国, 中): a subject
// the catalog knows, by any of its names and after the analyst's merges, is its entity; any other
// subject is its name compared as entity names are (entities::nameKey), particles stripped.
class SubjectNames
{
public:
    // `catalog` must outlive this (the bundled one does); the shared one is kept alive by it.
    SubjectNames(const entities::EntityCatalog &catalog, store::EntityCorrections corrections = {});
    SubjectNames(std::shared_ptr<const entities::EntityCatalog> catalog, store::EntityCorrections corrections);

    // "entity:<id>" or "name:<name key>"; empty for an empty subject.
    QString key(const QString &subject) const;
    // The catalog entity a subject names, after merges; nullptr for a name the catalog lacks.
    const entities::Entity *entity(const QString &subject) const;

private:
    std::shared_ptr<const entities::EntityCatalog> m_owned;
    const entities::EntityCatalog *m_catalog;
    store::EntityCorrections m_corrections;
};

} // namespace dokhae::claims
