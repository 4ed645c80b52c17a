// The PostgreSQL server every team-library suite stands on (tests/common/pg_test_server.h): it
// starts from nothing, Qt's QPSQL driver reaches it on its socket, databases and roles are kept
// apart the way the server keeps them for real, it can be stopped and started under an open
// session, and no postgres process outlives the object or the test process.
#include "pg_test_server.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using dokhae::test::PgTestConnection;
using dokhae::test::PgTestServer;

namespace {

// A process counts as running while /proc knows it and it is not a zombie: an orphan's zombie
// waits for PID 1, which in a container may never reap it.
bool processRunning(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype state = text.lastIndexOf(')') + 2; // "pid (name) S ppid ..."
    return state > 1 && state < text.size() && text.at(state) != 'Z' && text.at(state) != 'X';
}

// The processes /proc lists whose parent is `parent` (with parent 0: all of them).
QList<qint64> processes(qint64 parent = 0)
{
    QList<qint64> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (parent == 0 || (fields.size() > 1 && fields.at(1).toLongLong() == parent))
            found << pid;
    }
    return found;
}

// Running processes whose command line names `path`: the postmaster is started with -D DATA_DIR.
QList<qint64> runningProcessesNaming(const QString &path)
{
    QList<qint64> found;
    for (qint64 pid : processes()) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(QFile::encodeName(path))
            && processRunning(pid))
            found << pid;
    }
    return found;
}

QList<qint64> stillRunning(const QList<qint64> &pids)
{
    QList<qint64> running;
    for (qint64 pid : pids) {
        if (processRunning(pid))
            running << pid;
    }
    return running;
}

// The first column of the first row of `sql`, or an invalid QVariant with the error in the log.
QVariant queryValue(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

// Sets (or, with a null value, removes) an environment variable for the length of a scope.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : m_name(name), m_wasSet(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        value.isNull() ? qunsetenv(name) : qputenv(name, value);
    }
    ~ScopedEnvironment() { m_wasSet ? qputenv(m_name, m_old) : qunsetenv(m_name); }
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_old;
};

} // namespace

class TestPgServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverIsPostgres15();
    void locationIsOneLibpqAccepts();
    void freshDatabasesAreIndependent();
    void roleIsRefusedWhatItWasNotGranted();
    void roleWithPasswordMustGiveIt();
    void restartEndsOldSessionsWithAnError_data();
    void restartEndsOldSessionsWithAnError();
    void missingPostgresSkipsUnlessRequired();
    void serverEndsWithTheTestProcess_data();
    void serverEndsWithTheTestProcess();
    void destroyingTheServerStopsIt();

private:
    std::unique_ptr<PgTestServer> m_server = std::make_unique<PgTestServer>();
};

void TestPgServer::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    DOKHAE_START_PG_OR_SKIP(*m_server);
    qInfo("initdb and first start: %lld ms (as %s, socket in %s)", timer.elapsed(), qPrintable(m_server->osUser()),
          qPrintable(m_server->socketDirectory()));
    QVERIFY(m_server->isRunning());
    QVERIFY(m_server->postmasterPid() > 0);
    // A socket's path must fit sockaddr_un (108 bytes, the terminating zero included).
    QVERIFY(QFile::encodeName(m_server->socketDirectory() + QStringLiteral("/.s.PGSQL.5432")).size() < 108);
}

void TestPgServer::serverIsPostgres15()
{
    PgTestConnection admin(*m_server, QStringLiteral("postgres"));
    QVERIFY2(admin.isOpen(), qPrintable(admin.errorString()));
    const QString version = queryValue(admin.db(), QStringLiteral("SELECT version()")).toString();
    QVERIFY2(version.startsWith(QLatin1String("PostgreSQL 15.")), qPrintable(version));
    QCOMPARE(queryValue(admin.db(), QStringLiteral("SELECT current_setting('server_version_num')::int / 10000")).toInt(), 15);
    QCOMPARE(queryValue(admin.db(), QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).toBool(),
             true);
    // Korean text needs the database to be UTF-8, whatever the machine's locale.
    QCOMPARE(queryValue(admin.db(), QStringLiteral("SELECT pg_encoding_to_char(encoding) FROM pg_database "
                                                   "WHERE datname = current_database()"))
                 .toString(),
             QStringLiteral("UTF8"));
    // No TCP port: nothing but this test reaches the server.
    QCOMPARE(queryValue(admin.db(), QStringLiteral("SHOW listen_addresses")).toString(), QString());
}

void TestPgServer::locationIsOneLibpqAccepts()
{
    const QString db = m_server->createDatabase();
    QVERIFY2(!db.isEmpty(), qPrintable(m_server->errorString()));
    const QString location = m_server->location(db);
    QCOMPARE(location, QStringLiteral("postgresql://dokhae_admin@/%1?host=%2&port=5432").arg(db, m_server->socketDirectory()));

    // libpq's own client reads the location as the backend will hand it to libpq.
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("PG")))
            env.remove(name);
    }
    psql.setProcessEnvironment(env);
    psql.start(m_server->program(QStringLiteral("psql")),
               {QStringLiteral("--no-psqlrc"), QStringLiteral("--tuples-only"), QStringLiteral("--no-align"),
                QStringLiteral("--command=SELECT current_user || ' ' || current_database()"), location});
    QVERIFY(psql.waitForFinished(30000));
    QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());
    QCOMPARE(QString::fromUtf8(psql.readAllStandardOutput()).trimmed(), QStringLiteral("dokhae_admin ") + db);
}

void TestPgServer::freshDatabasesAreIndependent()
{
    const QString first = m_server->createDatabase();
    const QString second = m_server->createDatabase();
    QVERIFY2(!first.isEmpty() && !second.isEmpty(), qPrintable(m_server->errorString()));
    QVERIFY(first != second);

    QVERIFY2(m_server->runSql(QStringLiteral("CREATE TABLE notes(body text); INSERT INTO notes VALUES ('first')"), first),
             qPrintable(m_server->errorString()));
    PgTestConnection inSecond(*m_server, second);
    QVERIFY2(inSecond.isOpen(), qPrintable(inSecond.errorString()));
    QCOMPARE(queryValue(inSecond.db(), QStringLiteral("SELECT to_regclass('notes') IS NULL")).toBool(), true);
    QVERIFY2(m_server->runSql(QStringLiteral("CREATE TABLE notes(body text); INSERT INTO notes VALUES ('second'), ('third')"),
                              second),
             qPrintable(m_server->errorString()));

    PgTestConnection inFirst(*m_server, first);
    QVERIFY2(inFirst.isOpen(), qPrintable(inFirst.errorString()));
    QCOMPARE(queryValue(inFirst.db(), QStringLiteral("SELECT string_agg(body, ',') FROM notes")).toString(),
             QStringLiteral("first"));
    QCOMPARE(queryValue(inSecond.db(), QStringLiteral("SELECT count(*) FROM notes")).toInt(), 2);
}

void TestPgServer::roleIsRefusedWhatItWasNotGranted()
{
    const QString db = m_server->createDatabase();
    QVERIFY2(!db.isEmpty(), qPrintable(m_server->errorString()));
    QVERIFY2(m_server->createRole(QStringLiteral("reader_1")), qPrintable(m_server->errorString()));
    QVERIFY2(m_server->runSql(QStringLiteral("CREATE SCHEMA team"), db), qPrintable(m_server->errorString()));

    PgTestConnection reader(*m_server, db, QStringLiteral("reader_1"));
    QVERIFY2(reader.isOpen(), qPrintable(reader.errorString()));
    QCOMPARE(queryValue(reader.db(), QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).toBool(),
             false);
    // 42501 is SQLSTATE insufficient_privilege. PostgreSQL 15 no longer lets everyone create in
    // public either.
    for (const QString &schema : {QStringLiteral("team"), QStringLiteral("public")}) {
        QSqlQuery create(reader.db());
        QVERIFY2(!create.exec(QStringLiteral("CREATE TABLE %1.notes(body text)").arg(schema)), qPrintable(schema));
        QCOMPARE(create.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }

    // The refusal was the missing grant's: with it, the same statement passes.
    QVERIFY2(m_server->runSql(QStringLiteral("GRANT USAGE, CREATE ON SCHEMA team TO reader_1"), db),
             qPrintable(m_server->errorString()));
    QSqlQuery create(reader.db());
    QVERIFY2(create.exec(QStringLiteral("CREATE TABLE team.notes(body text)")), qPrintable(create.lastError().text()));
}

void TestPgServer::roleWithPasswordMustGiveIt()
{
    const QString db = m_server->createDatabase();
    QVERIFY2(!db.isEmpty(), qPrintable(m_server->errorString()));
    const QString password = QStringLiteral("correct 'horse' 배터리");
    QVERIFY2(m_server->createRole(QStringLiteral("analyst_1"), password), qPrintable(m_server->errorString()));
    QVERIFY2(m_server->createRole(QStringLiteral("analyst_2")), qPrintable(m_server->errorString()));

    {
        PgTestConnection wrong(*m_server, db, QStringLiteral("analyst_1"), QStringLiteral("staple"));
        QVERIFY(!wrong.isOpen());
        QVERIFY2(wrong.errorString().contains(QLatin1String("password authentication failed")),
                 qPrintable(wrong.errorString()));
    }
    {
        PgTestConnection none(*m_server, db, QStringLiteral("analyst_1"));
        QVERIFY(!none.isOpen());
    }
    PgTestConnection right(*m_server, db, QStringLiteral("analyst_1"), password);
    QVERIFY2(right.isOpen(), qPrintable(right.errorString()));
    QCOMPARE(queryValue(right.db(), QStringLiteral("SELECT current_user")).toString(), QStringLiteral("analyst_1"));
    PgTestConnection trusted(*m_server, db, QStringLiteral("analyst_2"));
    QVERIFY2(trusted.isOpen(), qPrintable(trusted.errorString()));
}

void TestPgServer::restartEndsOldSessionsWithAnError_data()
{
    QTest::addColumn<PgTestServer::StopMode>("mode");
    QTest::newRow("fast (a restart)") << PgTestServer::StopMode::Fast;
    QTest::newRow("immediate (a crash)") << PgTestServer::StopMode::Immediate;
}

void TestPgServer::restartEndsOldSessionsWithAnError()
{
    QFETCH(PgTestServer::StopMode, mode);
    const QString db = m_server->createDatabase();
    QVERIFY2(!db.isEmpty(), qPrintable(m_server->errorString()));
    PgTestConnection old(*m_server, db);
    QVERIFY2(old.isOpen(), qPrintable(old.errorString()));
    QVERIFY(QSqlQuery(old.db()).exec(QStringLiteral("CREATE TABLE kept(x int); INSERT INTO kept VALUES (7)")));
    const qint64 oldPid = m_server->postmasterPid();

    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_server->stop(mode), qPrintable(m_server->errorString()));
    const qint64 stopped = timer.restart();
    QVERIFY(!m_server->isRunning());
    QVERIFY(!processRunning(oldPid));
    {
        PgTestConnection meanwhile(*m_server, db);
        QVERIFY(!meanwhile.isOpen());
        QVERIFY(!meanwhile.errorString().isEmpty());
    }

    timer.restart();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    qInfo("stop: %lld ms, start again: %lld ms", stopped, timer.elapsed());

    // The old session's next statement fails with an error, not a crash, and says why.
    QSqlQuery stale(old.db());
    QVERIFY(!stale.exec(QStringLiteral("SELECT x FROM kept")));
    QVERIFY(stale.lastError().type() != QSqlError::NoError);
    QVERIFY(!stale.lastError().text().isEmpty());
    qInfo("the old session says: %s", qPrintable(stale.lastError().text().simplified()));

    PgTestConnection fresh(*m_server, db);
    QVERIFY2(fresh.isOpen(), qPrintable(fresh.errorString()));
    QCOMPARE(queryValue(fresh.db(), QStringLiteral("SELECT x FROM kept")).toInt(), 7);
}

void TestPgServer::missingPostgresSkipsUnlessRequired()
{
    const ScopedEnvironment nowhere("DOKHAE_PG_BINDIR", "/nonexistent/postgresql/bin");
    {
        const ScopedEnvironment notRequired("DOKHAE_REQUIRE_POSTGRES", QByteArray());
        PgTestServer server;
        QVERIFY(!server.start());
        QVERIFY(server.mayBeSkipped());
        QVERIFY2(server.errorString().contains(QLatin1String("/nonexistent/postgresql/bin/initdb")),
                 qPrintable(server.errorString()));
    }
    const ScopedEnvironment required("DOKHAE_REQUIRE_POSTGRES", "1");
    PgTestServer server;
    QVERIFY(!server.start());
    QVERIFY(!server.mayBeSkipped());
    QVERIFY2(server.errorString().contains(QLatin1String("DOKHAE_REQUIRE_POSTGRES=1")), qPrintable(server.errorString()));
}

void TestPgServer::serverEndsWithTheTestProcess_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("a failing test") << QStringLiteral("fail");
    QTest::newRow("a killed test") << QStringLiteral("kill");
}

void TestPgServer::serverEndsWithTheTestProcess()
{
    QFETCH(QString, mode);
    QProcess child;
    child.start(QStringLiteral(PG_SERVER_CHILD_PATH), {mode});
    QVERIFY(child.waitForStarted());
    QByteArray said;
    while (!said.contains('\n') && child.waitForReadyRead(60000))
        said += child.readAllStandardOutput();
    const QList<QByteArray> words = said.trimmed().split(' ');
    QVERIFY2(words.size() == 3 && words.at(0) == "postmaster", child.readAllStandardError().constData());
    const qint64 postmaster = words.at(1).toLongLong();
    const QString folder = QFileInfo(QFile::decodeName(words.at(2))).path();
    QVERIFY(processRunning(postmaster));
    const QList<qint64> serverProcesses = QList<qint64>{postmaster} + processes(postmaster);
    QVERIFY2(serverProcesses.size() > 1, "the postmaster has no background processes");

    child.write("go\n");
    QVERIFY(child.waitForFinished(60000));
    if (mode == QLatin1String("kill"))
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    else
        QCOMPARE(child.exitCode(), 1); // one failed case

    // A killed test's server hears of it from the kernel and shuts down on its own.
    QTRY_VERIFY_WITH_TIMEOUT(stillRunning(serverProcesses).isEmpty(), 15000);

    // Its folder is left behind until the next server's start clears it.
    if (mode == QLatin1String("kill")) {
        QVERIFY(QFileInfo::exists(folder));
        QVERIFY(PgTestServer::removeAbandonedFolders() >= 1);
    }
    QVERIFY(!QFileInfo::exists(folder));
    // The folder of a running server is not abandoned.
    QVERIFY(QFileInfo::exists(m_server->dataDirectory()));
}

void TestPgServer::destroyingTheServerStopsIt()
{
    const QString dataDirectory = m_server->dataDirectory();
    const qint64 postmaster = m_server->postmasterPid();
    QVERIFY(postmaster > 0);
    QVERIFY(runningProcessesNaming(dataDirectory).contains(postmaster));
    // A session still open when the server goes: its backend must go too.
    PgTestConnection open(*m_server, QStringLiteral("postgres"));
    QVERIFY2(open.isOpen(), qPrintable(open.errorString()));
    const QList<qint64> serverProcesses = QList<qint64>{postmaster} + processes(postmaster);

    QElapsedTimer timer;
    timer.start();
    m_server.reset();
    qInfo("destroyed (immediate stop, folder removed): %lld ms", timer.elapsed());
    QCOMPARE(stillRunning(serverProcesses), QList<qint64>());
    QCOMPARE(runningProcessesNaming(dataDirectory), QList<qint64>());
    QVERIFY(!QFileInfo::exists(dataDirectory));
}

QTEST_GUILESS_MAIN(TestPgServer)
#include "test_pg_server.moc"
