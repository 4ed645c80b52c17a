// dokhae-cli copy, run as the real executable: a library file copied to a team library on a
// PostgreSQL server of the suite's own and back, with its summary (text and JSON) and its progress
// on standard error; copying again adds nothing; every refusal (a missing source, one library as
// both, a database of another program, a read-only file, a missing option) is a message and an
// exit code, and leaves nothing behind. What a copy carries, kind by kind, is test_library_copy's.
#include "cli_runner.h"
#include "pg_test_server.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dokhae::test::CliRun;

namespace {

const QString kSeeds = QStringLiteral(DOKHAE_SEEDS_DIR);

// A library's articles as `list --json` gives them, without their ids (which each library gives
// its own): source file, title, current revision and how many revisions.
QStringList articlesOf(const QByteArray &listJson)
{
    QStringList lines;
    for (const QJsonValue &article : QJsonDocument::fromJson(listJson).array()) {
        lines << u"%1 | %2 | %3 | %4"_s.arg(article[u"source_file"_s].toString(), article[u"title"_s].toString(),
                                          article[u"revision"_s].toString(),
                                          QString::number(article[u"revisions"_s].toInt()));
    }
    lines.sort();
    return lines;
}

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

class TestCliCopy : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;  // the CLI's home and the library files
    dokhae::test::PgTestServer m_server;
    QString m_source;

    CliRun cli(const QStringList &arguments) const { return dokhae::test::runCli(m_home, arguments); }

    QStringList articlesAt(const QString &location) const
    {
        const CliRun run = cli({u"list"_s, u"--db"_s, location, u"--json"_s});
        return run.exitCode == 0 ? articlesOf(run.out) : QStringList{run.err};
    }

    QJsonObject annotationsAt(const QString &location) const
    {
        const CliRun run = cli({u"annotations"_s, u"--db"_s, location});
        return QJsonDocument::fromJson(run.out).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_source = m_home.filePath(u"source.sqlite"_s);
        const CliRun imported = cli({u"import"_s, u"--db"_s, m_source, kSeeds});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const CliRun listed = cli({u"list"_s, u"--db"_s, m_source, u"--json"_s});
        QString id;
        for (const QJsonValue &article : QJsonDocument::fromJson(listed.out).array()) {
            if (article[u"source_file"_s].toString().endsWith(u"002_9c0bf49b0926ee40.txt"_s))
                id = QString::number(article[u"id"_s].toInteger());
        }
        QVERIFY(!id.isEmpty());
        const CliRun annotated = cli({u"annotate"_s, u"--db"_s, m_source, id, u"--quote"_s, u"틱톡 금지법"_s,
                                      u"--note"_s, u"법의 이름"_s, u"--tag"_s, u"미국"_s});
        QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.err));
    }

    void copiesToAServerAndBack()
    {
        DOKHAE_START_PG_OR_SKIP(m_server);
        const QString team = m_server.location(m_server.createDatabase());
        const CliRun first = cli({u"copy"_s, u"--from"_s, m_source, u"--to"_s, team, u"--json"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject summary = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(summary[u"complete"_s].toBool(), true);
        QCOMPARE(summary[u"articles"_s][u"added"_s].toInt(), 4);
        QCOMPARE(summary[u"revisions"_s][u"added"_s].toInt(), 4);
        QCOMPARE(summary[u"annotations"_s][u"added"_s].toInt(), 1);
        QCOMPARE(summary[u"annotations"_s][u"already_there"_s].toInt(), 0);
        // Not a terminal: a line per tenth, never rewritten in place.
        QVERIFY2(first.err.contains(u"Copying articles 4/4\n"_s), qPrintable(first.err));
        QVERIFY(!first.err.contains(u'\r'));
        QCOMPARE(articlesAt(team), articlesAt(m_source));
        QCOMPARE(annotationsAt(team)[u"total"_s].toInt(), 1);

        const CliRun second = cli({u"copy"_s, u"--from"_s, m_source, u"--to"_s, team});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const QString text = QString::fromUtf8(second.out);
        QVERIFY2(text.contains(u"articles: 0 added, 4 already there\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"revisions: 0 added, 4 already there\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"annotations: 0 added, 1 already there\n"_s), qPrintable(text));
        QCOMPARE(annotationsAt(team)[u"total"_s].toInt(), 1);

        const QString back = m_home.filePath(u"back.sqlite"_s);
        const CliRun third = cli({u"copy"_s, u"--from"_s, team, u"--to"_s, back, u"--json"_s});
        QVERIFY2(third.exitCode == 0, qPrintable(third.err));
        QCOMPARE(articlesAt(back), articlesAt(m_source));
        const QJsonArray notes = annotationsAt(back)[u"first"_s][u"items"_s].toArray();
        QCOMPARE(notes.size(), 1);
        // The same annotation, but written on the team library by the role that copied it up,
        // which the server records as its author.
        QJsonObject returned = notes.first().toObject();
        QJsonObject original = annotationsAt(m_source)[u"first"_s][u"items"_s].toArray().first().toObject();
        QCOMPARE(returned.take(u"creator"_s)[u"name"_s].toString(), dokhae::test::PgTestServer::adminRole());
        original.remove(u"creator"_s);
        QCOMPARE(returned, original);
    }

    void missingSourceCreatesNoTarget()
    {
        const QString missing = m_home.filePath(u"missing.sqlite"_s);
        const QString target = m_home.filePath(u"never.sqlite"_s);
        const CliRun run = cli({u"copy"_s, u"--from"_s, missing, u"--to"_s, target});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(missing), qPrintable(run.err));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFile::exists(target));
    }

    void oneLibraryIsNotBothSourceAndTarget()
    {
        const QByteArray before = fingerprint(m_source);
        const CliRun run = cli({u"copy"_s, u"--from"_s, m_source, u"--to"_s, m_home.path() + u"/./source.sqlite"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"both the source and the target"_s), qPrintable(run.err));
        QCOMPARE(fingerprint(m_source), before);
    }

    void aDatabaseOfAnotherProgramIsRefused()
    {
        DOKHAE_START_PG_OR_SKIP(m_server);
        const QString database = m_server.createDatabase();
        QVERIFY(m_server.runSql(u"CREATE TABLE invoices (id integer PRIMARY KEY, amount numeric)"_s, database));
        const CliRun run = cli({u"copy"_s, u"--from"_s, m_source, u"--to"_s, m_server.location(database)});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(database), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        dokhae::test::PgTestConnection connection(m_server, database);
        QVERIFY(connection.isOpen());
        QSqlQuery query(connection.db());
        QVERIFY(query.exec(u"SELECT string_agg(table_name, ',') FROM information_schema.tables "
                           "WHERE table_schema = 'public'"_s)
                && query.next());
        QCOMPARE(query.value(0).toString(), u"invoices"_s);  // nothing of ours was made there
    }

    void aReadOnlyTargetIsRefused()
    {
        const QString target = m_home.filePath(u"read-only.sqlite"_s);
        QVERIFY(cli({u"import"_s, u"--db"_s, target, kSeeds + u"/000_049ac055fd958cc1.txt"_s}).exitCode == 0);
        QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fingerprint(target);
        const CliRun run = cli({u"copy"_s, u"--from"_s, m_source, u"--to"_s, target});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"read-only"_s), qPrintable(run.err));
        QCOMPARE(fingerprint(target), before);
    }

    void bothLibrariesMustBeNamed()
    {
        const CliRun run = cli({u"copy"_s, u"--from"_s, m_source});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--to"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliCopy)
#include "test_cli_copy.moc"
