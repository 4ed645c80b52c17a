#pragma once

#include "search/search_query.h"
#include "store/storage_health.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlQuery;

// What the library's SQL says differently on each database it can live in. The stores write
// their statements in the SQL both databases share and ask the connection's dialect for the rest:
// errors, how a write takes the library's lock, case-folded ordering, a bound list of ids, and
// the search index. One implementation per database (sqlite_dialect, postgres_dialect).
namespace dokhae::store {

class Dialect {
public:
    virtual ~Dialect() = default;

    // What a failed statement says about the library as a whole.
    virtual Health healthOf(const QSqlError &error) const = 0;
    // The same for the connection's most recent failure, for callers that only kept a message.
    virtual Health lastFailureOf(QSqlDatabase &db) const = 0;

    // Starts a transaction that holds the library's write lock from its first statement, so that
    // a read-then-write sequence (is this text known? then insert) cannot be overtaken by another
    // connection. End it with QSqlDatabase::commit() or rollback().
    virtual bool beginWrite(QSqlDatabase &db, QSqlError *error) const = 0;
    // Whether the connection is still inside a transaction: after some errors (a full disk, out of
    // memory) SQLite rolls the whole transaction back by itself.
    virtual bool inTransaction(QSqlDatabase &db) const = 0;

    // A text column as list orders compare it: ASCII letters without case, all else by code point
    // (SQLite's NOCASE), so that both databases list titles in the same order.
    virtual QString caseFolded(const QString &column) const = 0;
    // A text column with NULL read as the empty text, written as the library's index on it is.
    virtual QString emptyIfNull(const QString &column) const = 0;
    // A condition that `column` is one of the ids bound as one value made by idList(), however
    // many (a statement has a limit on bound values).
    virtual QString isOneOf(const QString &column) const = 0;
    virtual QVariant idList(const QList<qint64> &ids) const = 0;

    // --- The search index over the current revision of each article.
    // The bound value that finds the query's terms (each term's forms as alternatives, all terms
    // required), or any of these phrases as written; empty when nothing is searchable.
    virtual QString matchOf(const QList<search::QueryTerm> &terms) const = 0;
    virtual QString matchAnyOf(const QStringList &phrases) const = 0;
    // Puts a revision's title and text in the index, or takes them out (the revision's row holds
    // them: take out before the row changes).
    virtual bool indexRevision(QSqlQuery &query, qint64 revisionId) const = 0;
    virtual bool unindexRevision(QSqlQuery &query, qint64 revisionId) const = 0;
    // Whether searchSql and snippetSql make snippets; where not, the library makes them from the
    // text (search/snippet.h), as the database's own would.
    virtual bool makesSnippets() const = 0;
    // Bound values: match, limit, offset. Columns: article id, title, score (higher is better),
    // and with withSnippets each hit's snippet.
    virtual QString searchSql(bool withSnippets) const = 0;
    // Bound values: match, article id. Column: the snippet of its current revision.
    virtual QString snippetSql() const = 0;
    // Bound value: match. Column: how many current revisions match.
    virtual QString countMatchesSql() const = 0;
    // A subquery (bound value: match) of the ids of the revisions that match.
    virtual QString matchingRevisionsSql() const = 0;
    // The database's own consistency check of the index against the revisions.
    virtual bool checkSearchIndex(QSqlQuery &query) const = 0;
};

// The dialect of the database behind this connection (by its Qt driver).
const Dialect &dialectOf(const QSqlDatabase &db);

// One article's writes inside a batch transaction: kept or undone together, the batch goes on.
// The same statements in both databases.
bool beginSavepoint(QSqlDatabase &db, QSqlError *error);
bool releaseSavepoint(QSqlDatabase &db, QSqlError *error);
void rollbackToSavepoint(QSqlDatabase &db);

} // namespace dokhae::store
