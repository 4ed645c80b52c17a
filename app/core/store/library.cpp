#include "store/library.h"

#include "store/annotation_anchorer.h"
#include "store/figure_indexer.h"
#include "store/library_backend.h"
#include "store/migrations.h"

#include <QCoreApplication>
#include <QSqlError>

#include <spdlog/spdlog.h>

#include <atomic>

namespace dokhae::store {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("dokhae-library-%1").arg(++counter);
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
    m_opened = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    rollbackBatch();
    if (QSqlDatabase database = db(); database.isOpen() && m_backend)
        m_backend->close(database, m_connectionName);
    db().close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Library::reconnect(ServerTrial trial)
{
    if (!m_backend || !QSqlDatabase::contains(m_connectionName))
        return false;
    QSqlDatabase database = db();
    return m_backend->reconnect(database, trial);
}

bool Library::isOpen() const
{
    return m_opened && QSqlDatabase::contains(m_connectionName);
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

StorageFailure Library::storageFailureOf(Health health) const
{
    switch (m_backend ? m_backend->accountFor(health) : health) {
    case Health::Busy: return StorageFailure::Locked;
    case Health::DiskFull: return StorageFailure::DiskFull;
    case Health::ReadOnly: return StorageFailure::ReadOnly;
    case Health::Damaged:
    case Health::NotADatabase: return StorageFailure::Damaged;
    case Health::Unreachable: return StorageFailure::Unreachable;
    case Health::Forbidden: return StorageFailure::Forbidden;
    case Health::Ok:
    case Health::Other: break;
    }
    return StorageFailure::None;
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

bool Library::open(const QString &locationText)
{
    close();
    m_openError = OpenError::None;
    m_lastError.clear();
    const LibraryLocation location = LibraryLocation::parse(locationText);
    m_path = location.isValid() ? location.toString() : locationText.trimmed();
    if (!location.isValid())
        return fail(OpenError::Other, location.error());
    m_backend = makeBackend(location, {m_busyTimeoutMs, m_checkProgress});
    OpenError why = OpenError::None;
    QString message;
    if (!m_backend->open(m_connectionName, &why, &message))
        return fail(why, message);
    m_opened = true;
    spdlog::info("Opened library {} (schema version {})", m_path.toStdString(), schemaVersion());
    return true;
}

Health Library::checkWholeFile()
{
    if (!isOpen()) {
        m_lastError = QCoreApplication::translate("Library", "No library is open.");
        return Health::Other;
    }
    QSqlDatabase database = db();
    return m_backend->checkWhole(database, &m_lastError);
}

bool Library::checkedWholeFileOnOpen() const
{
    return m_backend && m_backend->checkedWholeOnOpen();
}

} // namespace dokhae::store
