#pragma once

#include <functional>

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include "store/dialect.h"
#include "store/storage_health.h"

struct sqlite3;

// Everything that only SQLite says this way: pragmas, FTS5, locking and error codes, and its
// Dialect (dialect.h). postgres_dialect.h is the sibling for a team library.
namespace dokhae::store::sqlite {

inline constexpr const char *kDriver = "QSQLITE";

// Connect options for QSqlDatabase::setConnectOptions.
QString connectOptions(int busyTimeoutMs);

// Per-connection setup: the bigram tokenizer and foreign keys.
bool configureConnection(QSqlDatabase &db, QString *error);

// True when the first bytes are SQLite's file header (an empty file counts as a new database).
bool looksLikeSqliteFile(const QString &path);

// The sqlite3 handle under Qt's driver (nullptr when the connection is not an open SQLite one).
sqlite3 *nativeHandle(QSqlDatabase &db);

// What a failed statement says about the library file as a whole.
Health healthOf(const QSqlError &error);
// The same for the connection's most recent failure, for callers that only kept a message.
Health lastFailureOf(QSqlDatabase &db);
// Progress of a whole-file check: pages read so far of the file's pages, a few times a second.
// Returning false stops the check (reported as Other, with *stopped set).
using CheckProgress = std::function<bool(qint64 pagesRead, qint64 pageCount)>;
// Reads every page (PRAGMA quick_check): Ok or Damaged with the first problems in detail.
Health checkHealth(QSqlDatabase &db, QString *detail, const CheckProgress &progress = {}, bool *stopped = nullptr);
// What the file's 100-byte header says without reading further: Damaged when the file is shorter
// than the pages the header counts (a copy or a download cut short) and no write-ahead log holds
// the rest. Costs one read, whatever the library's size.
Health checkFileLength(const QString &path, QString *detail);

// Takes and releases the write lock, so that a file held by another writer is reported at open.
Health probeWriteLock(QSqlDatabase &db, QString *detail);

// Starts a transaction that holds the write lock from its first statement, so that a read-then-
// write sequence (is this text known? then insert) cannot be overtaken by another connection.
// End it with QSqlDatabase::commit() or rollback().
bool beginWrite(QSqlDatabase &db, QSqlError *error);
// Whether the connection is inside a transaction: after some errors (a full disk, out of memory)
// SQLite rolls the whole transaction back by itself.
bool inTransaction(QSqlDatabase &db);

// Switches the file to write-ahead logging if it is not in it yet; true when WAL is in effect.
bool ensureWal(QSqlDatabase &db);
QString journalMode(QSqlDatabase &db);

// The search index: created by the migrations, and filled again from the current revisions.
QString createSearchIndexSql();
QString rebuildSearchIndexSql();

// SQLite's answers to what the stores ask of their database (dialect.h).
class SqliteDialect final : public Dialect {
public:
    Health healthOf(const QSqlError &error) const override { return sqlite::healthOf(error); }
    Health lastFailureOf(QSqlDatabase &db) const override { return sqlite::lastFailureOf(db); }
    bool beginWrite(QSqlDatabase &db, QSqlError *error) const override { return sqlite::beginWrite(db, error); }
    bool inTransaction(QSqlDatabase &db) const override { return sqlite::inTransaction(db); }
    QString caseFolded(const QString &column) const override;
    QString emptyIfNull(const QString &column) const override;
    QString isOneOf(const QString &column) const override;
    QVariant idList(const QList<qint64> &ids) const override;
    QString matchOf(const QList<search::QueryTerm> &terms) const override;
    QString matchAnyOf(const QStringList &phrases) const override;
    bool indexRevision(QSqlQuery &query, qint64 revisionId) const override;
    bool unindexRevision(QSqlQuery &query, qint64 revisionId) const override;
    bool makesSnippets() const override { return true; }
    QString searchSql(bool withSnippets) const override;
    QString snippetSql() const override;
    QString countMatchesSql() const override;
    QString matchingRevisionsSql() const override;
    bool checkSearchIndex(QSqlQuery &query) const override;
};

} // namespace dokhae::store::sqlite
