#include "store/figure_indexer.h"

#include "charts/chart_suggester.h"
#include "store/chart_rows.h"
#include "store/figure_rows.h"
#include "store/sql_statement.h"

#include <QSqlQuery>
#include <QVariant>

#include <vector>

namespace dokhae::store {

namespace {

const charts::ChartLabels &labels()
{
    static const charts::ChartLabels shared(entities::EntityCatalog::bundled());
    return shared;
}

const QString kStaleRevisions = QStringLiteral(
    "FROM articles a JOIN revisions r ON r.id = a.current_revision "
    "LEFT JOIN figure_scans s ON s.revision_id = r.id "
    "WHERE s.revision_id IS NULL OR s.extractor_version < ?");

} // namespace

bool FigureIndexer::index(QSqlDatabase &db, const NewRevision &revision, QString *error) const
{
    const QList<figures::Figure> found = revision.figures ? *revision.figures : figures::extractFigures(revision.text);
    if (!figure_rows::write(db, revision.revisionId, kFigureExtractorVersion, found, error))
        return false;
    const QList<charts::ChartSpec> suggested =
        charts::suggestCharts(revision.articleId, revision.sha256, revision.text, found, labels());
    return chart_rows::replaceSuggested(db, revision.articleId, revision.revisionId, suggested, error);
}

int FigureIndexer::staleCount(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!runStatement(query, QStringLiteral("SELECT COUNT(*) %1").arg(kStaleRevisions), {kFigureExtractorVersion})
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool FigureIndexer::indexStale(QSqlDatabase &db, int limit, int *done, QString *error)
{
    struct Pending {
        qint64 articleId;
        qint64 revisionId;
    };
    std::vector<Pending> pending;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!runStatement(query, QStringLiteral("SELECT a.id, r.id %1 ORDER BY r.id LIMIT ?").arg(kStaleRevisions),
                      {kFigureExtractorVersion, limit})) {
        if (error)
            *error = errorDetail(query.lastError());
        return false;
    }
    while (query.next())
        pending.push_back({query.value(0).toLongLong(), query.value(1).toLongLong()});
    const FigureIndexer indexer;
    *done = 0;
    for (const Pending &p : pending) {
        // One text in memory at a time: a large library is read revision by revision.
        if (!runStatement(query, QStringLiteral("SELECT sha256, text FROM revisions WHERE id = ?"), {p.revisionId})
            || !query.next()) {
            if (error)
                *error = errorDetail(query.lastError());
            return false;
        }
        const QString sha = query.value(0).toString();
        const QString text = query.value(1).toString();
        query.finish();
        if (!indexer.index(db, NewRevision{p.articleId, p.revisionId, sha, text}, error))
            return false;
        ++*done;
    }
    return true;
}

} // namespace dokhae::store
