#include "store/chart_store.h"

#include "charts/chart_json.h"
#include "store/chart_rows.h"
#include "store/library.h"
#include "store/offline_charts.h"
#include "store/sql_statement.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

namespace dokhae::store {

using charts::ChartSpec;

ChartStore::ChartStore(const Library &library)
    : m_library(library)
{
}

QList<ChartSpec> ChartStore::articleCharts(qint64 articleId) const
{
    QSqlDatabase db = m_library.connection();
    m_lastError.clear();
    const QList<ChartSpec> stored = chart_rows::select(
        // One IN over a UNION, not an OR of two conditions: SQLite then looks both up by index
        // instead of reading every chart.
        db, QStringLiteral("c.id IN (SELECT id FROM charts WHERE article_id = ? "
                           "UNION SELECT chart_id FROM chart_sources WHERE article_id = ?)"),
        {articleId, articleId}, &m_lastError);
    if (!m_offline)
        return stored;
    if (!m_lastError.isEmpty())
        return m_library.answers() ? stored : m_offline->articleCharts(articleId);
    m_offline->rememberArticle(articleId, stored);
    return stored;
}

QList<ChartSpec> ChartStore::allCharts() const
{
    QSqlDatabase db = m_library.connection();
    return chart_rows::select(db, QStringLiteral("TRUE"), {}, &m_lastError);
}

std::optional<ChartSpec> ChartStore::chart(qint64 id) const
{
    QSqlDatabase db = m_library.connection();
    m_lastError.clear();
    const QList<ChartSpec> found = chart_rows::select(db, QStringLiteral("c.id = ?"), {storedId(id)}, &m_lastError);
    if (m_offline && !m_lastError.isEmpty() && !m_library.answers())
        return m_offline->chart(id);
    return found.isEmpty() ? std::nullopt : std::optional<ChartSpec>(found.first());
}

qint64 ChartStore::storedId(qint64 id) const
{
    return m_offline ? m_offline->storedId(id) : id;
}

bool ChartStore::keptOffline(const std::function<bool(OfflineCharts &, QString *)> &keep)
{
    m_lastChangeWaits =
        m_offline && keptWhileAway(m_library, [&](QString *error) { return keep(*m_offline, error); }, &m_lastError);
    return m_lastChangeWaits;
}

bool ChartStore::failedWith(const QSqlQuery &query)
{
    if (m_lastError.isEmpty())
        m_lastError = errorDetail(query.lastError());
    return false;
}

std::optional<QList<StoredChart>> ChartStore::ownedCharts(qint64 articleId) const
{
    QSqlDatabase db = m_library.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!runStatement(query,
                      QStringLiteral("SELECT %1, c.hidden, c.edited, r.sha256 FROM charts c "
                                     "LEFT JOIN revisions r ON r.id = c.revision_id WHERE c.article_id = ? ORDER BY c.id")
                          .arg(chart_rows::specColumns()),
                      {articleId})) {
        m_lastError = QCoreApplication::translate("Library", "Could not read the charts in the library %1: %2")
                          .arg(m_library.path(), errorDetail(query.lastError()));
        return std::nullopt;
    }
    QList<StoredChart> result;
    constexpr int more = chart_rows::kSpecColumnCount;
    while (query.next()) {
        if (auto spec = chart_rows::specFrom(query)) {
            result.append({*spec, query.value(more + 2).toString(), query.value(more).toInt() != 0,
                           query.value(more + 1).toInt() != 0});
        }
    }
    return result;
}

bool ChartStore::inTransaction(const QString &what, const std::function<bool(QSqlDatabase &)> &work)
{
    m_lastChangeWaits = false;
    QSqlDatabase db = m_library.connection();
    QString detail;
    const bool done = inWriteTransaction(
        db,
        [&](QString *error) {
            const bool ok = work(db);
            *error = m_lastError;
            return ok;
        },
        &detail);
    if (done)
        return true;
    m_lastError = QCoreApplication::translate("Library", "%1 in the library %2: %3").arg(what, m_library.path(), detail);
    spdlog::warn("{}", m_lastError.toStdString());
    return false;
}

std::optional<qint64> ChartStore::add(ChartSpec spec)
{
    std::optional<qint64> id;
    spec.origin = charts::ChartOrigin::User;
    m_lastError.clear();
    inTransaction(QCoreApplication::translate("Library", "Could not save the chart"), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!runStatement(query, QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM charts WHERE article_id = ?"),
                          {spec.articleId})
            || !query.next())
            return false;
        spec.position = query.value(0).toInt();
        query.finish();
        id = chart_rows::insert(db, spec, 0, spec.id > 0, &m_lastError);
        return id.has_value();
    });
    if (!id)
        keptOffline([&](OfflineCharts &offline, QString *error) { return (id = offline.add(spec, error)).has_value(); });
    return id;
}

bool ChartStore::update(const ChartSpec &edited)
{
    m_lastError.clear();
    ChartSpec spec = edited;
    spec.id = storedId(edited.id);
    return inTransaction(QCoreApplication::translate("Library", "Could not save the chart"), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        const QByteArray json = QJsonDocument(charts::chartToJson(spec, QStringLiteral("ko"))).toJson(QJsonDocument::Compact);
        if (!runStatement(query, QStringLiteral("UPDATE charts SET spec = ?, edited = 1, updated_at = ? WHERE id = ?"),
                          {QString::fromUtf8(json), utcTimestamp(), spec.id}))
            return failedWith(query);
        if (query.numRowsAffected() != 1) {
            m_lastError = QCoreApplication::translate("Library", "there is no chart %1").arg(spec.id);
            return false;
        }
        return chart_rows::writeSources(db, spec.id, spec, &m_lastError);
    }) || keptOffline([&](OfflineCharts &offline, QString *error) { return offline.update(edited, error); });
}

bool ChartStore::setHidden(qint64 chartId, bool hidden)
{
    m_lastError.clear();
    const qint64 id = storedId(chartId);
    return inTransaction(QCoreApplication::translate("Library", "Could not change the chart"), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!runStatement(query, QStringLiteral("UPDATE charts SET hidden = ?, updated_at = ? WHERE id = ?"),
                          {hidden ? 1 : 0, utcTimestamp(), id}))
            return failedWith(query);
        return query.numRowsAffected() == 1;
    }) || keptOffline([&](OfflineCharts &offline, QString *error) { return offline.setHidden(chartId, hidden, error); });
}

bool ChartStore::move(qint64 chartId, int position)
{
    m_lastError.clear();
    const qint64 id = storedId(chartId);
    return inTransaction(QCoreApplication::translate("Library", "Could not move the chart"), [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!runStatement(query, QStringLiteral("SELECT article_id FROM charts WHERE id = ?"), {id}))
            return failedWith(query);
        if (!query.next())
            return false;
        const qint64 articleId = query.value(0).toLongLong();
        if (!chart_rows::renumber(db, articleId, &m_lastError))
            return false;
        QList<qint64> order;
        if (!runStatement(query, QStringLiteral("SELECT id FROM charts WHERE article_id = ? AND id <> ? "
                                                "ORDER BY position, id"),
                          {articleId, id}))
            return failedWith(query);
        while (query.next())
            order.append(query.value(0).toLongLong());
        order.insert(std::clamp<qsizetype>(position, 0, order.size()), id);
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (!runStatement(query, QStringLiteral("UPDATE charts SET position = ? WHERE id = ?"), {int(i), order[i]}))
                return failedWith(query);
        }
        return true;
    }) || keptOffline([&](OfflineCharts &offline, QString *error) { return offline.move(chartId, position, error); });
}

} // namespace dokhae::store
