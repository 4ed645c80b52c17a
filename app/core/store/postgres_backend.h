#pragma once

#include "store/library_backend.h"

namespace dokhae::store {

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

private:
    bool checkLibrary(QSqlDatabase &db, OpenError *why, QString *message) const;

    LibraryLocation m_location;
    BackendOptions m_options;
};

} // namespace dokhae::store
