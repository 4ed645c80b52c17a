#include "store/entity_cache_rows.h"

#include "entities/entity_catalog.h"
#include "store/sql_statement.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <limits>

namespace dokhae::store::entity_cache_rows {

using entities::ArticleEntity;
using entities::Entity;
using entities::EntityCatalog;
using entities::Mention;

namespace {

// Part of every key: change it when the recognizer's answers change within one version number.
constexpr QLatin1String kCacheFormat("entities-1 " DOKHAE_VERSION);

QByteArray toJson(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QJsonObject entityToJson(const Entity &entity)
{
    return {{QStringLiteral("id"), entity.id},
            {QStringLiteral("type"), entities::entityTypeName(entity.type)},
            {QStringLiteral("ko"), entity.nameKo},
            {QStringLiteral("en"), entity.nameEn},
            {QStringLiteral("hanzi"), entity.hanzi},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(entity.aliases)},
            {QStringLiteral("wikidata"), entity.wikidata},
            {QStringLiteral("catalog"), entity.fromCatalog}};
}

Entity entityFromJson(const QJsonObject &o)
{
    Entity entity;
    entity.id = o.value(QLatin1String("id")).toString();
    entities::entityTypeFromName(o.value(QLatin1String("type")).toString(), &entity.type);
    entity.nameKo = o.value(QLatin1String("ko")).toString();
    entity.nameEn = o.value(QLatin1String("en")).toString();
    entity.hanzi = o.value(QLatin1String("hanzi")).toString();
    for (const QJsonValue &alias : o.value(QLatin1String("aliases")).toArray())
        entity.aliases.append(alias.toString());
    entity.wikidata = o.value(QLatin1String("wikidata")).toString();
    entity.fromCatalog = o.value(QLatin1String("catalog")).toBool();
    return entity;
}

// UTF-16 spans only: the mention's text is the reading text's, sliced again when read.
QJsonArray mentionsToJson(const QList<Mention> &mentions)
{
    QJsonArray array;
    for (const Mention &mention : mentions)
        array.append(QJsonArray{mention.start, mention.end});
    return array;
}

QList<Mention> mentionsFromJson(const QJsonArray &array, const QString &text)
{
    QList<Mention> mentions;
    for (const QJsonValue &span : array) {
        const qsizetype start = span[0].toInteger(), end = span[1].toInteger();
        if (0 <= start && start < end && end <= text.size())
            mentions.append({start, end, text.mid(start, end - start)});
    }
    return mentions;
}

// The spans of mentionsToJson's array, [[start,end],...], read as the numbers in it, in pairs:
// a library-wide view reads a million of them, and a JSON document per row cost most of its time.
QList<Mention> mentionSpans(const QByteArray &json)
{
    QList<Mention> mentions;
    qint64 numbers[2] = {0, 0};
    int have = 0;
    qint64 value = -1;
    for (const char c : json) {
        if (c >= '0' && c <= '9') {
            value = (value < 0 ? 0 : value * 10) + (c - '0');
            if (value > std::numeric_limits<int>::max())
                return mentions;  // not a span this library wrote
            continue;
        }
        if (value >= 0) {
            numbers[have++] = value;
            value = -1;
        }
        if (have == 2) {
            if (numbers[0] < numbers[1])
                mentions.append({numbers[0], numbers[1], QString()});
            have = 0;
        }
    }
    return mentions;
}

} // namespace

QString catalogKey(const EntityCatalog &catalog)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(kCacheFormat.data(), kCacheFormat.size()));
    for (const Entity &entity : catalog.entities())
        hash.addData(toJson(entityToJson(entity)));
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<QList<ArticleEntity>> read(const QSqlDatabase &db, qint64 revisionId, const QString &text,
                                         const QString &key)
{
    QSqlQuery query(db);
    if (!runStatement(query, QStringLiteral("SELECT catalog_key FROM entity_scans WHERE revision_id = ?"), {revisionId})
        || !query.next() || query.value(0).toString() != key)
        return std::nullopt;
    if (!runStatement(query, QStringLiteral("SELECT entity, mentions FROM article_entities WHERE revision_id = ? ORDER BY position"),
                      {revisionId}))
        return std::nullopt;
    QList<ArticleEntity> found;
    while (query.next()) {
        found.append({entityFromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object()),
                      mentionsFromJson(QJsonDocument::fromJson(query.value(1).toByteArray()).array(), text)});
    }
    return found;
}

// Inside a transaction: addArticle's, a batch's, or one of its own (a savepoint, so that a failure
// undoes the cache rows alone).
void write(const QSqlDatabase &db, qint64 revisionId, const QString &key, const QList<ArticleEntity> &found)
{
    QSqlQuery query(db);
    bool ok = query.exec(QStringLiteral("SAVEPOINT entity_cache"));
    if (!ok) {
        spdlog::warn("Entity cache not written: {}", errorDetail(query.lastError()).toStdString());
        return;
    }
    const auto exec = [&query, &ok](const QString &sql, const QVariantList &values) {
        ok = ok && runStatement(query, sql, values);
    };
    exec(QStringLiteral("DELETE FROM entity_scans WHERE revision_id = ?"), {revisionId});
    exec(QStringLiteral("INSERT INTO entity_scans (revision_id, catalog_key) VALUES (?, ?)"), {revisionId, key});
    for (qsizetype i = 0; i < found.size(); ++i) {
        exec(QStringLiteral("INSERT INTO article_entities (revision_id, position, entity_id, entity, mentions) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {revisionId, i, found[i].entity.id, QString::fromUtf8(toJson(entityToJson(found[i].entity))),
              QString::fromUtf8(toJson(mentionsToJson(found[i].mentions)))});
    }
    if (!ok) {
        spdlog::warn("Entity cache not written: {}", errorDetail(query.lastError()).toStdString());
        query.exec(QStringLiteral("ROLLBACK TO entity_cache"));
    }
    query.exec(QStringLiteral("RELEASE entity_cache"));
}

bool forEachCurrentReading(const QSqlDatabase &db, const QStringList *onlyEntityIds, const ReadingVisitor &visit,
                           QSqlError *error)
{
    QString sql = QStringLiteral("SELECT a.id, r.title, e.entity, e.mentions FROM articles a "
                                 "JOIN revisions r ON r.id = a.current_revision "
                                 "JOIN article_entities e ON e.revision_id = r.id ");
    QVariantList values;
    if (onlyEntityIds) {
        sql += QStringLiteral("WHERE e.entity_id IN (%1) ").arg(QStringList(onlyEntityIds->size(), QStringLiteral("?")).join(u','));
        for (const QString &id : *onlyEntityIds)
            values << id;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!runStatement(query, sql + QStringLiteral("ORDER BY a.id, e.position"), values)) {
        if (error)
            *error = query.lastError();
        return false;
    }
    qint64 articleId = 0;
    QString title;
    QList<ArticleEntity> found;
    // A catalog entity's record is stored alike in every article that names it: parsed once.
    QHash<QByteArray, Entity> parsed;
    while (query.next()) {
        const qint64 rowArticle = query.value(0).toLongLong();
        if (rowArticle != articleId) {
            if (articleId != 0)
                visit(articleId, title, found);
            articleId = rowArticle;
            title = query.value(1).toString();
            found.clear();
        }
        const QByteArray record = query.value(2).toByteArray();
        auto entity = parsed.constFind(record);
        if (entity == parsed.constEnd())
            entity = parsed.insert(record, entityFromJson(QJsonDocument::fromJson(record).object()));
        found.append({*entity, mentionSpans(query.value(3).toByteArray())});
    }
    if (articleId != 0)
        visit(articleId, title, found);
    return true;
}

} // namespace dokhae::store::entity_cache_rows
