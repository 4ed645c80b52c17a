// dokhae-cli team-setup on a PostgreSQL server of the test's own: the command an administrator
// runs once (README, "Team library"), then each member's commands under their role.
#include "cli_runner.h"
#include "pg_test_server.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dokhae::test;

class TestCliTeam : public QObject {
    Q_OBJECT

private:
    PgTestServer m_server;
    QTemporaryDir m_home;

    QStringList seeds() const
    {
        QStringList files;
        const QDir folder(QStringLiteral(DOKHAE_SEEDS_DIR));
        for (const QString &name : folder.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            files << folder.filePath(name);
        return files;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        DOKHAE_START_PG_OR_SKIP(m_server);
    }

    void setupMakesTheTeamOnce()
    {
        const QString admin = m_server.location(QStringLiteral("newsroom"));
        const CliRun first = runCli(m_home, {QStringLiteral("team-setup"), QStringLiteral("--db"), admin,
                                             QStringLiteral("--reader"), QStringLiteral("park"), QStringLiteral("--analyst"),
                                             QStringLiteral("kim"), QStringLiteral("--json")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject made = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(made[QStringLiteral("created_database")].toBool(), true);
        QCOMPARE(made[QStringLiteral("created_roles")].toArray().size(), 5);
        QVERIFY2(first.err.contains(QLatin1String("Granting the roles their privileges")), qPrintable(first.err));
        QVERIFY2(!first.err.contains(QLatin1String("WARNING")), qPrintable(first.err));

        const CliRun again = runCli(m_home, {QStringLiteral("team-setup"), QStringLiteral("--db"), admin,
                                             QStringLiteral("--analyst"), QStringLiteral("kim")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains("was there"), again.out.constData());
        QVERIFY2(again.out.contains("kim: analyst (group role newsroom_analyst)"), again.out.constData());

        // The reader's import is refused with the reason and stores nothing; the analyst's works.
        const CliRun reader = runCli(m_home, QStringList{QStringLiteral("import"), QStringLiteral("--db"),
                                                         m_server.location(QStringLiteral("newsroom"), QStringLiteral("park"))}
                                                 + seeds());
        QCOMPARE(reader.exitCode, 3);
        QVERIFY2(reader.err.contains(QLatin1String("your role in this team library may not do this")), qPrintable(reader.err));
        const CliRun analyst = runCli(m_home, QStringList{QStringLiteral("import"), QStringLiteral("--db"),
                                                          m_server.location(QStringLiteral("newsroom"), QStringLiteral("kim"))}
                                                  + seeds());
        QVERIFY2(analyst.exitCode == 0, qPrintable(analyst.err));
        QVERIFY2(analyst.out.contains("4 added"), analyst.out.constData());
    }

    void setupNeedsAServer()
    {
        const CliRun run = runCli(m_home, {QStringLiteral("team-setup"), QStringLiteral("--db"),
                                           m_home.filePath(QStringLiteral("local.dokhae"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("postgresql://ADMIN@SERVER/DATABASE")), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("local.dokhae"))));
    }
};

QTEST_GUILESS_MAIN(TestCliTeam)
#include "test_cli_team.moc"
