#pragma once

#include <functional>

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

struct sqlite3;

// Everything that only SQLite says this way: pragmas, FTS5, locking and error codes. A PostgreSQL
// backend adds a sibling of this file; Library and the migrations stay as they are.
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

// What a failed statement says about the library file as a whole. Other: nothing, the statement
// itself failed (a value too big, a constraint), so the next write may well succeed.
enum class Health { Ok, Busy, ReadOnly, DiskFull, Damaged, NotADatabase, Other };
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
// One article's writes inside a batch transaction: kept or undone together, the batch goes on.
bool beginSavepoint(QSqlDatabase &db, QSqlError *error);
bool releaseSavepoint(QSqlDatabase &db, QSqlError *error);
void rollbackToSavepoint(QSqlDatabase &db);
// Whether the connection is inside a transaction: after some errors (a full disk, out of memory)
// SQLite rolls the whole transaction back by itself.
bool inTransaction(QSqlDatabase &db);

// Switches the file to write-ahead logging if it is not in it yet; true when WAL is in effect.
bool ensureWal(QSqlDatabase &db);
QString journalMode(QSqlDatabase &db);

bool isBusy(const QSqlError &error);
// The database's own words for an error, without the driver's generic suffix.
QString errorDetail(const QSqlError &error);

// The search index: title and text of each article's current revision.
QString createSearchIndexSql();
QString indexRevisionSql();    // one bound value: revision id
QString unindexRevisionSql();  // one bound value: revision id
QString rebuildSearchIndexSql();
QString checkSearchIndexSql();
// Bound values: FTS5 match expression, limit, offset. Columns: article id, title, score, and with
// withSnippets each hit's snippet.
QString searchSql(bool withSnippets);
// Bound values: FTS5 match expression, article id. Column: the snippet of its current revision.
QString snippetSql();
// Bound value: FTS5 match expression. Column: how many revisions match.
QString countMatchesSql();

} // namespace dokhae::store::sqlite
