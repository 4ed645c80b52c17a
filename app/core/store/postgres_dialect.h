#pragma once

#include "store/dialect.h"

// What only PostgreSQL says this way, for a team library: SQLSTATE codes, the library's write
// lock as an advisory lock, case-folded ordering with the "C" collation, and the search index as
// a tsvector column of our own bigram tokens (no extension outside Debian's server package).
namespace dokhae::store::postgres {

inline constexpr const char *kDriver = "QPSQL";

// What an error's SQLSTATE (or a connection that went away) says about the library.
Health healthOf(const QSqlError &error);

class PostgresDialect final : public Dialect {
public:
    Health healthOf(const QSqlError &error) const override { return postgres::healthOf(error); }
    Health lastFailureOf(QSqlDatabase &db) const override { return postgres::healthOf(db.lastError()); }
    bool beginWrite(QSqlDatabase &db, QSqlError *error) const override;
    bool inTransaction(QSqlDatabase &db) const override;
    QString caseFolded(const QString &column) const override;
    QString emptyIfNull(const QString &column) const override;
    QString isOneOf(const QString &column) const override;
    QVariant idList(const QList<qint64> &ids) const override;
    QString matchOf(const QList<search::QueryTerm> &terms) const override;
    QString matchAnyOf(const QStringList &phrases) const override;
    bool indexRevision(QSqlQuery &query, qint64 revisionId) const override;
    bool unindexRevision(QSqlQuery &query, qint64 revisionId) const override;
    bool makesSnippets() const override { return false; }
    QString searchSql(bool withSnippets) const override;
    QString snippetSql() const override;
    QString countMatchesSql() const override;
    QString matchingRevisionsSql() const override;
    bool checkSearchIndex(QSqlQuery &query) const override;
};

} // namespace dokhae::store::postgres
