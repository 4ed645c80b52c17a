// EntityService: the library-wide views, what recognition makes of every article once the
// analyst's corrections are applied. Corrections are applied when a view is asked for, never
// stored into the mentions, which is how a correction reaches every article, imported before or
// after it.
#include "store/entity_service.h"

#include "entities/entity_recognizer.h"
#include "entities/name_key.h"
#include "store/entity_cache_rows.h"
#include "store/library.h"
#include "store/sql_statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

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
    LibraryScan(const EntityCatalog &catalog, const EntityCorrections &corrections, bool learnNames)
        : catalog(catalog)
        , corrections(corrections)
        , learnNames(learnNames)
    {
    }

    const EntityCatalog &catalog;
    const EntityCorrections &corrections;
    const bool learnNames;  // fill idByNameKey: a name key per name per article is most of a scan's time
    QList<LibraryEntity> entities;
    QHash<QString, QString> idByNameKey;

    void add(qint64 articleId, const QString &title, const QList<ArticleEntity> &recognized)
    {
        for (const ArticleEntity &found : recognized) {
            if (!learnNames)
                break;
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
// When every stored reading is current, the stored mentions answer alone and no text is read;
// otherwise each article's text is read for its stale or missing reading.
bool EntityService::scanLibrary(const EffectiveCatalog &effective, const ScanVisitor &visit,
                                const QStringList *onlyEntityIds) const
{
    if (!m_library.isOpen())
        return false;
    const QString what = QCoreApplication::translate("Library", "Could not read the articles");
    if (onlyEntityIds || everyReadingCurrent(effective.key)) {
        QSqlError error;
        if (entity_cache_rows::forEachCurrentReading(m_library.connection(), onlyEntityIds, visit, &error))
            return true;
        m_library.setQueryError(what, error);
        return false;
    }
    // The articles first, then one text at a time: recognized() reads and writes on this
    // connection, which would cut short a result still being read (PostgreSQL's driver streams a
    // forward-only result over the connection), and one text in memory at a time keeps a large
    // library's scan small.
    struct Current {
        qint64 articleId;
        qint64 revisionId;
        QString title;
    };
    std::vector<Current> articles;
    QSqlQuery query(m_library.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT a.id, r.id, r.title FROM articles a "
                                   "JOIN revisions r ON r.id = a.current_revision ORDER BY a.id"))) {
        m_library.setQueryError(what, query.lastError());
        return false;
    }
    while (query.next())
        articles.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()});
    query.finish();
    for (const Current &article : articles) {
        if (!runStatement(query, QStringLiteral("SELECT text FROM revisions WHERE id = ?"), {article.revisionId})) {
            m_library.setQueryError(what, query.lastError());
            return false;
        }
        if (!query.next())
            continue;  // gone since the list was read
        const QString text = query.value(0).toString();
        query.finish();
        visit(article.articleId, article.title, recognized(article.revisionId, text, effective));
    }
    return true;
}

bool EntityService::everyReadingCurrent(const QString &catalogKey) const
{
    QSqlQuery query(m_library.connection());
    return runStatement(query,
                        QStringLiteral("SELECT (SELECT COUNT(*) FROM entity_scans s JOIN articles a ON a.current_revision = s.revision_id "
                                       "WHERE s.catalog_key = ?) = (SELECT COUNT(*) FROM articles WHERE current_revision > 0)"),
                        {catalogKey})
           && query.next() && query.value(0).toBool();
}

std::optional<QList<LibraryEntity>> EntityService::collect(const EffectiveCatalog &effective,
                                                           const EntityCorrections &corrections,
                                                           QHash<QString, QString> *idByNameKey,
                                                           const QStringList *onlyEntityIds) const
{
    LibraryScan scan(*effective.catalog, corrections, idByNameKey != nullptr);
    if (!scanLibrary(effective, [&scan](qint64 id, const QString &title, const QList<ArticleEntity> &found) {
            scan.add(id, title, found);
        }, onlyEntityIds))
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
    const Entity *known = catalog.findByName(name);
    const auto entryOf = [](const QList<LibraryEntity> &entries, const QString &id) -> const LibraryEntity * {
        const auto found = std::find_if(entries.cbegin(), entries.cend(), [&id](const LibraryEntity &entry) { return entry.entity.id == id; });
        return found == entries.cend() ? nullptr : &*found;
    };

    // The articles that name the entity, found by the index of stored mentions when every stored
    // reading is current: a catalog entity, or a discovered one by the name it was found under.
    // Any other name (a discovered entity's second spelling) is learned from reading them all.
    const QString likelyId = corrections.resolve(known ? known->id : entities::discoveredEntityId(name));
    const bool readingsCurrent = everyReadingCurrent(current->key);
    if (readingsCurrent) {
        const QStringList ids = corrections.mergedInto(likelyId);
        const std::optional<QList<LibraryEntity>> naming = collect(*current, corrections, nullptr, &ids);
        if (!naming)
            return std::nullopt;
        if (const LibraryEntity *entry = entryOf(*naming, likelyId))
            return *entry;
    }
    // A catalog entity the index found in no article is mentioned nowhere (or hidden): no need to
    // read every article to learn that.
    QHash<QString, QString> idByNameKey;
    const std::optional<QList<LibraryEntity>> mentioned = known && readingsCurrent
                                                              ? std::optional<QList<LibraryEntity>>(QList<LibraryEntity>())
                                                              : collect(*current, corrections, &idByNameKey);
    if (!mentioned)
        return std::nullopt;
    const QString id = known ? likelyId : idByNameKey.value(entities::nameKey(name));
    if (id.isEmpty())
        return std::nullopt;
    if (const LibraryEntity *entry = entryOf(*mentioned, id))
        return *entry;
    // Known but mentioned nowhere (or hidden): the entity, without articles.
    const Entity *target = catalog.findById(id);
    if (!target && !known)
        return std::nullopt;
    LibraryEntity entry{target ? *target : *known, {}};
    entry.entity.id = id;
    return entry;
}

} // namespace dokhae::store
