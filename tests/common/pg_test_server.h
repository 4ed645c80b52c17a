// A PostgreSQL 15 server of a test executable's own, for the suites that run against the team
// library backend: initdb into a temporary folder, a server that listens on a Unix socket in that
// folder only (no TCP port, so parallel suites never meet), and nothing left running afterwards.
//
// The server process is a child of the test (not daemonized by pg_ctl) and is told by the kernel
// to shut down immediately when the test dies (PR_SET_PDEATHSIG): a crashed or killed test leaves
// no postgres behind either. Start and stop it from one thread (the main one, e.g. in
// initTestCase()), since that signal follows the thread that started it.
//
// Since postgres refuses to run as root and CI runs as root, a root test runs initdb and the server
// as the `postgres` user (the postgresql-15 package makes it), or `nobody` without it.
//
//     PgTestServer server;                          // a member of the test class
//     DOKHAE_START_PG_OR_SKIP(server);              // in initTestCase()
//     const QString db = server.createDatabase();   // a fresh database per test case
//     QVERIFY2(server.createRole(QStringLiteral("ana"), QStringLiteral("secret")), qPrintable(server.errorString()));
//     PgTestConnection ana(server, db, QStringLiteral("ana"), QStringLiteral("secret"));
//     QVERIFY2(ana.isOpen(), qPrintable(ana.errorString()));
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <sys/types.h>

class QProcess;

namespace dokhae::test {

// Starts `server` unless it is running; when it cannot, skips when PostgreSQL 15 or Qt's QPSQL
// driver is not installed, and fails for any other reason. With DOKHAE_REQUIRE_POSTGRES=1 in the
// environment (CI) a missing installation fails too, so that the PostgreSQL suites cannot pass by
// skipping. In initTestCase() of a PostgreSQL suite (skips the whole suite), or at the top of the
// PostgreSQL rows of a suite that runs against both backends.
#define DOKHAE_START_PG_OR_SKIP(server)                                                                                \
    do {                                                                                                               \
        if (!(server).start()) {                                                                                       \
            if ((server).mayBeSkipped())                                                                               \
                QSKIP(qPrintable((server).errorString()));                                                             \
            QFAIL(qPrintable((server).errorString()));                                                                 \
        }                                                                                                              \
    } while (false)

class PgTestServer
{
public:
    // The superuser initdb creates; it connects without a password.
    static QString adminRole();
    // Roles created with a password belong to this group, which pg_hba.conf holds to SCRAM
    // passwords; every other role is trusted on the socket.
    static QString passwordGroupRole();

    PgTestServer();
    // Stops the server at once (immediate shutdown) and removes its folder, unless DOKHAE_PG_KEEP=1
    // (to read server.log after a failure; runSql("ALTER SYSTEM SET log_statement = 'all'") and
    // runSql("SELECT pg_reload_conf()") make it list every statement).
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    // The first call runs initdb; every call starts the server (again, after stop()) and returns
    // once it accepts connections. False with errorString() when it could not.
    bool start();
    // Fast: what an administrator's restart does (sessions are ended, a clean checkpoint).
    // Immediate: what a crash of the server does (the next start recovers from the WAL).
    enum class StopMode { Fast, Immediate };
    bool stop(StopMode mode = StopMode::Fast);
    bool isRunning() const;

    // Why the last call failed.
    QString errorString() const { return m_error; }
    // True when start() failed because PostgreSQL 15 or the QPSQL driver is not installed here and
    // DOKHAE_REQUIRE_POSTGRES is not 1.
    bool mayBeSkipped() const { return m_missingInstallation && !postgresRequired(); }
    static bool postgresRequired();

    // Where the server keeps its socket (a short path: a socket's path is limited to ~100 bytes).
    QString socketDirectory() const;
    int port() const { return 5432; }
    QString dataDirectory() const;
    QString logFilePath() const;
    // The running postmaster's process id, 0 when it is not running.
    qint64 postmasterPid() const;
    // The OS user the server runs as.
    QString osUser() const { return m_osUserName; }
    // A PostgreSQL program (psql, pg_dump, ...) of the installation the server runs from.
    QString program(const QString &name) const;

    // A library location in libpq's URI form, as a user would type it (no password: libpq takes
    // those from ~/.pgpass): postgresql://ROLE@/DATABASE?host=SOCKET_DIR&port=5432
    QString location(const QString &database, const QString &role = adminRole()) const;
    // A QPSQL connection named `connectionName`, added and opened; the socket folder is passed as
    // the host name, which libpq takes for a Unix socket folder since it starts with a slash.
    QSqlDatabase connect(const QString &connectionName, const QString &database, const QString &role = adminRole(),
                         const QString &password = {}) const;

    // A database of a new name (test_1, test_2, ...), owned by `owner` (the superuser when empty);
    // its name, or an empty string with errorString().
    QString createDatabase(const QString &owner = {});
    // CREATE ROLE name WITH attributes; with a password, the role must give it to connect. Roles
    // belong to the whole server, not to a database: give each test case names of its own.
    bool createRole(const QString &name, const QString &password = {},
                    const QString &attributes = QStringLiteral("LOGIN"));
    // Runs `sql` (one or more statements) in `database` as the superuser, on a connection of its own.
    bool runSql(const QString &sql, const QString &database = QStringLiteral("postgres"));

    // Removes the folders of servers whose test process died without removing them (a crash, a
    // kill) and whose server has ended too; start() calls it. The number of folders removed.
    static int removeAbandonedFolders();

    static QString quoteIdentifier(const QString &name);
    static QString quoteLiteral(const QString &text);

private:
    bool fail(const QString &why);
    bool missing(const QString &why);
    bool prepareFolder();
    bool initDatabaseCluster();
    bool waitUntilReady();
    // A child process that runs as the server's OS user and gets SIGQUIT when this thread dies.
    std::unique_ptr<QProcess> serverUserProcess(const QString &name, const QString &logFile) const;
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<QProcess> m_postmaster;
    QString m_binDir;
    QString m_osUserName;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    bool m_switchUser = false;
    bool m_initialized = false;
    bool m_missingInstallation = false;
    int m_databaseCount = 0;
    QString m_error;
};

// A QPSQL connection for the length of a scope; removed from Qt's list of connections at its end.
class PgTestConnection
{
public:
    PgTestConnection(const PgTestServer &server, const QString &database, const QString &role = PgTestServer::adminRole(),
                     const QString &password = {});
    ~PgTestConnection();
    PgTestConnection(const PgTestConnection &) = delete;
    PgTestConnection &operator=(const PgTestConnection &) = delete;

    QSqlDatabase &db() { return m_db; }
    bool isOpen() const { return m_db.isOpen(); }
    QString errorString() const;

private:
    QSqlDatabase m_db;
};

} // namespace dokhae::test
