// The library as one SQLite file (library_backend.h): what is checked before and at open, so
// that a file that is not a library, is read-only, locked, cut short or damaged is refused
// without being changed, and a crash is noticed at the next open.
#include "store/sqlite_backend.h"

#include "store/library.h"
#include "store/migrations.h"
#include "store/open_sessions.h"
#include "store/sqlite_dialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStorageInfo>

#include <spdlog/spdlog.h>

namespace dokhae::store {

namespace {

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

Health accountingForDiskSpace(Health health, const QString &libraryPath)
{
    return health == Health::Damaged && diskHasNoRoom(libraryPath) ? Health::DiskFull : health;
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

OpenError openErrorOf(Health health)
{
    switch (health) {
    case Health::DiskFull: return OpenError::DiskFull;
    case Health::Busy: return OpenError::Locked;
    case Health::ReadOnly: return OpenError::ReadOnly;
    case Health::NotADatabase: return OpenError::NotALibrary;
    default: return OpenError::Damaged;
    }
}

// What a library in this state tells the analyst, at open or when checked on demand.
QString unhealthyMessage(Health health, const QString &path, const QString &detail)
{
    switch (health) {
    case Health::DiskFull:
        return QCoreApplication::translate("Library",
                                           "The library %1 cannot be opened: the disk that holds it is full. Free some "
                                           "space and try again; the library was not changed.")
            .arg(path);
    case Health::Busy:
        return QCoreApplication::translate("Library",
                                           "The library %1 is locked by another program or window. Close it there and "
                                           "try again.")
            .arg(path);
    case Health::ReadOnly:
        return QCoreApplication::translate("Library", "The library %1 cannot be written: %2").arg(path, detail);
    case Health::NotADatabase:
        return QCoreApplication::translate("Library", "%1 is not a Dokhae library: %2").arg(path, detail);
    default:
        return QCoreApplication::translate("Library",
                                           "The library %1 is damaged (%2). It was left as it is; restore it from a "
                                           "backup.")
            .arg(path, detail);
    }
}

} // namespace

SqliteBackend::SqliteBackend(const QString &path, BackendOptions options)
    : m_path(path)
    , m_options(std::move(options))
{
}

bool SqliteBackend::open(const QString &connectionName, OpenError *why, QString *message)
{
    if (!checkFileBeforeOpen(why, message))
        return false;
    const QStringList existedBefore = existingOf(libraryFiles(m_path));
    bool opened = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QLatin1String(sqlite::kDriver), connectionName);
        database.setDatabaseName(m_path);
        database.setConnectOptions(sqlite::connectOptions(m_options.busyTimeoutMs));
        if (!database.open())
            refuse(why, message, OpenError::CannotCreate,
                   QCoreApplication::translate("Library", "Cannot open the library %1: %2").arg(m_path, database.lastError().text()));
        else
            opened = checkConnection(database, why, message);
        if (!opened)
            database.close();
    }
    if (opened)
        return true;
    // Only once no handle is left can the files this attempt made be removed.
    QSqlDatabase::removeDatabase(connectionName);
    removeFilesCreatedByFailedOpen(existedBefore);
    return false;
}

void SqliteBackend::close(QSqlDatabase &db, const QString &connectionName)
{
    sessions::end(db, connectionName);
}

Health SqliteBackend::checkWhole(QSqlDatabase &db, QString *message)
{
    QString detail;
    const Health health = accountFor(sqlite::checkHealth(db, &detail, m_options.checkProgress));
    if (message)
        *message = health == Health::Ok ? QString() : unhealthyMessage(health, m_path, detail);
    spdlog::info("Checked every page of library {}: {}", m_path.toStdString(),
                 health == Health::Ok ? std::string("intact") : detail.toStdString());
    return health;
}

Health SqliteBackend::accountFor(Health health) const
{
    return accountingForDiskSpace(health, m_path);
}

bool SqliteBackend::refuse(OpenError *why, QString *message, OpenError error, const QString &text)
{
    *why = error;
    *message = text;
    return false;
}

// Only what this open made, and only while it holds nothing: a library or journal that existed
// before, or that now has content, stays. The shared-memory index goes with an empty journal.
void SqliteBackend::removeFilesCreatedByFailedOpen(const QStringList &existedBefore) const
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

// Refusals that need no SQLite: nothing has touched the file when these fail.
bool SqliteBackend::checkFileBeforeOpen(OpenError *why, QString *message) const
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        const QString folder = info.absolutePath();
        if (!QDir().mkpath(folder) || !isWritable(QFileInfo(folder)))
            return refuse(why, message, OpenError::CannotCreate,
                        QCoreApplication::translate("Library", "Cannot create the library %1: its folder is not writable.")
                            .arg(m_path));
        return true;
    }
    if (!info.isFile() || !info.isReadable())
        return refuse(why, message, OpenError::Other,
                    QCoreApplication::translate("Library", "Cannot read the library %1: it is not a readable file.")
                        .arg(m_path));
    if (!sqlite::looksLikeSqliteFile(m_path))
        return refuse(why, message, OpenError::NotALibrary,
                    QCoreApplication::translate("Library", "%1 is not a Dokhae library: it is not an SQLite database.")
                        .arg(m_path));
    if (!isWritable(info))
        return refuse(why, message, OpenError::ReadOnly,
                    QCoreApplication::translate("Library", "The library %1 is read-only. Make it writable or open a copy.")
                        .arg(m_path));
    if (!isWritable(QFileInfo(info.absolutePath())))
        return refuse(why, message, OpenError::ReadOnly,
                    QCoreApplication::translate("Library",
                                                "The folder of the library %1 is read-only; the library needs to "
                                                "write its journal beside it.")
                        .arg(m_path));
    return true;
}

// Checks in the order that keeps the file untouched: read-only checks first, then the write lock,
// and only then anything that writes (journal mode, migrations).
bool SqliteBackend::checkConnection(QSqlDatabase &database, OpenError *why, QString *message)
{
    // Refusals are reported to open(), which closes the connection once no handle to it is left.
    const auto refuse = [why, message](OpenError error, const QString &text) {
        return SqliteBackend::refuse(why, message, error, text);
    };
    QString detail;
    if (!sqlite::configureConnection(database, &detail))
        return refuse(OpenError::Other, QCoreApplication::translate("Library", "Cannot use the library %1: %2").arg(m_path, detail));

    const auto refuseUnhealthy = [this, &detail, &refuse](Health health) {
        health = accountingForDiskSpace(health, m_path);
        return health == Health::Ok || refuse(openErrorOf(health), unhealthyMessage(health, m_path, detail));
    };

    // A library closed cleanly every time cannot have been damaged by us: its pages are read only
    // after a crash or when nothing says how it was closed. The header's page count is checked
    // always, so a copy cut short is still refused before anything is written.
    m_checkedWholeFile = sessions::lastClose(database) != sessions::LastClose::Clean;
    if (m_checkedWholeFile && QFileInfo(m_path).size() > 0)
        spdlog::info("Library {} was not closed cleanly last time (or predates session records): checking every page",
                     m_path.toStdString());
    bool stopped = false;
    const Health health = m_checkedWholeFile ? sqlite::checkHealth(database, &detail, m_options.checkProgress, &stopped)
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
            return refuseUnhealthy(Health::DiskFull);
        return refuse(OpenError::Other,
                    QCoreApplication::translate("Library", "Cannot update the library %1 to the current format: %2")
                        .arg(m_path, detail));
    }
    if (m_checkedWholeFile)
        sessions::forgetAbandoned(database);
    if (!sessions::begin(database, database.connectionName(), &detail)) {
        // On a full disk the library is still read (what an import stored before the disk
        // filled); nothing this connection writes can land there until room is made.
        if (!diskHasNoRoom(m_path))
            return refuse(OpenError::Other,
                          QCoreApplication::translate("Library", "Cannot use the library %1: %2").arg(m_path, detail));
        spdlog::warn("Library {} opened without a session record: its disk is full", m_path.toStdString());
    }
    return true;
}

} // namespace dokhae::store
