// The team library beside the local one (issue 13): a generated corpus of N Korean articles
// (20,000 by default) is imported into a SQLite library and into a team library on a PostgreSQL 15
// server this program starts for itself (tests/common/pg_test_server.h, on a Unix socket, with
// initdb's default settings), both are searched as the window searches, and ten clients annotate
// each at once. Prints figures side by side, not verdicts. Not a test: run it by hand
// (bench_team_library --help).
#include "bench_team_library.h"
#include "corpus_generator.h"
#include "corpus_options.h"
#include "pg_test_server.h"
#include "store/library.h"
#include "util/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <unistd.h>

using namespace dokhae::bench;
using dokhae::test::PgTestConnection;
using dokhae::test::PgTestServer;

namespace {

// A line of a /proc file that starts with `key`, without the key.
QString procLine(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.startsWith(key))
            return text.mid(key.size()).section(u':', -1).trimmed();
    }
    return {};
}

void printMachine()
{
    std::printf("machine: %d cores (%s), %s of memory, load average %s at the start\n", QThread::idealThreadCount(),
                qPrintable(procLine(u"/proc/cpuinfo"_qs, u"model name"_qs)),
                qPrintable(procLine(u"/proc/meminfo"_qs, u"MemTotal"_qs)),
                qPrintable(procLine(u"/proc/loadavg"_qs, QString()).section(u' ', 0, 2)));
}

// The harness runs its throwaway servers without fsync and with a small buffer cache; a team's
// server keeps initdb's defaults, which these three put back (postgresql.auto.conf wins over
// postgresql.conf). ALTER SYSTEM refuses to run in a transaction, so one statement a call.
bool useInitdbDefaults(PgTestServer &server)
{
    for (const char *setting : {"fsync = on", "full_page_writes = on", "shared_buffers = '128MB'"}) {
        if (!server.runSql(u"ALTER SYSTEM SET "_qs + QLatin1String(setting)))
            return false;
    }
    return server.stop() && server.start();
}

void printServerSettings(const PgTestServer &server, const QString &database)
{
    PgTestConnection connection(server, database);
    QSqlQuery query(connection.db());
    QStringList settings;
    if (query.exec(u"SELECT name, current_setting(name), source FROM pg_settings WHERE name IN ('server_version', "
                   "'fsync', 'synchronous_commit', 'full_page_writes', 'wal_level', 'shared_buffers', 'work_mem', "
                   "'max_wal_size', 'checkpoint_timeout', 'max_connections', 'lc_collate', 'default_transaction_isolation') "
                   "ORDER BY name"_qs)) {
        while (query.next())
            settings << u"%1 = %2"_qs.arg(query.value(0).toString(), query.value(1).toString());
    }
    std::printf("PostgreSQL: a server of this run's own (initdb --locale=C.UTF-8 --encoding=UTF8), on a Unix socket\n"
                "  of the same machine and disk, clients connecting as its superuser; initdb's defaults but for the\n"
                "  socket, the time zone and the locale:\n  %s\n",
                qPrintable(settings.join(u", "_qs)));
}

void printLibrarySettings(const QString &path)
{
    dokhae::store::Library library;
    if (!library.open(path))
        return;
    QStringList settings;
    QSqlQuery query(library.connection());
    for (const char *pragma : {"journal_mode", "synchronous", "page_size", "cache_size", "busy_timeout"}) {
        if (query.exec(u"PRAGMA "_qs + QLatin1String(pragma)) && query.next())
            settings << u"%1 = %2"_qs.arg(QLatin1String(pragma), query.value(0).toString());
    }
    std::printf("SQLite: a library file on the same disk, as Library::open sets it up (synchronous 1 = NORMAL: in\n"
                "  WAL mode commits are not synced one by one, checkpoints are): %s\n",
                qPrintable(settings.join(u", "_qs)));
}

// How long the disk takes to make 8 kB durable, as PostgreSQL's commit does (one WAL page written,
// then fdatasync): what a synchronous commit waits for at least. It swings with what else the
// machine writes (compilers, a checkpoint), so it is taken right beside the clients.
QString syncLatency(const QString &folder)
{
    QFile file(folder + u"/sync-probe"_qs);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return u"-"_qs;
    const QByteArray page(8192, 'x');
    Samples samples;
    for (int i = 0; i < 50; ++i) {
        samples.add(millisecondsOf([&] {
            file.seek(0);
            file.write(page);
            file.flush();
            ::fdatasync(file.handle());
        }));
    }
    file.remove();
    return percentiles(samples);
}

qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_qs).size();
}

qint64 databaseBytes(const PgTestServer &server, const QString &database)
{
    PgTestConnection connection(server, database);
    QSqlQuery query(connection.db());
    return query.exec(u"SELECT pg_database_size(current_database())"_qs) && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Each line as it is measured, also into a file: a 20,000-article run takes a while.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Import, search and ten annotating clients on a SQLite library and a PostgreSQL team library."_qs);
    parser.addHelpOption();
    const dokhae::corpus::CorpusOptions corpus(parser, 20000);
    const QCommandLineOption runs(u"runs"_qs, u"Runs of each query (default 10)."_qs, u"R"_qs, u"10"_qs);
    const QCommandLineOption clients(u"clients"_qs, u"Annotating clients at once (default 10)."_qs, u"C"_qs, u"10"_qs);
    const QCommandLineOption annotations(u"annotations"_qs, u"Annotations each client adds (default 200)."_qs, u"A"_qs,
                                         u"200"_qs);
    const QCommandLineOption work(u"work"_qs, u"Keep corpus and library in this folder (default: a temporary one)."_qs,
                                  u"DIR"_qs);
    parser.addOptions({runs, clients, annotations, work});
    parser.process(app);

    QTemporaryDir temporary;
    Setup setup;
    setup.work = parser.isSet(work) ? QDir(parser.value(work)).absolutePath() : temporary.path();
    setup.articles = corpus.articles();
    setup.runs = std::max(1, parser.value(runs).toInt());
    setup.prepareFolders();
    setup.useEnvironment();
    dokhae::logging::init(u"bench_team_library"_qs, false);
    printMachine();

    QElapsedTimer generating;
    generating.start();
    QString error;
    QDir(setup.corpus()).removeRecursively();
    QFile::remove(setup.library());
    QFile::remove(setup.library() + u"-wal"_qs);
    setup.corpusBytes = dokhae::corpus::writeCorpus(setup.corpus(), setup.articles, corpus.seed(), &error);
    if (setup.corpusBytes < 0) {
        std::fprintf(stderr, "bench_team_library: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("corpus: %d generated articles (seed %u), %.1f MB of text, written in %.1f s\n", setup.articles,
                corpus.seed(), setup.corpusMb(), static_cast<double>(generating.elapsed()) / 1000.0);

    PgTestServer server;
    const bool started = server.start() && useInitdbDefaults(server);
    const QString database = started ? server.createDatabase() : QString();
    if (database.isEmpty()) {
        std::fprintf(stderr, "bench_team_library: no PostgreSQL server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    printServerSettings(server, database);

    const QList<Backend> backends{
        {u"SQLite"_qs, setup.library(), [&] { return fileBytes(setup.library()); }, {}},
        {u"PostgreSQL"_qs, server.location(database), [&] { return databaseBytes(server, database); }, {}},
    };
    if (!measureTeamImport(setup, backends))
        return 1;
    printLibrarySettings(setup.library());
    measureTeamSearch(setup, backends);
    // The clients once more on PostgreSQL with commits that do not wait for the WAL to reach the
    // disk: what SQLite's WAL at synchronous = NORMAL does (a crash of the machine may lose the
    // last commits, never consistency). A role of that setting, so the library's own connection
    // options stay as they are.
    QList<Backend> clientBackends = backends;
    const QString asyncRole = u"bench_async_commit"_qs;
    if (server.createRole(asyncRole, {}, u"LOGIN SUPERUSER"_qs)
        && server.runSql(u"ALTER ROLE %1 SET synchronous_commit = off"_qs.arg(asyncRole)))
        clientBackends.append({u"PG async"_qs, server.location(database, asyncRole), {},
                               u"the same database, its sessions with synchronous_commit = off, as SQLite's "
                               "synchronous = NORMAL: commits do not wait for the disk"_qs});
    ClientsPlan plan;
    plan.clients = std::max(1, parser.value(clients).toInt());
    plan.annotationsEach = std::max(1, parser.value(annotations).toInt());
    std::printf("\ndisk: 8 kB written and fdatasync'd, p50 / p95 ms: %s before the clients\n", qPrintable(syncLatency(setup.work)));
    measureAnnotatingClients(clientBackends, plan);
    std::printf("disk: the same after the clients: %s ms\n", qPrintable(syncLatency(setup.work)));
    std::printf("\nload average at the end %s; this benchmark's own peak memory: %.0f MB\n",
                qPrintable(procLine(u"/proc/loadavg"_qs, QString()).section(u' ', 0, 2)), selfPeakMb());
    return 0;
}
