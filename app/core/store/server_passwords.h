#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

// Passwords typed for team libraries in this session, held in memory only and never written
// anywhere, so that the window's worker threads (search, imports, All Entities), which open
// connections of their own, reach the server as the window did. Without one, libpq looks in
// ~/.pgpass and the service file itself.
namespace dokhae::store {

class ServerPasswords {
public:
    void remember(const QString &location, const QString &password);
    void forget(const QString &location);
    QString find(const QString &location) const;  // empty when none was typed

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_passwords;
};

ServerPasswords &serverPasswords();

} // namespace dokhae::store
