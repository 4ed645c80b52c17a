#include "store/postgres_backend.h"

#include "store/library.h"
#include "store/postgres_dialect.h"
#include "store/postgres_schema.h"
#include "store/server_passwords.h"
#include "store/sql_statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <spdlog/spdlog.h>

namespace dokhae::store {

namespace {

bool refuse(OpenError *why, QString *message, OpenError error, const QString &text)
{
    *why = error;
    *message = text;
    return false;
}

// libpq's options with ours: a server that does not answer is reported within seconds, and the
// server's own views (pg_stat_activity) name the program.
QString connectOptions(const LibraryLocation &location, int busyTimeoutMs)
{
    QStringList options = location.connectOptions().split(u';', Qt::SkipEmptyParts);
    const auto has = [&options](const char *key) {
        return std::any_of(options.cbegin(), options.cend(),
                           [key](const QString &o) { return o.startsWith(QLatin1String(key) + u'='); });
    };
    if (!has("connect_timeout"))
        options << QStringLiteral("connect_timeout=10");
    if (!has("application_name"))
        options << QStringLiteral("application_name=dokhae");
    // A statement waits for another's lock as long as SQLite's busy timeout would.
    options << QStringLiteral("options='-c lock_timeout=%1'").arg(busyTimeoutMs);
    return options.join(u';');
}

} // namespace

PostgresBackend::PostgresBackend(LibraryLocation location, BackendOptions options)
    : m_location(std::move(location))
    , m_options(std::move(options))
{
}

namespace postgres {

OpenError connect(const LibraryLocation &location, const QString &connectionName, int busyTimeoutMs, QString *error)
{
    OpenError outcome = OpenError::Other;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QLatin1String(kDriver), connectionName);
        if (!database.isValid()) {
            *error = QCoreApplication::translate("Library", "Cannot open the team library %1: Qt's PostgreSQL driver is not installed (Debian package "
                                                            "libqt6sql6-psql).")
                         .arg(location.toString());
        } else {
            database.setHostName(location.host());
            if (location.port() > 0)
                database.setPort(location.port());
            database.setDatabaseName(location.database());
            database.setUserName(location.user());
            database.setPassword(serverPasswords().find(location.toString()));
            database.setConnectOptions(connectOptions(location, busyTimeoutMs));
            outcome = database.open() ? OpenError::None : OpenError::CannotCreate;
            if (outcome != OpenError::None)
                *error = QCoreApplication::translate("Library", "Cannot connect to the team library %1: %2")
                             .arg(location.toString(), errorDetail(database.lastError()));
        }
    }
    if (outcome != OpenError::None)
        QSqlDatabase::removeDatabase(connectionName);
    return outcome;
}

bool answers(const LibraryLocation &location, int busyTimeoutMs)
{
    const QString trial = QStringLiteral("dokhae-trial-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    if (connect(location, trial, busyTimeoutMs, &error) != OpenError::None) {
        spdlog::debug("{}", error.toStdString());
        return false;
    }
    QSqlDatabase::database(trial, false).close();
    QSqlDatabase::removeDatabase(trial);
    return true;
}

} // namespace postgres

bool PostgresBackend::open(const QString &connectionName, OpenError *why, QString *message)
{
    QString error;
    if (const OpenError failure = postgres::connect(m_location, connectionName, m_options.busyTimeoutMs, &error);
        failure != OpenError::None)
        return refuse(why, message, failure, error);
    bool accepted = false;
    {
        QSqlDatabase database = QSqlDatabase::database(connectionName, false);
        accepted = checkLibrary(database, why, message);
        if (!accepted)
            database.close();
    }
    if (!accepted)
        QSqlDatabase::removeDatabase(connectionName);
    return accepted;
}

// A database that is empty or a Dokhae library of a version this build knows; an older one is
// brought up to date by whoever may change its schema, and left as it is otherwise.
bool PostgresBackend::checkLibrary(QSqlDatabase &db, OpenError *why, QString *message) const
{
    if (!isDokhaeLibrary(db))
        return refuse(why, message, OpenError::NotALibrary,
                      QCoreApplication::translate("Library", "The database %1 holds tables of another program, not a Dokhae library.").arg(name()));
    const int version = schemaVersionOf(db);
    if (version > latestSchemaVersion())
        return refuse(why, message, OpenError::NewerSchema,
                      QCoreApplication::translate("Library", "The team library %1 was written by a newer version of Dokhae (schema %2; this version knows up "
                         "to %3). Update Dokhae to open it.")
                          .arg(name())
                          .arg(version)
                          .arg(latestSchemaVersion()));
    if (version > 0 && version < postgres::schemaSteps().createdVersion)
        return refuse(why, message, OpenError::NotALibrary,
                      QCoreApplication::translate("Library", "The team library %1 has schema version %2, which no version of Dokhae wrote on PostgreSQL.")
                          .arg(name())
                          .arg(version));
    QString detail;
    if (version < latestSchemaVersion() && !migrate(db, postgres::schemaSteps(), &detail)) {
        const bool forbidden = detail.contains(QLatin1String("permission denied")) || detail.contains(QLatin1String("must be owner"));
        return refuse(why, message, forbidden ? OpenError::ReadOnly : OpenError::Other,
                      forbidden ? QCoreApplication::translate("Library", "The team library %1 needs updating to this version of Dokhae, which your role may not "
                                     "do. Ask the library's administrator to open it once with this version.")
                                      .arg(name())
                                : QCoreApplication::translate("Library", "Cannot update the team library %1 to the current format: %2").arg(name(), detail));
    }
    return true;
}

bool PostgresBackend::reconnect(QSqlDatabase &db, ServerTrial trial)
{
    if (connectionAnswers(db))
        return true;
    // Tried on a connection of its own first, so that the window's stays as it was (open, and
    // still reading what it can) while the server is away.
    if (trial == ServerTrial::TryFirst && !postgres::answers(m_location, m_options.busyTimeoutMs))
        return false;
    db.close();
    if (!db.open())
        return false;
    spdlog::info("Connected again to the team library {}", name().toStdString());
    return true;
}

Health PostgresBackend::checkWhole(QSqlDatabase &db, QString *message)
{
    // The server keeps its own pages whole; what is ours to check is that the search index covers
    // exactly the current revisions.
    QSqlQuery query(db);
    if (dialectOf(db).checkSearchIndex(query)) {
        message->clear();
        return Health::Ok;
    }
    const Health health = query.lastError().isValid() ? postgres::healthOf(query.lastError()) : Health::Damaged;
    *message = QCoreApplication::translate("Library", "The search index of the team library %1 does not match its articles: %2")
                   .arg(name(), query.lastError().isValid() ? errorDetail(query.lastError()) : QCoreApplication::translate("Library", "some articles are missing from it"));
    return health;
}

} // namespace dokhae::store
