#pragma once

#include "entities/entity.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace dokhae::entities {
class EntityCatalog;
}

namespace dokhae::store {

// The analyst's hide and merge decisions, as the library keeps them (Library::entityCorrections).
// Renames, type changes and aliases are not here: they are user catalog entries, which the
// recognizer already sees through EntityService::catalog.
struct EntityCorrections {
    QSet<QString> hidden;          // entity ids that drop out of every view
    QHash<QString, QString> merges; // from id -> into id

    // The id an entity's mentions end up under: merges followed to their end (a cycle stops where
    // it would repeat, so a damaged table cannot hang a view).
    QString resolve(const QString &id) const;
    // The id itself and every id whose mentions end up under it.
    QStringList mergedInto(const QString &id) const;
    // Hidden itself or merged into a hidden entity.
    bool isHidden(const QString &id) const { return hidden.contains(id) || hidden.contains(resolve(id)); }

    // A recognize result with the decisions applied: merged entities' mentions join their target
    // (in text order, without duplicate spans), hidden entities drop out. A merge target the text
    // does not name itself takes its names from the catalog. Sorted by sortArticleEntities.
    QList<entities::ArticleEntity> apply(const QList<entities::ArticleEntity> &recognized,
                                         const entities::EntityCatalog &catalog) const;
};

} // namespace dokhae::store
