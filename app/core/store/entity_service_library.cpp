// EntityService: the library-wide views, what recognition makes of every article once the
// analyst's corrections are applied. Corrections are applied when a view is asked for, never
// stored into the mentions, which is how a correction reaches every article, imported before or
// after it.
#include "store/entity_service.h"

#include "entities/name_key.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace dokhae::store {

using entities::ArticleEntity;
using entities::Entity;
using entities::EntityCatalog;

int LibraryEntity::mentionCount() const
{
    int total = 0;
    for (const EntityArticle &article : articles)
        total += article.mentions;
    return total;
}

namespace {

// Every entity of every current revision, corrected. idByNameKey learns each recognized name
// (before merges) and the id it ends up under, so a merged-away spelling still finds its target.
class LibraryScan {
public:
    LibraryScan(const EntityCatalog &catalog, const EntityCorrections &corrections)
        : catalog(catalog)
        , corrections(corrections)
    {
    }

    const EntityCatalog &catalog;
    const EntityCorrections &corrections;
    QList<LibraryEntity> entities;
    QHash<QString, QString> idByNameKey;

    void add(qint64 articleId, const QString &title, const QList<ArticleEntity> &recognized)
    {
        for (const ArticleEntity &found : recognized) {
            for (const QString &name : found.entity.allNames())
                idByNameKey.insert(entities::nameKey(name), corrections.resolve(found.entity.id));
        }
        for (const ArticleEntity &found : corrections.apply(recognized, catalog)) {
            auto at = m_indexById.constFind(found.entity.id);
            if (at == m_indexById.constEnd()) {
                at = m_indexById.insert(found.entity.id, entities.size());
                entities.append(LibraryEntity{found.entity, {}});
            }
            entities[*at].articles.append({articleId, title, static_cast<int>(found.mentions.size())});
        }
    }

    void sort()
    {
        for (LibraryEntity &entry : entities) {
            std::stable_sort(entry.articles.begin(), entry.articles.end(),
                             [](const EntityArticle &a, const EntityArticle &b) { return a.mentions > b.mentions; });
        }
        std::stable_sort(entities.begin(), entities.end(), [](const LibraryEntity &a, const LibraryEntity &b) {
            return a.mentionCount() > b.mentionCount();
        });
    }

private:
    QHash<QString, qsizetype> m_indexById;
};

} // namespace

// Articles in id order, so that equal counts keep the library's order after the stable sorts.
bool EntityService::scanLibrary(const EffectiveCatalog &effective, const ScanVisitor &visit) const
{
    if (!m_library.isOpen())
        return false;
    QSqlQuery query(m_library.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT a.id, r.id, r.title, r.text FROM articles a "
                                   "JOIN revisions r ON r.id = a.current_revision ORDER BY a.id"))) {
        m_library.setQueryError(QCoreApplication::translate("Library", "Could not read the articles"), query.lastError());
        return false;
    }
    while (query.next()) {
        visit(query.value(0).toLongLong(), query.value(2).toString(),
              recognized(query.value(1).toLongLong(), query.value(3).toString(), effective));
    }
    return true;
}

std::optional<QList<LibraryEntity>> EntityService::collect(const EffectiveCatalog &effective,
                                                           const EntityCorrections &corrections,
                                                           QHash<QString, QString> *idByNameKey) const
{
    LibraryScan scan(*effective.catalog, corrections);
    if (!scanLibrary(effective, [&scan](qint64 id, const QString &title, const QList<ArticleEntity> &found) {
            scan.add(id, title, found);
        }))
        return std::nullopt;
    scan.sort();
    if (idByNameKey)
        *idByNameKey = std::move(scan.idByNameKey);
    return std::move(scan.entities);
}

QList<LibraryEntity> EntityService::libraryEntities() const
{
    return collect(*effective(), m_library.entityCorrections(), nullptr).value_or(QList<LibraryEntity>());
}

std::optional<LibraryEntity> EntityService::findEntity(const QString &name) const
{
    const std::shared_ptr<const EffectiveCatalog> current = effective();
    const EntityCatalog &catalog = *current->catalog;
    const EntityCorrections corrections = m_library.entityCorrections();
    QHash<QString, QString> idByNameKey;
    const std::optional<QList<LibraryEntity>> mentioned = collect(*current, corrections, &idByNameKey);
    if (!mentioned)
        return std::nullopt;

    const Entity *known = catalog.findByName(name);
    const QString id = known ? corrections.resolve(known->id) : idByNameKey.value(entities::nameKey(name));
    if (id.isEmpty())
        return std::nullopt;
    for (const LibraryEntity &entry : *mentioned) {
        if (entry.entity.id == id)
            return entry;
    }
    // Known but mentioned nowhere (or hidden): the entity, without articles.
    const Entity *target = catalog.findById(id);
    if (!target && !known)
        return std::nullopt;
    LibraryEntity entry{target ? *target : *known, {}};
    entry.entity.id = id;
    return entry;
}

} // namespace dokhae::store
