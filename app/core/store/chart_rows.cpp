#include "store/chart_rows.h"

#include "charts/chart_json.h"
#include "store/sql_statement.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace dokhae::store::chart_rows {

namespace {

using charts::ChartOrigin;
using charts::ChartSpec;

bool failed(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = errorDetail(query.lastError());
    return false;
}

QString originName(ChartOrigin origin)
{
    return origin == ChartOrigin::User ? QStringLiteral("user") : QStringLiteral("suggested");
}

} // namespace

bool writeSources(QSqlDatabase &db, qint64 chartId, const ChartSpec &spec, QString *error)
{
    QSqlQuery query(db);
    QSet<qint64> articles{spec.articleId};
    for (const charts::ChartSeries &series : spec.series) {
        for (const charts::ChartPoint &point : series.points)
            articles.insert(point.source.articleId);
    }
    if (!runStatement(query, QStringLiteral("DELETE FROM chart_sources WHERE chart_id = ?"), {chartId}))
        return failed(query, error);
    for (const qint64 article : articles) {
        if (article > 0
            && !runStatement(query, QStringLiteral("INSERT INTO chart_sources (chart_id, article_id) VALUES (?, ?)"),
                             {chartId, article}))
            return failed(query, error);
    }
    return true;
}

bool renumber(QSqlDatabase &db, qint64 articleId, QString *error)
{
    QSqlQuery query(db);
    QList<qint64> order;
    if (!runStatement(query, QStringLiteral("SELECT id FROM charts WHERE article_id = ? ORDER BY position, id"), {articleId}))
        return failed(query, error);
    while (query.next())
        order.append(query.value(0).toLongLong());
    for (qsizetype i = 0; i < order.size(); ++i) {
        // Only the rows that move: on a team library a reader refreshing the suggested charts
        // may not write the analysts' charts, which keep their places.
        if (!runStatement(query, QStringLiteral("UPDATE charts SET position = ? WHERE id = ? AND position <> ?"),
                          {int(i), order[i], int(i)}))
            return failed(query, error);
    }
    return true;
}

std::optional<qint64> insert(QSqlDatabase &db, const ChartSpec &spec, qint64 revisionId, bool keepId, QString *error)
{
    QSqlQuery query(db);
    const QByteArray json = QJsonDocument(charts::chartToJson(spec, QStringLiteral("ko"))).toJson(QJsonDocument::Compact);
    const QVariant revision = revisionId > 0 ? QVariant(revisionId) : QVariant(QMetaType(QMetaType::LongLong));
    const QString now = utcTimestamp();
    QVariantList values{spec.articleId, revision, originName(spec.origin), spec.position, QString::fromUtf8(json), now, now};
    // A new chart takes the next id; an undone deletion its own again. (An explicit NULL would not
    // do for the first: PostgreSQL's identity column takes its next value only when the id is left out.)
    const bool ownId = keepId && spec.id > 0;
    if (ownId)
        values.prepend(spec.id);
    if (!runStatement(query,
                      QStringLiteral("INSERT INTO charts (%1article_id, revision_id, origin, position, spec, created_at, "
                                     "updated_at) VALUES (%2?, ?, ?, ?, ?, ?, ?) RETURNING id")
                          .arg(ownId ? QStringLiteral("id, ") : QString(), ownId ? QStringLiteral("?, ") : QString()),
                      values)
        || !query.next()) {
        failed(query, error);
        return std::nullopt;
    }
    const qint64 chartId = query.value(0).toLongLong();
    query.finish();
    if (!writeSources(db, chartId, spec, error))
        return std::nullopt;
    return chartId;
}

bool replaceSuggested(QSqlDatabase &db, qint64 articleId, qint64 revisionId, const QList<ChartSpec> &specs,
                      QString *error)
{
    QSqlQuery query(db);
    if (!runStatement(query,
                      QStringLiteral("DELETE FROM charts WHERE article_id = ? AND origin = 'suggested' AND edited = 0"),
                      {articleId}))
        return failed(query, error);
    if (!renumber(db, articleId, error))
        return false;
    // After the analyst's charts of this article, in the suggester's order.
    if (!runStatement(query, QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM charts WHERE article_id = ?"),
                      {articleId})
        || !query.next())
        return failed(query, error);
    const int first = query.value(0).toInt();
    for (qsizetype i = 0; i < specs.size(); ++i) {
        ChartSpec spec = specs[i];
        spec.articleId = articleId;
        spec.origin = ChartOrigin::Suggested;
        spec.position = first + int(i);
        if (!insert(db, spec, revisionId, false, error))
            return false;
    }
    return true;
}

QString specColumns()
{
    return QStringLiteral("c.id, c.article_id, c.origin, c.position, c.spec");
}

std::optional<ChartSpec> specFrom(const QSqlQuery &query)
{
    auto spec = charts::chartFromJson(QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object());
    if (!spec)
        return std::nullopt;
    spec->id = query.value(0).toLongLong();
    spec->articleId = query.value(1).toLongLong();
    spec->origin = query.value(2).toString() == u"user" ? ChartOrigin::User : ChartOrigin::Suggested;
    spec->position = query.value(3).toInt();
    return spec;
}

QList<ChartSpec> select(QSqlDatabase &db, const QString &condition, const QVariantList &values, QString *error)
{
    QList<ChartSpec> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM charts c WHERE c.hidden = 0 AND (%2) "
                                       "ORDER BY c.article_id, c.position, c.id")
                            .arg(specColumns(), condition);
    if (!runStatement(query, sql, values)) {
        failed(query, error);
        return result;
    }
    while (query.next()) {
        if (auto spec = specFrom(query))
            result.append(*spec);
    }
    return result;
}

} // namespace dokhae::store::chart_rows
