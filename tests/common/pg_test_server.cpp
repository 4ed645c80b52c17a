#include "pg_test_server.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace dokhae::test {

namespace {

// Where Debian's postgresql-15 puts its programs; DOKHAE_PG_BINDIR points elsewhere.
const char kDefaultBinDir[] = "/usr/lib/postgresql/15/bin";
// libpq's limit for a socket's whole path is sizeof(sockaddr_un::sun_path), 108 bytes with the
// ".s.PGSQL.5432" name; a temporary folder longer than this falls back to /tmp.
constexpr int kLongestTempBase = 60;
constexpr int kInitdbMilliseconds = 120000;
constexpr int kReadyMilliseconds = 60000;
constexpr int kPollMilliseconds = 20;

QString dataPath(const QTemporaryDir &folder) { return folder.filePath(QStringLiteral("data")); }

// The programs inherit the test's environment without libpq's PG* variables, which would otherwise
// point initdb or the server at someone else's settings.
QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList names = env.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("PG")))
            env.remove(name);
    }
    return env;
}

QString lastLines(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines.join(QLatin1Char('\n'));
}

bool appendText(const QString &path, const QString &text, QIODevice::OpenMode mode = QIODevice::Append)
{
    QFile file(path);
    return file.open(mode | QIODevice::WriteOnly) && file.write(text.toUtf8()) == text.toUtf8().size();
}

// Where the folders go: another user must reach them, and a socket's path must stay short.
QString folderBase(bool switchUser)
{
    const QString temp = QDir::tempPath();
    return switchUser || temp.size() > kLongestTempBase ? QStringLiteral("/tmp") : temp;
}

const QString kFolderPrefix = QStringLiteral("dokhae-pg-");
// A file in the folder with the process id of the test that made it.
const QString kOwnerFile = QStringLiteral("owner.pid");

bool processExists(qint64 pid) { return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM); }

qint64 firstNumberIn(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readLine().trimmed().toLongLong() : 0;
}

QString uriPart(const QString &text, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

} // namespace

QString PgTestServer::adminRole() { return QStringLiteral("dokhae_admin"); }
QString PgTestServer::passwordGroupRole() { return QStringLiteral("dokhae_password_login"); }

bool PgTestServer::postgresRequired() { return qEnvironmentVariable("DOKHAE_REQUIRE_POSTGRES") == QLatin1String("1"); }

PgTestServer::PgTestServer()
    : m_binDir(qEnvironmentVariableIsSet("DOKHAE_PG_BINDIR") ? qEnvironmentVariable("DOKHAE_PG_BINDIR")
                                                              : QString::fromLatin1(kDefaultBinDir))
{
}

PgTestServer::~PgTestServer()
{
    stop(StopMode::Immediate);
    if (m_folder && qEnvironmentVariable("DOKHAE_PG_KEEP") == QLatin1String("1")) {
        // Without its owner's id, removeAbandonedFolders() leaves it alone too.
        m_folder->setAutoRemove(false);
        QFile::remove(m_folder->filePath(kOwnerFile));
        qInfo("DOKHAE_PG_KEEP=1: the server's folder and log stay in %s", qPrintable(m_folder->path()));
    }
}

QString PgTestServer::quoteIdentifier(const QString &name)
{
    QString doubled = name;
    return QLatin1Char('"') + doubled.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString PgTestServer::quoteLiteral(const QString &text)
{
    QString doubled = text;
    return QLatin1Char('\'') + doubled.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

bool PgTestServer::fail(const QString &why)
{
    m_error = why;
    return false;
}

bool PgTestServer::missing(const QString &why)
{
    m_missingInstallation = true;
    return fail(postgresRequired() ? why + QLatin1String(", and DOKHAE_REQUIRE_POSTGRES=1 makes that a failure") : why);
}

QString PgTestServer::program(const QString &name) const { return m_binDir + QLatin1Char('/') + name; }

QString PgTestServer::socketDirectory() const { return m_folder ? m_folder->filePath(QStringLiteral("s")) : QString(); }

QString PgTestServer::dataDirectory() const { return m_folder ? dataPath(*m_folder) : QString(); }

QString PgTestServer::logFilePath() const
{
    return m_folder ? m_folder->filePath(QStringLiteral("server.log")) : QString();
}

QString PgTestServer::logTail() const
{
    const QString initdb = m_folder ? lastLines(m_folder->filePath(QStringLiteral("initdb.log")), 10) : QString();
    const QString server = m_folder ? lastLines(logFilePath(), 10) : QString();
    return initdb + (initdb.isEmpty() || server.isEmpty() ? QString() : QStringLiteral("\n")) + server;
}

bool PgTestServer::prepareFolder()
{
    for (const QString &name : {QStringLiteral("initdb"), QStringLiteral("postgres")}) {
        if (!QFileInfo(program(name)).isExecutable())
            return missing(QStringLiteral("PostgreSQL 15 is not installed here (no %1; Debian's postgresql-15, or "
                                          "DOKHAE_PG_BINDIR naming its bin folder)")
                               .arg(program(name)));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return missing(QStringLiteral("Qt's QPSQL driver is not installed here (Debian's libqt6sql6-psql)"));

    m_switchUser = ::geteuid() == 0;
    if (m_switchUser) {
        // initdb and postgres refuse to run as root: the package's own user, or nobody.
        const passwd *user = ::getpwnam("postgres");
        if (!user)
            user = ::getpwnam("nobody");
        if (!user)
            return fail(QStringLiteral("running as root, and there is neither a postgres nor a nobody user to run "
                                       "PostgreSQL as"));
        m_uid = user->pw_uid;
        m_gid = user->pw_gid;
        m_osUserName = QString::fromLocal8Bit(user->pw_name);
    } else {
        m_uid = ::geteuid();
        m_gid = ::getegid();
        const passwd *user = ::getpwuid(m_uid);
        m_osUserName = user ? QString::fromLocal8Bit(user->pw_name) : QString::number(m_uid);
    }

    removeAbandonedFolders();
    const QString base = folderBase(m_switchUser);
    m_folder = std::make_unique<QTemporaryDir>(base + QLatin1Char('/') + kFolderPrefix + QStringLiteral("XXXXXX"));
    if (!m_folder->isValid())
        return fail(QStringLiteral("could not make a temporary folder in %1: %2").arg(base, m_folder->errorString()));
    if (!appendText(m_folder->filePath(kOwnerFile), QString::number(QCoreApplication::applicationPid())))
        return fail(QStringLiteral("could not write in %1").arg(m_folder->path()));
    if (!QDir(m_folder->path()).mkdir(QStringLiteral("s")))
        return fail(QStringLiteral("could not make the socket folder %1").arg(socketDirectory()));
    if (m_switchUser) {
        for (const QString &path : {m_folder->path(), socketDirectory()}) {
            if (::chown(QFile::encodeName(path).constData(), m_uid, m_gid) != 0)
                return fail(QStringLiteral("could not give %1 to %2: %3")
                                .arg(path, m_osUserName, QString::fromLocal8Bit(::strerror(errno))));
        }
    }
    return true;
}

int PgTestServer::removeAbandonedFolders()
{
    int removed = 0;
    QDir base(folderBase(::geteuid() == 0));
    const QStringList folders = base.entryList({kFolderPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : folders) {
        QDir folder(base.filePath(name));
        // A folder without its owner's id is still being made, or not ours to judge.
        const qint64 owner = firstNumberIn(folder.filePath(kOwnerFile));
        const qint64 postmaster = firstNumberIn(folder.filePath(QStringLiteral("data/postmaster.pid")));
        if (owner > 0 && !processExists(owner) && !processExists(postmaster) && folder.removeRecursively())
            ++removed;
    }
    return removed;
}

std::unique_ptr<QProcess> PgTestServer::serverUserProcess(const QString &name, const QString &logFile) const
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(program(name));
    process->setWorkingDirectory(m_folder->path());
    process->setProcessEnvironment(childEnvironment());
    process->setStandardOutputFile(logFile, QIODevice::Append);
    process->setStandardErrorFile(logFile, QIODevice::Append);
    const bool switchUser = m_switchUser;
    const uid_t uid = m_uid;
    const gid_t gid = m_gid;
    const pid_t parent = ::getpid();
    // Runs in the child between fork and exec: only async-signal-safe calls. The death signal is
    // set after the user switch, which would clear it.
    process->setChildProcessModifier([switchUser, uid, gid, parent] {
        if (switchUser && (::setgroups(1, &gid) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0))
            ::_exit(126);
        if (::prctl(PR_SET_PDEATHSIG, SIGQUIT) != 0 || ::getppid() != parent)
            ::_exit(126);
    });
    return process;
}

bool PgTestServer::initDatabaseCluster()
{
    const QString log = m_folder->filePath(QStringLiteral("initdb.log"));
    std::unique_ptr<QProcess> initdb = serverUserProcess(QStringLiteral("initdb"), log);
    // No sync: the cluster is thrown away. UTF-8 and a locale every Debian has, whatever the test's.
    initdb->setArguments({QStringLiteral("--pgdata=") + dataPath(*m_folder), QStringLiteral("--username=") + adminRole(),
                          QStringLiteral("--auth=trust"), QStringLiteral("--no-sync"), QStringLiteral("--encoding=UTF8"),
                          QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-instructions")});
    initdb->start();
    if (!initdb->waitForFinished(kInitdbMilliseconds) || initdb->exitStatus() != QProcess::NormalExit
        || initdb->exitCode() != 0) {
        return fail(QStringLiteral("initdb as %1 failed (exit code %2):\n%3")
                        .arg(m_osUserName)
                        .arg(initdb->exitCode())
                        .arg(logTail()));
    }

    // A throwaway server, on its own socket only: no fsync, since the operating system keeps what
    // was written across a crash of the server (what the tests simulate), only not of the machine.
    // Commits stay synchronous: with synchronous_commit off an immediate stop loses the last
    // commits, which no real server does.
    const QString settings = QStringLiteral("\n# Dokhae test harness\n"
                                            "listen_addresses = ''\n"
                                            "unix_socket_directories = %1\n"
                                            "port = %2\n"
                                            "fsync = off\n"
                                            "full_page_writes = off\n"
                                            "shared_buffers = 16MB\n"
                                            "timezone = 'UTC'\n"
                                            "log_timezone = 'UTC'\n")
                                 .arg(quoteLiteral(socketDirectory()), QString::number(port()));
    const QString clientAuthentication = QStringLiteral("# Dokhae test harness: the Unix socket only; a role created with\n"
                                                        "# a password must give it, every other role is trusted.\n"
                                                        "local all +%1 scram-sha-256\n"
                                                        "local all all trust\n")
                                             .arg(passwordGroupRole());
    const QString data = dataPath(*m_folder);
    if (!appendText(data + QStringLiteral("/postgresql.conf"), settings)
        || !appendText(data + QStringLiteral("/pg_hba.conf"), clientAuthentication, QIODevice::Truncate))
        return fail(QStringLiteral("could not write the server's settings in %1").arg(data));
    return true;
}

bool PgTestServer::waitUntilReady()
{
    // postgres writes its state on the eighth line of postmaster.pid, "ready" once it accepts
    // connections: what pg_ctl -w waits for.
    const QString pidFile = dataPath(*m_folder) + QStringLiteral("/postmaster.pid");
    const QString pid = QString::number(m_postmaster->processId());
    QDeadlineTimer deadline(kReadyMilliseconds);
    while (!deadline.hasExpired()) {
        // Exit code 126 is the child's own: it could not become the server's user.
        if (m_postmaster->waitForFinished(kPollMilliseconds) || m_postmaster->state() == QProcess::NotRunning)
            return fail(QStringLiteral("postgres as %1 ended before it was ready (exit code %2):\n%3")
                            .arg(m_osUserName, QString::number(m_postmaster->exitCode()), logTail()));
        QFile file(pidFile);
        if (file.open(QIODevice::ReadOnly)) {
            const QStringList lines = QString::fromLatin1(file.readAll()).split(QLatin1Char('\n'));
            if (lines.size() >= 8 && lines.at(0).trimmed() == pid && lines.at(7).trimmed() == QLatin1String("ready"))
                return true;
        }
    }
    return fail(QStringLiteral("postgres was not ready after %1 s:\n%2").arg(kReadyMilliseconds / 1000).arg(logTail()));
}

bool PgTestServer::start()
{
    m_error.clear();
    if (isRunning())
        return true;
    if (!m_folder && !prepareFolder())
        return false;
    const bool firstStart = !m_initialized;
    if (firstStart) {
        if (!initDatabaseCluster())
            return false;
        m_initialized = true;
    }
    m_postmaster = serverUserProcess(QStringLiteral("postgres"), logFilePath());
    m_postmaster->setArguments({QStringLiteral("-D"), dataPath(*m_folder)});
    m_postmaster->start();
    if (!m_postmaster->waitForStarted())
        return fail(QStringLiteral("could not start %1: %2").arg(program(QStringLiteral("postgres")), m_postmaster->errorString()));
    if (!waitUntilReady()) {
        stop(StopMode::Immediate);
        return false;
    }
    if (firstStart)
        return runSql(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoteIdentifier(passwordGroupRole())));
    return true;
}

bool PgTestServer::isRunning() const
{
    if (!m_postmaster)
        return false;
    // Without an event loop QProcess learns of the end only when asked to wait.
    if (m_postmaster->state() != QProcess::NotRunning)
        m_postmaster->waitForFinished(0);
    return m_postmaster->state() != QProcess::NotRunning;
}

qint64 PgTestServer::postmasterPid() const { return isRunning() ? m_postmaster->processId() : 0; }

bool PgTestServer::stop(StopMode mode)
{
    if (!isRunning()) {
        m_postmaster.reset();
        return true;
    }
    // SIGINT is postgres's fast shutdown, SIGQUIT its immediate one; both end the sessions, and the
    // postmaster exits only after all its children have. SIGKILL is the last resort.
    const pid_t pid = pid_t(m_postmaster->processId());
    ::kill(pid, mode == StopMode::Fast ? SIGINT : SIGQUIT);
    bool stopped = m_postmaster->waitForFinished(30000);
    if (!stopped) {
        ::kill(pid, SIGKILL);
        m_postmaster->waitForFinished(5000);
        m_error = QStringLiteral("postgres did not stop on its own and was killed:\n%1").arg(logTail());
    }
    m_postmaster.reset();
    return stopped;
}

QString PgTestServer::location(const QString &database, const QString &role) const
{
    return QStringLiteral("postgresql://") + uriPart(role) + QStringLiteral("@/") + uriPart(database)
        + QStringLiteral("?host=") + uriPart(socketDirectory(), "/") + QStringLiteral("&port=")
        + QString::number(port());
}

QSqlDatabase PgTestServer::connect(const QString &connectionName, const QString &database, const QString &role,
                                   const QString &password) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(socketDirectory());
    db.setPort(port());
    db.setDatabaseName(database);
    db.setUserName(role);
    db.setPassword(password);
    db.open();
    return db;
}

bool PgTestServer::runSql(const QString &sql, const QString &database)
{
    PgTestConnection admin(*this, database);
    if (!admin.isOpen())
        return fail(admin.errorString());
    QSqlQuery query(admin.db());
    if (!query.exec(sql))
        return fail(QStringLiteral("%1\n(as %2 in %3: %4)").arg(query.lastError().text(), adminRole(), database, sql));
    return true;
}

QString PgTestServer::createDatabase(const QString &owner)
{
    const QString name = QStringLiteral("test_%1").arg(++m_databaseCount);
    QString sql = QStringLiteral("CREATE DATABASE ") + quoteIdentifier(name);
    if (!owner.isEmpty())
        sql += QStringLiteral(" OWNER ") + quoteIdentifier(owner);
    return runSql(sql) ? name : QString();
}

bool PgTestServer::createRole(const QString &name, const QString &password, const QString &attributes)
{
    QString sql = QStringLiteral("CREATE ROLE %1 WITH %2").arg(quoteIdentifier(name), attributes);
    if (!password.isEmpty())
        sql += QStringLiteral(" PASSWORD %1 IN ROLE %2").arg(quoteLiteral(password), quoteIdentifier(passwordGroupRole()));
    return runSql(sql);
}

PgTestConnection::PgTestConnection(const PgTestServer &server, const QString &database, const QString &role,
                                   const QString &password)
{
    static std::atomic<int> count{0};
    m_db = server.connect(QStringLiteral("pg_test_connection_%1").arg(++count), database, role, password);
}

PgTestConnection::~PgTestConnection()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString PgTestConnection::errorString() const { return m_db.lastError().text(); }

} // namespace dokhae::test
