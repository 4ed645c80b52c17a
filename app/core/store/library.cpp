#include "store/library.h"

#include "store/annotation_anchorer.h"
#include "store/figure_indexer.h"
#include "store/migrations.h"
#include "store/open_sessions.h"
#include "store/sqlite_dialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStorageInfo>

#include <spdlog/spdlog.h>

#include <atomic>

namespace dokhae::store {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("dokhae-library-%1").arg(++counter);
}

// root passes access(W_OK) on any file, so a file without any write bit counts as read-only too:
// the user marked it so on purpose.
bool isWritable(const QFileInfo &info)
{
    constexpr auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}

// SQLite reports some writes that ran out of room (the shared-memory index, a journal) as I/O
// errors; with the disk (nearly) full, that is what they are.
constexpr qint64 kNoRoomBytes = 1024 * 1024;

bool diskHasNoRoom(const QString &libraryPath)
{
    const QStorageInfo disk(QFileInfo(libraryPath).absolutePath());
    return disk.isValid() && disk.bytesAvailable() < kNoRoomBytes;
}

sqlite::Health accountingForDiskSpace(sqlite::Health health, const QString &libraryPath)
{
    return health == sqlite::Health::Damaged && diskHasNoRoom(libraryPath) ? sqlite::Health::DiskFull : health;
}

// The files an open may create beside the library: SQLite's journals and the shared-memory index.
QStringList libraryFiles(const QString &path)
{
    return {path, path + QLatin1String("-wal"), path + QLatin1String("-shm"), path + QLatin1String("-journal")};
}

QStringList existingOf(const QStringList &files)
{
    QStringList existing;
    for (const QString &file : files)
        if (QFileInfo::exists(file))
            existing << file;
    return existing;
}

bool isEmptyOrGone(const QString &file)
{
    const QFileInfo info(file);
    return !info.exists() || info.size() == 0;
}

OpenError openErrorOf(sqlite::Health health)
{
    switch (health) {
    case sqlite::Health::DiskFull: return OpenError::DiskFull;
    case sqlite::Health::Busy: return OpenError::Locked;
    case sqlite::Health::ReadOnly: return OpenError::ReadOnly;
    case sqlite::Health::NotADatabase: return OpenError::NotALibrary;
    default: return OpenError::Damaged;
    }
}

// What a library in this state tells the analyst, at open or when checked on demand.
QString unhealthyMessage(sqlite::Health health, const QString &path, const QString &detail)
{
    switch (health) {
    case sqlite::Health::DiskFull:
        return QCoreApplication::translate("Library",
                                           "The library %1 cannot be opened: the disk that holds it is full. Free some "
                                           "space and try again; the library was not changed.")
            .arg(path);
    case sqlite::Health::Busy:
        return QCoreApplication::translate("Library",
                                           "The library %1 is locked by another program or window. Close it there and "
                                           "try again.")
            .arg(path);
    case sqlite::Health::ReadOnly:
        return QCoreApplication::translate("Library", "The library %1 cannot be written: %2").arg(path, detail);
    case sqlite::Health::NotADatabase:
        return QCoreApplication::translate("Library", "%1 is not a Dokhae library: %2").arg(path, detail);
    default:
        return QCoreApplication::translate("Library",
                                           "The library %1 is damaged (%2). It was left as it is; restore it from a "
                                           "backup.")
            .arg(path, detail);
    }
}

} // namespace

Library::Library()
    : m_connectionName(nextConnectionName())
    , m_indexers{std::make_shared<FigureIndexer>(), std::make_shared<AnnotationAnchorer>()}
    , m_entities(std::make_unique<EntityService>(*this))
{
}

void Library::setRevisionIndexers(std::vector<std::shared_ptr<const RevisionIndexer>> indexers)
{
    m_indexers = std::move(indexers);
}

Library::~Library()
{
    close();
}

void Library::setBusyTimeout(int milliseconds)
{
    m_busyTimeoutMs = milliseconds;
}

QSqlDatabase Library::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Library::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    rollbackBatch();
    if (QSqlDatabase database = db(); database.isOpen())
        sessions::end(database, m_connectionName);
    db().close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Library::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && db().isOpen();
}

QString Library::path() const
{
    return m_path;
}

OpenError Library::lastOpenError() const
{
    return m_openError;
}

QString Library::lastError() const
{
    return m_lastError;
}

StorageFailure Library::lastStorageFailure() const
{
    return m_storageFailure;
}

StorageFailure Library::storageFailureOf(sqlite::Health health) const
{
    switch (accountingForDiskSpace(health, m_path)) {
    case sqlite::Health::Busy: return StorageFailure::Locked;
    case sqlite::Health::DiskFull: return StorageFailure::DiskFull;
    case sqlite::Health::ReadOnly: return StorageFailure::ReadOnly;
    case sqlite::Health::Damaged:
    case sqlite::Health::NotADatabase: return StorageFailure::Damaged;
    case sqlite::Health::Ok:
    case sqlite::Health::Other: break;
    }
    return StorageFailure::None;
}

// Only what this open made, and only while it holds nothing: a library or journal that existed
// before, or that now has content, stays. The shared-memory index goes with an empty journal.
void Library::removeFilesCreatedByFailedOpen(const QStringList &existedBefore) const
{
    const QStringList files = libraryFiles(m_path);
    const auto createdNow = [&](const QString &file) { return !existedBefore.contains(file) && QFileInfo::exists(file); };
    const QString &database = files[0], &wal = files[1], &shm = files[2], &journal = files[3];
    const bool walIsOursAndEmpty = !existedBefore.contains(wal) && isEmptyOrGone(wal);
    for (const QString &file : {database, wal, journal}) {
        if (createdNow(file) && isEmptyOrGone(file)) {
            QFile::remove(file);
            spdlog::info("Removed {}, made by a failed open", file.toStdString());
        }
    }
    if (createdNow(shm) && walIsOursAndEmpty) {
        QFile::remove(shm);
        spdlog::info("Removed {}, made by a failed open", shm.toStdString());
    }
}

int Library::schemaVersion() const
{
    if (!isOpen())
        return 0;
    QSqlDatabase database = db();
    return schemaVersionOf(database);
}

bool Library::fail(OpenError why, const QString &message)
{
    close();
    m_openError = why;
    m_lastError = message;
    spdlog::warn("Library not opened: {}", message.toStdString());
    return false;
}

bool Library::open(const QString &path)
{
    close();
    m_openError = OpenError::None;
    m_lastError.clear();
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (m_path.isEmpty())
        return fail(OpenError::Other, QCoreApplication::translate("Library", "No library file was given."));
    if (!checkFileBeforeOpen())
        return false;

    const QStringList existedBefore = existingOf(libraryFiles(m_path));
    const auto failAndTidy = [&](OpenError why, const QString &message) {
        fail(why, message);
        removeFilesCreatedByFailedOpen(existedBefore);
        return false;
    };
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QLatin1String(sqlite::kDriver), m_connectionName);
        database.setDatabaseName(m_path);
        database.setConnectOptions(sqlite::connectOptions(m_busyTimeoutMs));
        if (!database.open())
            return failAndTidy(OpenError::CannotCreate,
                               QCoreApplication::translate("Library", "Cannot open the library %1: %2")
                                   .arg(m_path, database.lastError().text()));
    }
    OpenError why = OpenError::None;
    QString message;
    if (!checkConnection(&why, &message))
        return failAndTidy(why, message);
    spdlog::info("Opened library {} (schema version {})", m_path.toStdString(), schemaVersion());
    return true;
}

// Refusals that need no SQLite: nothing has touched the file when these fail.
bool Library::checkFileBeforeOpen()
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        const QString folder = info.absolutePath();
        if (!QDir().mkpath(folder) || !isWritable(QFileInfo(folder)))
            return fail(OpenError::CannotCreate,
                        QCoreApplication::translate("Library", "Cannot create the library %1: its folder is not writable.")
                            .arg(m_path));
        return true;
    }
    if (!info.isFile() || !info.isReadable())
        return fail(OpenError::Other,
                    QCoreApplication::translate("Library", "Cannot read the library %1: it is not a readable file.")
                        .arg(m_path));
    if (!sqlite::looksLikeSqliteFile(m_path))
        return fail(OpenError::NotALibrary,
                    QCoreApplication::translate("Library", "%1 is not a Dokhae library: it is not an SQLite database.")
                        .arg(m_path));
    if (!isWritable(info))
        return fail(OpenError::ReadOnly,
                    QCoreApplication::translate("Library", "The library %1 is read-only. Make it writable or open a copy.")
                        .arg(m_path));
    if (!isWritable(QFileInfo(info.absolutePath())))
        return fail(OpenError::ReadOnly,
                    QCoreApplication::translate("Library",
                                                "The folder of the library %1 is read-only; the library needs to "
                                                "write its journal beside it.")
                        .arg(m_path));
    return true;
}

// Checks in the order that keeps the file untouched: read-only checks first, then the write lock,
// and only then anything that writes (journal mode, migrations).
bool Library::checkConnection(OpenError *why, QString *message)
{
    // Refusals are reported to open(), which closes the connection once no handle to it is left.
    const auto refuse = [why, message](OpenError error, const QString &text) {
        *why = error;
        *message = text;
        return false;
    };
    QSqlDatabase database = db();
    QString detail;
    if (!sqlite::configureConnection(database, &detail))
        return refuse(OpenError::Other, QCoreApplication::translate("Library", "Cannot use the library %1: %2").arg(m_path, detail));

    const auto refuseUnhealthy = [this, &detail, &refuse](sqlite::Health health) {
        health = accountingForDiskSpace(health, m_path);
        return health == sqlite::Health::Ok || refuse(openErrorOf(health), unhealthyMessage(health, m_path, detail));
    };

    // A library closed cleanly every time cannot have been damaged by us: its pages are read only
    // after a crash or when nothing says how it was closed. The header's page count is checked
    // always, so a copy cut short is still refused before anything is written.
    m_checkedWholeFile = sessions::lastClose(database) != sessions::LastClose::Clean;
    if (m_checkedWholeFile && QFileInfo(m_path).size() > 0)
        spdlog::info("Library {} was not closed cleanly last time (or predates session records): checking every page",
                     m_path.toStdString());
    bool stopped = false;
    const sqlite::Health health = m_checkedWholeFile ? sqlite::checkHealth(database, &detail, m_checkProgress, &stopped)
                                                     : sqlite::checkFileLength(m_path, &detail);
    if (stopped)
        return refuse(OpenError::Other,
                      QCoreApplication::translate("Library", "The check of the library %1 was stopped before every page "
                                                             "was read, so it was not opened. It is checked again the "
                                                             "next time it is opened.")
                          .arg(m_path));
    if (!refuseUnhealthy(health))
        return false;
    if (!isDokhaeLibrary(database))
        return refuse(OpenError::NotALibrary,
                    QCoreApplication::translate("Library", "%1 is an SQLite database of another program, not a Dokhae library.")
                        .arg(m_path));
    const int version = schemaVersionOf(database);
    if (version > latestSchemaVersion())
        return refuse(OpenError::NewerSchema,
                    QCoreApplication::translate("Library",
                                                "The library %1 was written by a newer version of Dokhae (schema %2; "
                                                "this version knows up to %3). Update Dokhae to open it.")
                        .arg(m_path)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    if (!refuseUnhealthy(sqlite::probeWriteLock(database, &detail)))
        return false;

    if (!sqlite::ensureWal(database))
        spdlog::warn("Library {} stays in journal mode '{}': write-ahead logging is unavailable here",
                     m_path.toStdString(), sqlite::journalMode(database).toStdString());
    if (!migrate(database, &detail)) {
        // A new library's first write is its schema, so a full disk often shows up here first.
        if (diskHasNoRoom(m_path))
            return refuseUnhealthy(sqlite::Health::DiskFull);
        return refuse(OpenError::Other,
                    QCoreApplication::translate("Library", "Cannot update the library %1 to the current format: %2")
                        .arg(m_path, detail));
    }
    if (m_checkedWholeFile)
        sessions::forgetAbandoned(database);
    if (!sessions::begin(database, m_connectionName, &detail)) {
        // On a full disk the library is still read (what an import stored before the disk
        // filled); nothing this connection writes can land there until room is made.
        if (!diskHasNoRoom(m_path))
            return refuse(OpenError::Other,
                          QCoreApplication::translate("Library", "Cannot use the library %1: %2").arg(m_path, detail));
        spdlog::warn("Library {} opened without a session record: its disk is full", m_path.toStdString());
    }
    return true;
}

sqlite::Health Library::checkWholeFile()
{
    if (!isOpen()) {
        m_lastError = QCoreApplication::translate("Library", "No library is open.");
        return sqlite::Health::Other;
    }
    QSqlDatabase database = db();
    QString detail;
    const sqlite::Health health = accountingForDiskSpace(sqlite::checkHealth(database, &detail, m_checkProgress), m_path);
    m_lastError = health == sqlite::Health::Ok ? QString() : unhealthyMessage(health, m_path, detail);
    spdlog::info("Checked every page of library {}: {}", m_path.toStdString(),
                 health == sqlite::Health::Ok ? std::string("intact") : detail.toStdString());
    return health;
}

} // namespace dokhae::store
