// Library: what recognition makes of the articles once the analyst's corrections are applied.
// Corrections are applied when a view is asked for, never stored into the mentions, which is how
// a correction reaches every article, imported before or after it.
#include "store/library.h"

#include "entities/name_key.h"
#include "store/sqlite_dialect.h"
#include "store/sql_statement.h"

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

EntityCatalog Library::effectiveCatalog() const
{
    return effectiveCatalog(EntityCatalog::bundled());
}

EntityCatalog Library::effectiveCatalog(const EntityCatalog &base) const
{
    EntityCatalog catalog = base;
    for (const Entity &entity : userEntities())
        catalog.add(entity);
    return catalog;
}

std::optional<QList<ArticleEntity>> Library::articleEntities(qint64 articleId) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(db());
    if (!runStatement(query, QStringLiteral("SELECT r.id, r.text FROM articles a JOIN revisions r ON r.id = a.current_revision "
                                            "WHERE a.id = ?"), {articleId})
        || !query.next())
        return std::nullopt;
    const qint64 revisionId = query.value(0).toLongLong();
    const QString text = query.value(1).toString();
    query.finish();
    const EntityCatalog catalog = effectiveCatalog();
    const QList<ArticleEntity> found = recognizedEntities(revisionId, text, catalog, entityCatalogKey(catalog));
    return entityCorrections().apply(found, catalog);
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
bool Library::scanEntities(const EntityCatalog &catalog, const LibraryScanFn &visit) const
{
    if (!isOpen())
        return false;
    const QString key = entityCatalogKey(catalog);
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT a.id, r.id, r.title, r.text FROM articles a "
                                   "JOIN revisions r ON r.id = a.current_revision ORDER BY a.id"))) {
        setQueryError(QCoreApplication::translate("Library", "Could not read the articles"), query.lastError());
        return false;
    }
    while (query.next()) {
        visit(query.value(0).toLongLong(), query.value(2).toString(),
              recognizedEntities(query.value(1).toLongLong(), query.value(3).toString(), catalog, key));
    }
    return true;
}

QList<LibraryEntity> Library::libraryEntities() const
{
    const EntityCatalog catalog = effectiveCatalog();
    const EntityCorrections corrections = entityCorrections();
    LibraryScan scan(catalog, corrections);
    scanEntities(catalog, [&scan](qint64 id, const QString &title, const QList<ArticleEntity> &found) {
        scan.add(id, title, found);
    });
    scan.sort();
    return scan.entities;
}

std::optional<LibraryEntity> Library::findEntity(const QString &name) const
{
    const EntityCatalog catalog = effectiveCatalog();
    const EntityCorrections corrections = entityCorrections();
    LibraryScan scan(catalog, corrections);
    if (!scanEntities(catalog, [&scan](qint64 id, const QString &title, const QList<ArticleEntity> &found) {
            scan.add(id, title, found);
        }))
        return std::nullopt;
    scan.sort();

    const Entity *known = catalog.findByName(name);
    const QString id = known ? corrections.resolve(known->id) : scan.idByNameKey.value(entities::nameKey(name));
    if (id.isEmpty())
        return std::nullopt;
    for (const LibraryEntity &entry : std::as_const(scan.entities)) {
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
