#pragma once

// A PostgreSQL 15 server for one test run: initdb into a temporary folder, listening only on a Unix
// socket there, run as the `postgres` OS user when the test runs as root (postgres refuses root),
// stopped at once when this object goes away. A stopgap until the shared test server class
// (tests/common) lands; nothing here is meant to outlive that.

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

namespace dokhae::testing {

class LocalPgServer {
public:
    static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }
    static bool installed() { return QFileInfo::exists(binDir() + u"/initdb"_qs); }

    ~LocalPgServer()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        if (!m_connection.isEmpty())
            QSqlDatabase::removeDatabase(m_connection);
        if (m_started)
            run(u"pg_ctl"_qs, {u"-D"_qs, dataDir(), u"-m"_qs, u"immediate"_qs, u"stop"_qs});
    }

    bool start(QString *error)
    {
        if (!m_dir.isValid())
            return fail(error, u"no temporary folder"_qs);
        if (geteuid() == 0) {
            const passwd *user = getpwnam("postgres");
            if (!user || chown(qPrintable(m_dir.path()), user->pw_uid, user->pw_gid) != 0)
                return fail(error, u"no postgres user to run the server as"_qs);
            m_runAs = QStringLiteral("postgres");
        }
        if (!run(u"initdb"_qs, {u"-D"_qs, dataDir(), u"-A"_qs, u"trust"_qs, u"-U"_qs, u"postgres"_qs, u"-E"_qs, u"UTF8"_qs,
                               u"--locale=C.UTF-8"_qs, u"--no-sync"_qs}, error))
            return false;
        const QString options = QStringLiteral("-k %1 -c listen_addresses= -c fsync=off").arg(m_dir.path());
        if (!run(u"pg_ctl"_qs, {u"-D"_qs, dataDir(), u"-o"_qs, options, u"-l"_qs, m_dir.filePath(u"log"_qs), u"-w"_qs, u"start"_qs}, error))
            return false;
        m_started = true;
        m_connection = QUuid::createUuid().toString();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, m_connection);
        db.setHostName(m_dir.path());
        db.setDatabaseName(u"postgres"_qs);
        db.setUserName(u"postgres"_qs);
        if (!db.open())
            return fail(error, db.lastError().text());
        return true;
    }

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }

private:
    QString dataDir() const { return m_dir.filePath(u"data"_qs); }

    static bool fail(QString *error, const QString &why)
    {
        if (error)
            *error = why;
        return false;
    }

    bool run(const QString &program, const QStringList &arguments, QString *error = nullptr) const
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        const QString path = binDir() + u'/' + program;
        if (m_runAs.isEmpty())
            process.start(path, arguments);
        else
            process.start(u"runuser"_qs, QStringList{u"-u"_qs, m_runAs, u"--"_qs, path} + arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return fail(error, program + u": "_qs + QString::fromLocal8Bit(process.readAllStandardError()));
        return true;
    }

    // A prefix of its own, apart from the shared harness's folders (which it cleans up after).
    QTemporaryDir m_dir{QDir::tempPath() + u"/dokhae-search-pg-XXXXXX"_qs};
    QString m_runAs;
    QString m_connection;
    bool m_started = false;
};

} // namespace dokhae::testing
