#pragma once

#include "store/library_backend.h"

namespace dokhae::store {

namespace postgres {
// Opens a connection named `connectionName` to the database of `location` as the library does
// (the password from ServerPasswords or libpq's files, a connect timeout, our application name)
// without looking at what the database holds. On failure the connection is removed, `error` says
// why, and the answer is CannotCreate (no connection) or Other (Qt's driver is missing).
OpenError connect(const LibraryLocation &location, const QString &connectionName, int busyTimeoutMs, QString *error);
// Whether a new connection to `location` can be made now (then closed again): how a window asks,
// off its own thread, whether a server that went away is back.
bool answers(const LibraryLocation &location, int busyTimeoutMs);
} // namespace postgres

// A team library: a database on a PostgreSQL server, shared by every analyst who connects to it.
class PostgresBackend final : public LibraryBackend {
public:
    PostgresBackend(LibraryLocation location, BackendOptions options);

    bool open(const QString &connectionName, OpenError *why, QString *message) override;
    void close(QSqlDatabase &, const QString &) override {}
    bool checkedWholeOnOpen() const override { return false; }
    Health checkWhole(QSqlDatabase &db, QString *message) override;
    Health accountFor(Health health) const override { return health; }
    QString name() const override { return m_location.toString(); }
    bool reconnect(QSqlDatabase &db, ServerTrial trial) override;

private:
    bool checkLibrary(QSqlDatabase &db, OpenError *why, QString *message) const;

    LibraryLocation m_location;
    BackendOptions m_options;
};

} // namespace dokhae::store
