// EntityService: the effective catalog, one article's entities, and reading a text for an import.
// The library-wide views are in entity_service_library.cpp.
#include "store/entity_service.h"

#include "entities/entity_recognizer.h"
#include "store/dialect.h"
#include "store/entity_cache_rows.h"
#include "store/library.h"
#include "search/search_query.h"
#include "store/sql_statement.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace dokhae::store {

using entities::ArticleEntity;
using entities::Entity;
using entities::EntityCatalog;

namespace {

// Keeps a reading a view made, outside addArticle's transaction: in a write transaction of its own
// (a savepoint alone starts one in SQLite, but is refused outside a transaction by PostgreSQL), or
// in the batch the library is writing. It is a cache: when it cannot be written, the next view
// reads the text again.
void keepReading(const Library &library, const std::function<void()> &write)
{
    if (library.inBatch()) {
        write();
        return;
    }
    QSqlDatabase db = library.connection();
    QSqlError error;
    if (!dialectOf(db).beginWrite(db, &error)) {
        spdlog::warn("Entity cache not written: {}", error.text().toStdString());
        return;
    }
    write();
    if (!db.commit()) {
        spdlog::warn("Entity cache not written: {}", db.lastError().text().toStdString());
        db.rollback();
    }
}

} // namespace

EntityService::EntityService(const Library &library, const EntityCatalog *base)
    : m_library(library)
    , m_base(base)
    , m_recognizer([](const QString &text, const EntityCatalog &catalog) { return entities::recognizeEntities(text, catalog); })
{
}

void EntityService::setRecognizer(Recognizer recognizer)
{
    m_recognizer = std::move(recognizer);
}

std::shared_ptr<const EntityService::EffectiveCatalog> EntityService::effective() const
{
    QList<Entity> userEntries = m_library.userEntities();
    if (m_effective && m_effective->userEntries == userEntries)
        return m_effective;
    auto catalog = std::make_shared<EntityCatalog>(m_base ? *m_base : EntityCatalog::bundled());
    for (const Entity &entity : std::as_const(userEntries))
        catalog->add(entity);
    QString key = entity_cache_rows::catalogKey(*catalog);
    auto rebuilt = std::make_shared<const EffectiveCatalog>(EffectiveCatalog{std::move(userEntries), std::move(catalog), std::move(key)});
    if (m_effective)
        carryOverUnaffected(*m_effective, *rebuilt);
    m_effective = std::move(rebuilt);
    return m_effective;
}

void EntityService::carryOverUnaffected(const EffectiveCatalog &before, const EffectiveCatalog &after) const
{
    QSet<QString> changedIds;
    const auto collectChanged = [&changedIds](const QList<Entity> &from, const QList<Entity> &against) {
        for (const Entity &entry : from) {
            const bool same = std::any_of(against.cbegin(), against.cend(), [&entry](const Entity &other) { return other == entry; });
            if (!same)
                changedIds.insert(entry.id);
        }
    };
    collectChanged(before.userEntries, after.userEntries);
    collectChanged(after.userEntries, before.userEntries);
    // Every name the changed entities go by, before and after (a bundled entity an entry overrides
    // included): a text that names none of them reads the same with either catalog.
    QStringList names;
    for (const QString &id : std::as_const(changedIds)) {
        for (const EntityCatalog *catalog : {before.catalog.get(), after.catalog.get()}) {
            if (const Entity *entity = catalog->findById(id))
                names << entity->allNames();
        }
    }
    const QSqlDatabase database = m_library.connection();
    const Dialect &dialect = dialectOf(database);
    const QString anyName = dialect.matchAnyOf(names);
    if (anyName.isEmpty() || before.key == after.key)
        return;
    QSqlQuery query(database);
    if (!runStatement(query,
                      QStringLiteral("UPDATE entity_scans SET catalog_key = ? WHERE catalog_key = ? AND revision_id NOT IN "
                                     "(%1)").arg(dialect.matchingRevisionsSql()),
                      {after.key, before.key, anyName}))
        spdlog::warn("Stored entities not carried over to the corrected catalog (they will be read again): {}",
                     query.lastError().text().toStdString());
}

std::shared_ptr<const EntityCatalog> EntityService::catalog() const
{
    return effective()->catalog;
}

EntityService::Reading EntityService::read(const QString &text) const
{
    const std::shared_ptr<const EffectiveCatalog> current = effective();
    return {current->key, m_recognizer(text, *current->catalog)};
}

EntityService::TextReader EntityService::reader() const
{
    return [current = effective(), recognizer = m_recognizer](const QString &text) {
        return Reading{current->key, recognizer(text, *current->catalog)};
    };
}

void EntityService::store(qint64 revisionId, const Reading &reading) const
{
    entity_cache_rows::write(m_library.connection(), revisionId, reading.catalogKey, reading.found);
}

QList<ArticleEntity> EntityService::recognized(qint64 revisionId, const QString &text,
                                               const EffectiveCatalog &effective) const
{
    if (std::optional<QList<ArticleEntity>> stored = entity_cache_rows::read(m_library.connection(), revisionId, text, effective.key))
        return *stored;
    const Reading reading{effective.key, m_recognizer(text, *effective.catalog)};
    keepReading(m_library, [&] { store(revisionId, reading); });
    return reading.found;
}

std::optional<QList<ArticleEntity>> EntityService::articleEntities(qint64 articleId) const
{
    if (!m_library.isOpen())
        return std::nullopt;
    QSqlQuery query(m_library.connection());
    if (!runStatement(query, QStringLiteral("SELECT r.id, r.text FROM articles a JOIN revisions r ON r.id = a.current_revision "
                                            "WHERE a.id = ?"), {articleId})
        || !query.next())
        return std::nullopt;
    const qint64 revisionId = query.value(0).toLongLong();
    const QString text = query.value(1).toString();
    query.finish();
    const std::shared_ptr<const EffectiveCatalog> current = effective();
    return m_library.entityCorrections().apply(recognized(revisionId, text, *current), *current->catalog);
}

QList<ArticleEntity> EntityService::textEntities(const QString &text) const
{
    const std::shared_ptr<const EffectiveCatalog> current = effective();
    return m_library.entityCorrections().apply(m_recognizer(text, *current->catalog), *current->catalog);
}

} // namespace dokhae::store
