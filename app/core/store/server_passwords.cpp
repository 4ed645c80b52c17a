#include "store/server_passwords.h"

namespace dokhae::store {

void ServerPasswords::remember(const QString &location, const QString &password)
{
    const QMutexLocker lock(&m_mutex);
    m_passwords.insert(location, password);
}

void ServerPasswords::forget(const QString &location)
{
    const QMutexLocker lock(&m_mutex);
    m_passwords.remove(location);
}

QString ServerPasswords::find(const QString &location) const
{
    const QMutexLocker lock(&m_mutex);
    return m_passwords.value(location);
}

ServerPasswords &serverPasswords()
{
    static ServerPasswords passwords;
    return passwords;
}

} // namespace dokhae::store
