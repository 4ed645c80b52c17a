#include "store/postgres_dialect.h"

#include "search/bigram_tokenizer.h"
#include "search/ts_literals.h"
#include "store/sql_statement.h"

#include <QSqlQuery>
#include <QStringList>

namespace dokhae::store::postgres {

namespace {

// The key of the advisory lock every write of a library takes (pg_advisory_xact_lock, released at
// commit or rollback): a library's writers queue behind each other as SQLite's do, so that "is
// this text known? then insert" cannot be overtaken by another analyst's import.
constexpr qint64 kWriteLockKey = 0x646f6b6861650001;  // "dokhae", 1


} // namespace

Health healthOf(const QSqlError &error)
{
    if (!error.isValid())
        return Health::Other;
    if (error.type() == QSqlError::ConnectionError)
        return Health::Unreachable;
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return Health::Unreachable;  // connection exceptions; the server shutting down or restarting
    if (state == QLatin1String("42501"))
        return Health::Forbidden;  // insufficient privilege, row-level security included
    if (state == QLatin1String("25006"))
        return Health::ReadOnly;  // a read-only transaction or a standby
    if (state == QLatin1String("53100"))
        return Health::DiskFull;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return Health::Busy;
    if (state.startsWith(QLatin1String("XX")))
        return Health::Damaged;
    // A statement on a connection whose server went away fails without a state.
    if (state.isEmpty() && error.type() == QSqlError::StatementError
        && error.databaseText().contains(QLatin1String("server closed the connection")))
        return Health::Unreachable;
    return Health::Other;
}

bool PostgresDialect::beginWrite(QSqlDatabase &db, QSqlError *error) const
{
    if (!runControl(db, QStringLiteral("BEGIN"), error))
        return false;
    if (runControl(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLockKey), error))
        return true;
    db.rollback();
    return false;
}

bool PostgresDialect::inTransaction(QSqlDatabase &db) const
{
    // PostgreSQL never ends a transaction by itself on an error: it waits for a ROLLBACK (TO).
    return db.isOpen();
}

QString PostgresDialect::caseFolded(const QString &column) const
{
    // lower() under the "C" collation folds ASCII letters only, and "C" compares code points
    // (UTF-8 bytes): SQLite's NOCASE. Written as the library's indexes have it.
    return QStringLiteral("(lower(%1 COLLATE \"C\") COLLATE \"C\")").arg(column);
}

QString PostgresDialect::emptyIfNull(const QString &column) const
{
    return QStringLiteral("(coalesce(%1, '') COLLATE \"C\")").arg(column);
}

QString PostgresDialect::isOneOf(const QString &column) const
{
    return column + QStringLiteral(" = ANY (CAST(? AS bigint[]))");
}

QVariant PostgresDialect::idList(const QList<qint64> &ids) const
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers << QString::number(id);
    return QString(u'{' + numbers.join(u',') + u'}');
}

QString PostgresDialect::matchOf(const QList<search::QueryTerm> &terms) const
{
    return search::toTsQueryLiteral(terms);
}

QString PostgresDialect::matchAnyOf(const QStringList &phrases) const
{
    // One term whose forms are the phrases: any of them, each as written.
    search::QueryTerm any;
    for (const QString &phrase : phrases) {
        if (phrase.trimmed().isEmpty())
            continue;
        if (!search::hasTokens(phrase.toStdString()))
            return {};  // a text may name it, and no index lookup can tell which
        any.forms << phrase;
    }
    any.forms.removeDuplicates();
    return any.forms.isEmpty() ? QString() : search::toTsQueryLiteral(QList<search::QueryTerm>{any});
}

bool PostgresDialect::indexRevision(QSqlQuery &query, qint64 revisionId) const
{
    // The tokens come from our own tokenizer, so the server needs no Korean text search of its own.
    if (!runStatement(query, QStringLiteral("SELECT title, text FROM revisions WHERE id = ?"), {revisionId})
        || !query.next())
        return false;
    const QString vector = search::toTsVectorLiteral(query.value(0).toString(), query.value(1).toString());
    query.finish();
    return runStatement(query, QStringLiteral("UPDATE revisions SET search_vector = CAST(? AS tsvector) WHERE id = ?"),
                        {vector, revisionId});
}

bool PostgresDialect::unindexRevision(QSqlQuery &query, qint64 revisionId) const
{
    return runStatement(query, QStringLiteral("UPDATE revisions SET search_vector = NULL WHERE id = ?"), {revisionId});
}

QString PostgresDialect::searchSql(bool) const
{
    // Only current revisions carry a vector. Snippets are made from the text (search/snippet.h):
    // ts_headline would tokenize with the server's parser, which knows nothing of our bigrams.
    return QStringLiteral("SELECT r.article_id, r.title, ts_rank('%1', r.search_vector, q) AS score "
                          "FROM revisions r, CAST(? AS tsquery) q WHERE r.search_vector @@ q "
                          "ORDER BY score DESC, r.article_id LIMIT ? OFFSET ?")
        .arg(QLatin1String(search::kTsRankWeights));
}

QString PostgresDialect::snippetSql() const
{
    return {};  // makesSnippets() is false: the library makes them from the text
}

QString PostgresDialect::countMatchesSql() const
{
    return QStringLiteral("SELECT count(*) FROM revisions WHERE search_vector @@ CAST(? AS tsquery)");
}

QString PostgresDialect::matchingRevisionsSql() const
{
    return QStringLiteral("SELECT id FROM revisions WHERE search_vector @@ CAST(? AS tsquery)");
}

bool PostgresDialect::checkSearchIndex(QSqlQuery &query) const
{
    // Consistent when exactly the current revisions carry a vector.
    return runStatement(query, QStringLiteral("SELECT count(*) FROM revisions r LEFT JOIN articles a "
                                              "ON a.current_revision = r.id "
                                              "WHERE (a.id IS NOT NULL) <> (r.search_vector IS NOT NULL)"))
           && query.next() && query.value(0).toLongLong() == 0;
}

} // namespace dokhae::store::postgres
