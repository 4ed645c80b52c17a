#include "store/open_sessions.h"

#include "store/sql_statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <spdlog/spdlog.h>

#include <cerrno>
#include <optional>
#include <csignal>
#include <unistd.h>

namespace dokhae::store::sessions {

namespace {

QString thisHost()
{
    return QSysInfo::machineHostName();
}

// Linux gives each boot a random id; elsewhere the kernel's boot time stands in for it.
QString thisBoot()
{
    static const QString boot = [] {
        QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromLatin1(file.readAll()).trimmed();
        return QSysInfo::bootUniqueId().isEmpty() ? QStringLiteral("unknown") : QString::fromLatin1(QSysInfo::bootUniqueId());
    }();
    return boot;
}

bool processIsRunning(qint64 pid)
{
    // EPERM: the process exists but belongs to someone else; it is running all the same.
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

// A session this host can tell was never closed: left in an earlier boot, or by a process that
// is no longer running.
bool isAbandoned(const QString &host, const QString &boot, qint64 pid)
{
    return host == thisHost() && (boot != thisBoot() || !processIsRunning(pid));
}

} // namespace

// The sessions this host can tell were never closed, as (host, boot, pid); nullopt when the table
// cannot be read.
std::optional<QList<QVariantList>> abandonedSessions(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT host, boot, pid FROM open_sessions")))
        return std::nullopt;
    QList<QVariantList> abandoned;
    while (query.next()) {
        if (isAbandoned(query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()))
            abandoned.append({query.value(0), query.value(1), query.value(2)});
    }
    if (query.lastError().isValid())
        return std::nullopt;
    return abandoned;
}

LastClose lastClose(QSqlDatabase &db)
{
    const std::optional<QList<QVariantList>> abandoned = abandonedSessions(db);
    if (!abandoned)
        return LastClose::Unknown;
    return abandoned->isEmpty() ? LastClose::Clean : LastClose::Unclean;
}

bool begin(QSqlDatabase &db, const QString &connection, QString *error)
{
    QSqlQuery query(db);
    if (runStatement(query,
                     QStringLiteral("INSERT OR REPLACE INTO open_sessions (host, boot, pid, connection, opened_at) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {thisHost(), thisBoot(), QCoreApplication::applicationPid(), connection,
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}))
        return true;
    if (error)
        *error = errorDetail(query.lastError());
    return false;
}

void end(QSqlDatabase &db, const QString &connection)
{
    QSqlQuery query(db);
    if (!runStatement(query,
                      QStringLiteral("DELETE FROM open_sessions WHERE host = ? AND boot = ? AND pid = ? AND connection = ?"),
                      {thisHost(), thisBoot(), QCoreApplication::applicationPid(), connection}))
        spdlog::warn("Library session not closed: {}", errorDetail(query.lastError()).toStdString());
}

void forgetAbandoned(QSqlDatabase &db)
{
    QSqlQuery query(db);
    for (const QVariantList &session : abandonedSessions(db).value_or(QList<QVariantList>()))
        runStatement(query, QStringLiteral("DELETE FROM open_sessions WHERE host = ? AND boot = ? AND pid = ?"), session);
}

} // namespace dokhae::store::sessions
