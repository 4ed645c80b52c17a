#include "store/sqlite_dialect.h"

#include "search/search_query.h"
#include "search/snippet.h"
#include "store/fts_tokenizer.h"
#include "store/sql_statement.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <future>
#include <chrono>

namespace dokhae::store::sqlite {

namespace {

// Title hits count more than body hits when ranking.
constexpr double kTitleWeight = 5.0;
constexpr double kTextWeight = 1.0;

int nativeCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;  // primary result code, without the extended bits
}

Health healthOfCode(int primaryCode)
{
    switch (primaryCode) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Health::Busy;
    case SQLITE_FULL: return Health::DiskFull;
    case SQLITE_NOTADB: return Health::NotADatabase;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN: return Health::ReadOnly;
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_NOLFS:
    case SQLITE_PROTOCOL: return Health::Damaged;
    default: return Health::Other;
    }
}

// At open, any failure that is not one of the named kinds means the file cannot be trusted.
Health healthAtOpen(const QSqlError &error)
{
    const Health health = healthOf(error);
    return health == Health::Other ? Health::Damaged : health;
}

} // namespace

sqlite3 *nativeHandle(QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Health healthOf(const QSqlError &error)
{
    if (!error.isValid())
        return Health::Other;
    return healthOfCode(nativeCode(error));
}

Health lastFailureOf(QSqlDatabase &db)
{
    sqlite3 *handle = nativeHandle(db);
    return handle ? healthOfCode(sqlite3_errcode(handle)) : Health::Other;
}

QString connectOptions(int busyTimeoutMs)
{
    return QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
}

bool configureConnection(QSqlDatabase &db, QString *error)
{
    if (!registerBigramTokenizer(db, error))
        return false;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        if (error)
            *error = errorDetail(query.lastError());
        return false;
    }
    return true;
}

bool looksLikeSqliteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() == 0)
        return true;
    static const QByteArray header("SQLite format 3\0", 16);
    return file.size() >= 512 && file.read(header.size()) == header;
}

namespace {

// Bytes this process has read through read() and pread() so far (Linux's /proc/self/io), to tell
// how far a check that reads every page got; -1 where that is not known.
qint64 bytesReadByThisProcess()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

struct CheckResult {
    int code = SQLITE_OK;
    QString error;
    QStringList problems;
};

// PRAGMA quick_check on a connection of its own. SQLite runs the whole check inside one step, so
// a caller that wants to tell progress and to stop it runs this on another thread and calls
// sqlite3_interrupt, which SQLite allows from any thread.
CheckResult quickCheck(sqlite3 *connection)
{
    CheckResult result;
    sqlite3_stmt *statement = nullptr;
    result.code = sqlite3_prepare_v2(connection, "PRAGMA quick_check", -1, &statement, nullptr);
    while (result.code == SQLITE_OK || result.code == SQLITE_ROW) {
        result.code = sqlite3_step(statement);
        if (result.code == SQLITE_ROW) {
            const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
            if (line != QLatin1String("ok"))
                result.problems << line;
        }
    }
    if (result.code == SQLITE_DONE)
        result.code = SQLITE_OK;
    else
        result.error = QString::fromUtf8(sqlite3_errmsg(connection));
    sqlite3_finalize(statement);
    return result;
}

// The check with progress: on a second, read-only connection to the same file, read on a worker
// thread while this thread reports the bytes read against the file's size.
Health checkWithProgress(QSqlDatabase &db, QString *detail, const CheckProgress &progress, bool *stopped)
{
    const QByteArray path = QFile::encodeName(db.databaseName());
    sqlite3 *connection = nullptr;
    if (sqlite3_open_v2(path.constData(), &connection, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        if (detail)
            *detail = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_close(connection);
        return Health::Other;
    }
    qint64 pageCount = 0;
    QSqlQuery query(db);
    const qint64 pageSize = query.exec(QStringLiteral("PRAGMA page_size")) && query.next() ? query.value(0).toLongLong() : 4096;
    if (query.exec(QStringLiteral("PRAGMA page_count")) && query.next())
        pageCount = query.value(0).toLongLong();
    query.finish();

    const qint64 readBefore = bytesReadByThisProcess();
    bool stop = !progress(0, pageCount);
    CheckResult result;
    if (!stop) {
        std::future<CheckResult> checking = std::async(std::launch::async, quickCheck, connection);
        while (checking.wait_for(std::chrono::milliseconds(40)) != std::future_status::ready) {
            if (stop)
                continue;
            const qint64 read = readBefore < 0 ? 0 : (bytesReadByThisProcess() - readBefore) / std::max<qint64>(1, pageSize);
            if (!progress(std::clamp<qint64>(read, 0, std::max<qint64>(0, pageCount - 1)), pageCount)) {
                stop = true;
                sqlite3_interrupt(connection);
            }
        }
        result = checking.get();
    }
    sqlite3_close(connection);
    if (stopped)
        *stopped = stop;
    if (stop) {
        if (detail)
            *detail = QStringLiteral("the check was stopped before every page was read");
        return Health::Other;
    }
    progress(pageCount, pageCount);
    if (result.code != SQLITE_OK) {
        if (detail)
            *detail = result.error;
        const Health health = healthOfCode(result.code & 0xff);
        return health == Health::Other ? Health::Damaged : health;  // as healthAtOpen
    }
    if (result.problems.isEmpty())
        return Health::Ok;
    if (detail)
        *detail = result.problems.mid(0, 3).join(QStringLiteral("; "));
    return Health::Damaged;
}

} // namespace

Health checkHealth(QSqlDatabase &db, QString *detail, const CheckProgress &progress, bool *stopped)
{
    if (stopped)
        *stopped = false;
    if (progress && nativeHandle(db))
        return checkWithProgress(db, detail, progress, stopped);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        if (detail)
            *detail = errorDetail(query.lastError());
        return healthAtOpen(query.lastError());
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (query.lastError().isValid()) {
        if (detail)
            *detail = errorDetail(query.lastError());
        return healthAtOpen(query.lastError());
    }
    if (problems.isEmpty())
        return Health::Ok;
    if (detail)
        *detail = problems.mid(0, 3).join(QStringLiteral("; "));
    return Health::Damaged;
}

Health checkFileLength(const QString &path, QString *detail)
{
    // Pages not yet copied back from the write-ahead log may lie past the file's end (a disk that
    // filled up during a checkpoint leaves the header counting them): with a log, the file's
    // length says nothing.
    if (QFileInfo(path + QLatin1String("-wal")).size() > 0)
        return Health::Ok;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 100)
        return Health::Ok; // new or empty: nothing to count
    const QByteArray header = file.read(100);
    const auto bigEndian = [&header](int offset, int bytes) {
        quint32 value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | quint8(header[offset + i]);
        return value;
    };
    const quint32 pageSizeField = bigEndian(16, 2);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    // The page count at offset 28 is only kept by SQLite 3.7.0 and later, and is valid when the
    // change counter (24) matches the "version valid for" number (92).
    const qint64 pages = bigEndian(28, 4);
    if (pageSize < 512 || bigEndian(24, 4) != bigEndian(92, 4) || pages == 0)
        return Health::Ok;
    if (file.size() >= pages * pageSize)
        return Health::Ok;
    if (detail)
        *detail = QStringLiteral("the file holds %1 of the %2 bytes its header counts").arg(file.size()).arg(pages * pageSize);
    return Health::Damaged;
}

bool beginWrite(QSqlDatabase &db, QSqlError *error)
{
    return runControl(db, QStringLiteral("BEGIN IMMEDIATE"), error);
}

bool inTransaction(QSqlDatabase &db)
{
    sqlite3 *handle = nativeHandle(db);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

Health probeWriteLock(QSqlDatabase &db, QString *detail)
{
    QSqlError error;
    if (!beginWrite(db, &error)) {
        if (detail)
            *detail = errorDetail(error);
        return healthAtOpen(error);
    }
    db.rollback();
    return Health::Ok;
}

QString journalMode(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
        return query.value(0).toString().toLower();
    return {};
}

bool ensureWal(QSqlDatabase &db)
{
    QSqlQuery query(db);
    bool wal = journalMode(db) == QLatin1String("wal");
    if (!wal && query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next())
        wal = query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    query.finish();
    // A per-connection setting: with WAL, NORMAL keeps every committed transaction consistent and
    // skips most fsyncs.
    if (wal)
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return wal;
}

QString createSearchIndexSql()
{
    // External content: the index reads title and text back from the view of current revisions
    // (see migrations) for snippets, so the text is stored once.
    return QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(title, text, content='current_revisions', "
                          "content_rowid='id', tokenize='%1')")
        .arg(QLatin1String(kBigramTokenizerName));
}

bool SqliteDialect::indexRevision(QSqlQuery &query, qint64 revisionId) const
{
    return runStatement(query,  QStringLiteral("INSERT INTO search_index(rowid, title, text) SELECT id, title, text FROM revisions WHERE id = ?"), {revisionId});
}

bool SqliteDialect::unindexRevision(QSqlQuery &query, qint64 revisionId) const
{
    return runStatement(query, QStringLiteral("INSERT INTO search_index(search_index, rowid, title, text) "
                          "SELECT 'delete', id, title, text FROM revisions WHERE id = ?"), {revisionId});
}

QString rebuildSearchIndexSql()
{
    return QStringLiteral("INSERT INTO search_index(search_index) VALUES('rebuild')");
}

bool SqliteDialect::checkSearchIndex(QSqlQuery &query) const
{
    return runStatement(query, QStringLiteral("INSERT INTO search_index(search_index) VALUES('integrity-check')"));
}

QString SqliteDialect::searchSql(bool withSnippets) const
{
    // Ordering by FTS5's rank column lets FTS5 sort the hits itself and LIMIT cut before the join.
    // A snippet tokenizes the whole text again, which for 200 hits was most of a search's time:
    // the window asks without them and makes the one it shows (snippetSql); a listing of every
    // hit with its snippet (the CLI) makes them here, in one statement.
    const QString snippet = QStringLiteral(", snippet(search_index, -1, '%1', '%2', '…', %3)")
                                .arg(search::kHitOpen)
                                .arg(search::kHitClose)
                                .arg(search::kSnippetTokens);
    return QStringLiteral("SELECT r.article_id, r.title, -rank%1 FROM search_index JOIN revisions r ON r.id = search_index.rowid "
                          "WHERE search_index MATCH ? AND rank MATCH 'bm25(%2, %3)' ORDER BY rank LIMIT ? OFFSET ?")
        .arg(withSnippets ? snippet : QString())
        .arg(kTitleWeight, 0, 'f', 1)
        .arg(kTextWeight, 0, 'f', 1);
}

QString SqliteDialect::snippetSql() const
{
    return QStringLiteral("SELECT snippet(search_index, -1, '%1', '%2', '…', %3) FROM search_index "
                          "WHERE search_index MATCH ? AND rowid = (SELECT current_revision FROM articles WHERE id = ?)")
        .arg(search::kHitOpen)
        .arg(search::kHitClose)
        .arg(search::kSnippetTokens);
}

QString SqliteDialect::countMatchesSql() const
{
    return QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?");
}

QString SqliteDialect::matchingRevisionsSql() const
{
    return QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ?");
}

QString SqliteDialect::matchOf(const QList<search::QueryTerm> &terms) const
{
    return search::toFtsMatch(terms);
}

QString SqliteDialect::matchAnyOf(const QStringList &phrases) const
{
    return search::toFtsAnyOf(phrases);
}

QString SqliteDialect::caseFolded(const QString &column) const
{
    return column + QStringLiteral(" COLLATE NOCASE");
}

QString SqliteDialect::emptyIfNull(const QString &column) const
{
    return QStringLiteral("ifnull(%1, '')").arg(column);  // as the index of migration 7 has it
}

QString SqliteDialect::isOneOf(const QString &column) const
{
    return column + QStringLiteral(" IN (SELECT value FROM json_each(?))");
}

QVariant SqliteDialect::idList(const QList<qint64> &ids) const
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace dokhae::store::sqlite
