#pragma once

#include "store/library_backend.h"

#include <QStringList>

namespace dokhae::store {

// A library that is one SQLite file on this machine.
class SqliteBackend final : public LibraryBackend {
public:
    SqliteBackend(const QString &path, BackendOptions options);

    bool open(const QString &connectionName, OpenError *why, QString *message) override;
    void close(QSqlDatabase &db, const QString &connectionName) override;
    bool checkedWholeOnOpen() const override { return m_checkedWholeFile; }
    Health checkWhole(QSqlDatabase &db, QString *message) override;
    Health accountFor(Health health) const override;
    QString name() const override { return m_path; }
    // A file is always there while the connection is open.
    bool reconnect(QSqlDatabase &db, ServerTrial) override { return db.isOpen(); }

private:
    static bool refuse(OpenError *why, QString *message, OpenError error, const QString &text);
    bool checkFileBeforeOpen(OpenError *why, QString *message) const;
    bool checkConnection(QSqlDatabase &database, OpenError *why, QString *message);
    void removeFilesCreatedByFailedOpen(const QStringList &existedBefore) const;

    QString m_path;
    BackendOptions m_options;
    bool m_checkedWholeFile = false;
};

} // namespace dokhae::store
