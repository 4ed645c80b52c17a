// Library: the analyst's entity corrections (user catalog entries, hidden entities, merges).
// What recognition makes of them is in library_entity_view.cpp.
#include "store/library.h"

#include "store/offline_corrections.h"
#include "store/sqlite_dialect.h"
#include "text/text_normalizer.h"
#include "store/sql_statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

namespace dokhae::store {

using entities::Entity;

namespace {

// Aliases are stored as a JSON array: any character, '|' included, survives the round trip.
QString aliasesToText(const QStringList &aliases)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(aliases)).toJson(QJsonDocument::Compact));
}

QStringList aliasesFromText(const QString &text)
{
    QStringList aliases;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        aliases.append(value.toString());
    return aliases;
}

// The columns are NOT NULL; an absent name is an empty string, not a null one.
QString clean(const QString &value)
{
    const QString result = text::toNfc(value.trimmed());
    return result.isNull() ? QStringLiteral("") : result;
}

// The catalog compares names after NFC; stored names are NFC too, so what the sidebar shows is
// what matching used.
Entity normalized(const Entity &entity)
{
    Entity result = entity;
    result.id = entity.id.trimmed();
    result.nameKo = clean(entity.nameKo);
    result.nameEn = clean(entity.nameEn);
    result.hanzi = clean(entity.hanzi);
    result.wikidata = clean(entity.wikidata);
    result.aliases.clear();
    for (const QString &alias : entity.aliases) {
        const QString name = clean(alias);
        if (!name.isEmpty() && !result.aliases.contains(name))
            result.aliases.append(name);
    }
    result.fromCatalog = true;
    return result;
}

const QString kUserEntityColumns = QStringLiteral("id, type, name_ko, name_en, hanzi, aliases, wikidata");

Entity userEntityFrom(const QSqlQuery &query)
{
    Entity entity;
    entity.id = query.value(0).toString();
    if (!entities::entityTypeFromName(query.value(1).toString(), &entity.type))
        entity.type = entities::EntityType::Organization;
    entity.nameKo = query.value(2).toString();
    entity.nameEn = query.value(3).toString();
    entity.hanzi = query.value(4).toString();
    entity.aliases = aliasesFromText(query.value(5).toString());
    entity.wikidata = query.value(6).toString();
    entity.fromCatalog = true;
    return entity;
}

} // namespace

QList<Entity> Library::userEntities() const
{
    QList<Entity> result;
    if (!isOpen())
        return result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!runStatement(query, QStringLiteral("SELECT %1 FROM user_entities ORDER BY id").arg(kUserEntityColumns))) {
        setQueryError(QCoreApplication::translate("Library", "Could not read the user's entities"), query.lastError());
        return m_offlineCorrections && !answers() ? m_offlineCorrections->userEntities() : result;
    }
    while (query.next())
        result.append(userEntityFrom(query));
    if (m_offlineCorrections)
        m_offlineCorrections->rememberUserEntities(result);
    return result;
}

std::optional<Entity> Library::userEntity(const QString &id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(db());
    if (!runStatement(query, QStringLiteral("SELECT %1 FROM user_entities WHERE id = ?").arg(kUserEntityColumns), {id})
        || !query.next())
        return std::nullopt;
    return userEntityFrom(query);
}

bool Library::saveUserEntity(const Entity &entity)
{
    const QString what = QCoreApplication::translate("Library", "Could not save the entity");
    const Entity entry = normalized(entity);
    if (entry.id.isEmpty() || (entry.nameKo.isEmpty() && entry.nameEn.isEmpty())) {
        m_lastError = QCoreApplication::translate("Library", "An entity needs an id and a Korean or English name.");
        return false;
    }
    return write(what, QStringLiteral("INSERT INTO user_entities (id, type, name_ko, name_en, hanzi, aliases, wikidata, "
                                      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                      "type = excluded.type, name_ko = excluded.name_ko, name_en = excluded.name_en, "
                                      "hanzi = excluded.hanzi, aliases = excluded.aliases, wikidata = excluded.wikidata, "
                                      "updated_at = excluded.updated_at"),
                 {entry.id, entities::entityTypeName(entry.type), entry.nameKo, entry.nameEn, entry.hanzi,
                  aliasesToText(entry.aliases), entry.wikidata, utcTimestamp()})
        || keptOffline({PendingCorrection::Kind::SaveEntity, entry.id, {}, entry});
}

bool Library::removeUserEntity(const QString &id)
{
    return write(QCoreApplication::translate("Library", "Could not remove the entity"),
                 QStringLiteral("DELETE FROM user_entities WHERE id = ?"), {id})
        || keptOffline({PendingCorrection::Kind::RemoveEntity, id, {}, {}});
}

bool Library::setEntityHidden(const QString &id, bool hidden)
{
    const QString what = QCoreApplication::translate("Library", "Could not hide or show the entity");
    const bool written =
        hidden ? write(what, QStringLiteral("INSERT INTO entity_hidden (id, hidden_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING"),
                       {id, utcTimestamp()})
               : write(what, QStringLiteral("DELETE FROM entity_hidden WHERE id = ?"), {id});
    return written || keptOffline({hidden ? PendingCorrection::Kind::Hide : PendingCorrection::Kind::Show, id, {}, {}});
}

bool Library::mergeEntities(const QString &fromId, const QString &intoId)
{
    EntityCorrections corrections = entityCorrections();
    corrections.merges.remove(fromId);
    if (fromId.isEmpty() || intoId.isEmpty() || corrections.resolve(intoId) == fromId) {
        m_lastError = QCoreApplication::translate("Library", "%1 cannot be merged into %2: that would merge it into itself.")
                          .arg(fromId, intoId);
        return false;
    }
    return write(QCoreApplication::translate("Library", "Could not merge the entities"),
                 QStringLiteral("INSERT INTO entity_merges (from_id, into_id, merged_at) VALUES (?, ?, ?) ON CONFLICT (from_id) "
                                "DO UPDATE SET into_id = excluded.into_id, merged_at = excluded.merged_at"),
                 {fromId, intoId, utcTimestamp()})
        || keptOffline({PendingCorrection::Kind::Merge, fromId, intoId, {}});
}

bool Library::unmerge(const QString &fromId)
{
    return write(QCoreApplication::translate("Library", "Could not undo the merge"),
                 QStringLiteral("DELETE FROM entity_merges WHERE from_id = ?"), {fromId})
        || keptOffline({PendingCorrection::Kind::Unmerge, fromId, {}, {}});
}

bool Library::answers() const
{
    if (!isOpen())
        return false;
    QSqlDatabase database = db();
    return connectionAnswers(database);
}

bool Library::keptOffline(const PendingCorrection &correction)
{
    if (!m_offlineCorrections
        || !keptWhileAway(*this, [&](QString *error) { return m_offlineCorrections->record(correction, error); }, &m_lastError))
        return false;
    m_storageFailure = StorageFailure::None;
    return true;
}

JournalSendReport Library::sendOfflineCorrections()
{
    // Detached while sending, so that a failed send is not kept again.
    OfflineCorrections *offline = std::exchange(m_offlineCorrections, nullptr);
    const JournalSendReport report = offline ? offline->send(*this) : JournalSendReport{};
    m_offlineCorrections = offline;
    return report;
}

EntityCorrections Library::entityCorrections() const
{
    EntityCorrections corrections;
    if (!isOpen())
        return corrections;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (runStatement(query, QStringLiteral("SELECT id FROM entity_hidden"))) {
        while (query.next())
            corrections.hidden.insert(query.value(0).toString());
    }
    if (runStatement(query, QStringLiteral("SELECT from_id, into_id FROM entity_merges"))) {
        while (query.next())
            corrections.merges.insert(query.value(0).toString(), query.value(1).toString());
    }
    const bool failed = query.lastError().isValid() || !query.isActive();
    if (failed)
        setQueryError(QCoreApplication::translate("Library", "Could not read the entity corrections"), query.lastError());
    if (m_offlineCorrections) {
        if (!failed)
            m_offlineCorrections->rememberCorrections(corrections);
        else if (!answers())
            return m_offlineCorrections->corrections();
    }
    return corrections;
}

// One statement, atomic by itself; a failure leaves the library as it was and says why.
bool Library::write(const QString &what, const QString &sql, const QVariantList &values)
{
    if (!isOpen()) {
        m_lastError = QCoreApplication::translate("Library", "No library is open.");
        return false;
    }
    QSqlQuery query(db());
    if (runStatement(query, sql, values))
        return true;
    setQueryError(what, query.lastError());
    return false;
}

} // namespace dokhae::store
