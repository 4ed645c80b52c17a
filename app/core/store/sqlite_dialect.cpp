#include "store/sqlite_dialect.h"

#include "search/search_query.h"
#include "store/fts_tokenizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace dokhae::store::sqlite {

namespace {

// Title hits count more than body hits when ranking.
constexpr double kTitleWeight = 5.0;
constexpr double kTextWeight = 1.0;
// snippet() counts positions, which are characters in Korean text; 64 is FTS5's maximum.
constexpr int kSnippetTokens = 48;

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

// SQLite calls back every few thousand steps of the check; pages read are its cache misses.
struct CheckWatch {
    sqlite3 *handle = nullptr;
    const CheckProgress *progress = nullptr;
    qint64 pageCount = 0;
    int missesBefore = 0;
    QElapsedTimer sinceReport;
    bool stopped = false;

    int pagesRead() const
    {
        int misses = 0;
        int highest = 0;
        sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_MISS, &misses, &highest, 0);
        return misses - missesBefore;
    }

    static int onProgress(void *context)
    {
        auto *watch = static_cast<CheckWatch *>(context);
        if (watch->sinceReport.isValid() && watch->sinceReport.elapsed() < 40)
            return 0;
        watch->sinceReport.start();
        watch->stopped = !(*watch->progress)(std::min<qint64>(watch->pagesRead(), watch->pageCount), watch->pageCount);
        return watch->stopped ? 1 : 0;
    }
};

} // namespace

Health checkHealth(QSqlDatabase &db, QString *detail, const CheckProgress &progress, bool *stopped)
{
    QSqlQuery query(db);
    CheckWatch watch;
    watch.handle = nativeHandle(db);
    watch.progress = &progress;
    if (progress && watch.handle) {
        if (query.exec(QStringLiteral("PRAGMA page_count")) && query.next())
            watch.pageCount = query.value(0).toLongLong();
        query.finish();
        watch.missesBefore = watch.pagesRead();
        sqlite3_progress_handler(watch.handle, 4000, &CheckWatch::onProgress, &watch);
    }
    const bool ran = query.exec(QStringLiteral("PRAGMA quick_check"));
    QStringList problems;
    while (ran && query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (progress && watch.handle) {
        sqlite3_progress_handler(watch.handle, 0, nullptr, nullptr);
        if (!watch.stopped)
            progress(watch.pageCount, watch.pageCount);
    }
    if (stopped)
        *stopped = watch.stopped;
    if (watch.stopped) {
        if (detail)
            *detail = QStringLiteral("the check was stopped before every page was read");
        return Health::Other;
    }
    if (!ran) {
        if (detail)
            *detail = errorDetail(query.lastError());
        return healthAtOpen(query.lastError());
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

namespace {

const QString kArticleSavepoint = QStringLiteral("article");

// Runs one transaction-control statement; its error, if any, into *error.
bool control(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

} // namespace

bool beginWrite(QSqlDatabase &db, QSqlError *error)
{
    return control(db, QStringLiteral("BEGIN IMMEDIATE"), error);
}

bool beginSavepoint(QSqlDatabase &db, QSqlError *error)
{
    return control(db, QStringLiteral("SAVEPOINT ") + kArticleSavepoint, error);
}

bool releaseSavepoint(QSqlDatabase &db, QSqlError *error)
{
    return control(db, QStringLiteral("RELEASE ") + kArticleSavepoint, error);
}

void rollbackToSavepoint(QSqlDatabase &db)
{
    // ROLLBACK TO leaves the savepoint open; RELEASE closes it, the batch's transaction goes on.
    QSqlQuery query(db);
    query.exec(QStringLiteral("ROLLBACK TO ") + kArticleSavepoint);
    query.exec(QStringLiteral("RELEASE ") + kArticleSavepoint);
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

bool isBusy(const QSqlError &error)
{
    return healthOf(error) == Health::Busy;
}

QString errorDetail(const QSqlError &error)
{
    const QString detail = error.databaseText();
    return detail.isEmpty() ? error.text() : detail;
}

QString createSearchIndexSql()
{
    // External content: the index reads title and text back from the view of current revisions
    // (see migrations) for snippets, so the text is stored once.
    return QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(title, text, content='current_revisions', "
                          "content_rowid='id', tokenize='%1')")
        .arg(QLatin1String(kBigramTokenizerName));
}

QString indexRevisionSql()
{
    return QStringLiteral("INSERT INTO search_index(rowid, title, text) SELECT id, title, text FROM revisions WHERE id = ?");
}

QString unindexRevisionSql()
{
    return QStringLiteral("INSERT INTO search_index(search_index, rowid, title, text) "
                          "SELECT 'delete', id, title, text FROM revisions WHERE id = ?");
}

QString rebuildSearchIndexSql()
{
    return QStringLiteral("INSERT INTO search_index(search_index) VALUES('rebuild')");
}

QString checkSearchIndexSql()
{
    return QStringLiteral("INSERT INTO search_index(search_index) VALUES('integrity-check')");
}

QString searchSql(bool withSnippets)
{
    // Ordering by FTS5's rank column lets FTS5 sort the hits itself and LIMIT cut before the join.
    // A snippet tokenizes the whole text again, which for 200 hits was most of a search's time:
    // the window asks without them and makes the one it shows (snippetSql); a listing of every
    // hit with its snippet (the CLI) makes them here, in one statement.
    const QString snippet = QStringLiteral(", snippet(search_index, -1, '%1', '%2', '…', %3)")
                                .arg(search::kHitOpen)
                                .arg(search::kHitClose)
                                .arg(kSnippetTokens);
    return QStringLiteral("SELECT r.article_id, r.title, -rank%1 FROM search_index JOIN revisions r ON r.id = search_index.rowid "
                          "WHERE search_index MATCH ? AND rank MATCH 'bm25(%2, %3)' ORDER BY rank LIMIT ? OFFSET ?")
        .arg(withSnippets ? snippet : QString())
        .arg(kTitleWeight, 0, 'f', 1)
        .arg(kTextWeight, 0, 'f', 1);
}

QString snippetSql()
{
    return QStringLiteral("SELECT snippet(search_index, -1, '%1', '%2', '…', %3) FROM search_index "
                          "WHERE search_index MATCH ? AND rowid = (SELECT current_revision FROM articles WHERE id = ?)")
        .arg(search::kHitOpen)
        .arg(search::kHitClose)
        .arg(kSnippetTokens);
}

QString countMatchesSql()
{
    return QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?");
}

} // namespace dokhae::store::sqlite
