#include "store/figure_store.h"

#include "store/figure_indexer.h"
#include "store/figure_rows.h"
#include "store/library.h"
#include "store/sql_statement.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace dokhae::store {

FigureStore::FigureStore(const Library &library)
    : m_library(library)
{
}

std::optional<FigureStore::ArticleFigures> FigureStore::articleFigures(qint64 articleId, WhenStale whenStale) const
{
    QSqlDatabase db = m_library.connection();
    QSqlQuery query(db);
    if (!runStatement(query,
                      QStringLiteral("SELECT r.id, r.sha256, r.text FROM articles a "
                                     "JOIN revisions r ON r.id = a.current_revision WHERE a.id = ?"),
                      {articleId})
        || !query.next())
        return std::nullopt;
    ArticleFigures result{articleId, query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), {}};
    query.finish();
    m_lastError.clear();
    auto stored = figure_rows::read(db, result.revisionId, &m_lastError);
    const bool stale = !stored || stored->extractorVersion < kFigureExtractorVersion;
    if (stale && whenStale == WhenStale::ReturnStored) {
        if (!stored && !m_lastError.isEmpty())
            return std::nullopt;
        result.figures = stored ? stored->figures : QList<figures::Figure>();
        result.stale = true;
        return result;
    }
    if (stale) {
        if (!refreshRevision(articleId, result.revisionId, result.revision, result.text))
            return std::nullopt;
        stored = figure_rows::read(db, result.revisionId, &m_lastError);
        if (!stored)
            return std::nullopt;
    }
    result.figures = stored->figures;
    return result;
}

bool FigureStore::refreshRevision(qint64 articleId, qint64 revisionId, const QString &sha, const QString &text) const
{
    QSqlDatabase db = m_library.connection();
    return inWriteTransaction(
        db, [&](QString *error) { return FigureIndexer().index(db, NewRevision{articleId, revisionId, sha, text}, error); },
        &m_lastError);
}

std::optional<QString> FigureStore::revisionText(const QString &sha256) const
{
    QSqlQuery query(m_library.connection());
    if (!runStatement(query, QStringLiteral("SELECT text FROM revisions WHERE sha256 = ?"), {sha256}) || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

int FigureStore::staleCount() const
{
    QSqlDatabase db = m_library.connection();
    return FigureIndexer::staleCount(db);
}

bool FigureStore::refreshStale(const std::function<bool(int, int)> &progress) const
{
    constexpr int kBatch = 50;
    QSqlDatabase db = m_library.connection();
    const int total = FigureIndexer::staleCount(db);
    for (int done = 0; done < total;) {
        int batch = 0;
        if (!inWriteTransaction(
                db, [&](QString *error) { return FigureIndexer::indexStale(db, kBatch, &batch, error); }, &m_lastError))
            return false;
        if (batch == 0)
            break; // nothing was stale after all (another connection read them)
        done += batch;
        if (progress && !progress(std::min(done, total), total))
            break;
    }
    return true;
}

} // namespace dokhae::store
