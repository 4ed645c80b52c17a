#include "store/annotation_rows.h"

#include "store/sql_statement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace dokhae::store::annotation_rows {

using annotations::Annotation;

namespace {

const QString kColumns = QStringLiteral(
    "a.id, a.article_id, a.revision_id, a.start, a.\"end\", a.exact, a.prefix, a.suffix, a.orphan, a.color, "
    "a.note, a.tags, a.author, a.created_at, a.modified_at");

QString tagsToJson(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QString &json)
{
    QStringList tags;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        tags << value.toString();
    return tags;
}

QString timestamp(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QString &text)
{
    QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    moment.setTimeSpec(Qt::UTC);
    return moment;
}

Annotation fromRow(const QSqlQuery &query)
{
    Annotation a;
    a.id = query.value(0).toString();
    a.articleId = query.value(1).toLongLong();
    a.revisionId = query.value(2).toLongLong();
    a.start = query.value(3).toLongLong();
    a.end = query.value(4).toLongLong();
    a.quote = {query.value(5).toString(), query.value(6).toString(), query.value(7).toString()};
    a.orphan = query.value(8).toInt() != 0;
    a.color = query.value(9).toString();
    a.note = query.value(10).toString();
    a.tags = tagsFromJson(query.value(11).toString());
    a.author = query.value(12).toString();
    a.created = fromTimestamp(query.value(13).toString());
    a.modified = fromTimestamp(query.value(14).toString());
    return a;
}

// Every column but the id, in the order both statements bind them.
QVariantList values(const Annotation &a)
{
    return {a.articleId, a.revisionId, qint64(a.start), qint64(a.end), textOrEmpty(a.quote.exact),
            textOrEmpty(a.quote.prefix), textOrEmpty(a.quote.suffix), a.orphan ? 1 : 0, textOrEmpty(a.color),
            textOrEmpty(a.note), tagsToJson(a.tags), textOrEmpty(a.author), timestamp(a.created), timestamp(a.modified)};
}

bool failed(const QSqlQuery &query, QString *error)
{
    if (error && error->isEmpty())
        *error = errorDetail(query.lastError());
    return false;
}

} // namespace

QList<Annotation> select(QSqlDatabase &db, const QString &condition, const QVariantList &bound, QString *error)
{
    QList<Annotation> found;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!runStatement(query, QStringLiteral("SELECT %1 FROM annotations a WHERE %2 ORDER BY a.article_id, a.orphan, "
                                            "a.start, a.\"end\", a.created_at, a.id")
                                 .arg(kColumns, condition),
                      bound)) {
        failed(query, error);
        return found;
    }
    while (query.next())
        found.append(fromRow(query));
    return found;
}

std::optional<CurrentRevision> currentRevision(QSqlDatabase &db, qint64 articleId, QString *error)
{
    QSqlQuery query(db);
    if (!runStatement(query, QStringLiteral("SELECT r.id, r.sha256, r.text FROM articles a JOIN revisions r "
                                            "ON r.id = a.current_revision WHERE a.id = ?"),
                      {articleId})) {
        failed(query, error);
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error = QCoreApplication::translate("Library", "there is no article %1").arg(articleId);
        return std::nullopt;
    }
    return CurrentRevision{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()};
}

std::optional<qint64> currentRevisionId(QSqlDatabase &db, qint64 articleId)
{
    QSqlQuery query(db);
    if (!runStatement(query, QStringLiteral("SELECT current_revision FROM articles WHERE id = ?"), {articleId}) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool insert(QSqlDatabase &db, Annotation &annotation, QString *error)
{
    QSqlQuery query(db);
    if (!runStatement(query, QStringLiteral("INSERT INTO annotations (id, article_id, revision_id, start, \"end\", exact, "
                                            "prefix, suffix, orphan, color, note, tags, author, created_at, modified_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING author"),
                      QVariantList{annotation.id} + values(annotation))
        || !query.next())
        return failed(query, error);
    annotation.author = query.value(0).toString();
    return true;
}

bool update(QSqlDatabase &db, const Annotation &annotation, QString *error)
{
    QSqlQuery query(db);
    if (!runStatement(query, QStringLiteral("UPDATE annotations SET article_id = ?, revision_id = ?, start = ?, "
                                            "\"end\" = ?, exact = ?, prefix = ?, suffix = ?, orphan = ?, color = ?, "
                                            "note = ?, tags = ?, author = ?, created_at = ?, modified_at = ? WHERE id = ?"),
                      values(annotation) + QVariantList{annotation.id}))
        return failed(query, error);
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = QCoreApplication::translate("Library", "there is no annotation %1").arg(annotation.id);
        return false;
    }
    return true;
}

bool remove(QSqlDatabase &db, const QString &id, QString *error)
{
    QSqlQuery query(db);
    if (!runStatement(query, QStringLiteral("DELETE FROM annotations WHERE id = ?"), {id}))
        return failed(query, error);
    return true;
}

} // namespace dokhae::store::annotation_rows
