// A team library's roles, enforced by the server (store/team_roles.h, postgres_schema.cpp): each
// member connects as their own role and tries what they may and may not do.
#include "pg_test_server.h"
#include "store/annotation_store.h"
#include "store/chart_store.h"
#include "store/entity_service.h"
#include "store/library.h"
#include "store/team_roles.h"
#include "store_test_support.h"

#include <QSqlQuery>
#include <QThread>
#include <QTest>

#include <memory>

using namespace dokhae;
using store::TeamRole;

class TestTeamRoles : public QObject {
    Q_OBJECT

private:
    test::PgTestServer m_server;
    QString m_database;

    QString as(const QString &user) const { return m_server.location(m_database, user); }

    // With a comparison of figures, so that the article has a suggested chart.
    static import::ParsedArticle article(const QString &title, const QString &lead = QStringLiteral("딥시크가 새 모델을 공개했다."))
    {
        return testing::parsedArticle(title, lead + QStringLiteral(" 알리바바와 바이두가 뒤따랐다. 2023년 민간 AI 투자액은 "
                                                                   "미국이 672억 달러, 중국이 77억 6000만 달러, 한국이 "
                                                                   "14억 달러였다."));
    }

    // Opens the library as `user`, failing the test when that does not work.
    static void open(store::Library &library, const QString &location)
    {
        QVERIFY2(library.open(location), qPrintable(library.lastError()));
    }

    int count(const char *sql) const
    {
        test::PgTestConnection admin(m_server, m_database);
        QSqlQuery query(admin.db());
        if (!query.exec(QString::fromUtf8(sql)) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

private slots:
    void initTestCase()
    {
        DOKHAE_START_PG_OR_SKIP(m_server);
        m_database = QStringLiteral("press");
        store::TeamSetup setup(store::LibraryLocation::parse(as(test::PgTestServer::adminRole())));
        QStringList steps;
        setup.setProgress([&steps](const QString &step) { steps << step; });
        QVERIFY2(setup.run({{QStringLiteral("rita"), TeamRole::Reader},
                            {QStringLiteral("ana"), TeamRole::Analyst},
                            {QStringLiteral("ben"), TeamRole::Analyst},
                            {QStringLiteral("eve"), TeamRole::Editor}}),
                 qPrintable(setup.errorString()));
        QVERIFY(setup.report().createdDatabase);
        QCOMPARE(setup.report().createdRoles,
                 (QStringList{QStringLiteral("press_reader"), QStringLiteral("press_analyst"), QStringLiteral("press_editor"),
                              QStringLiteral("rita"), QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("eve")}));
        QVERIFY(steps.size() >= 4);
    }

    // Running the setup again makes nothing new; naming a member with another role gives them
    // exactly that role.
    void setupRunsAgainAndMovesAMember()
    {
        store::TeamSetup setup(store::LibraryLocation::parse(as(test::PgTestServer::adminRole())));
        QVERIFY2(setup.run({{QStringLiteral("zoe"), TeamRole::Editor}}), qPrintable(setup.errorString()));
        QVERIFY(!setup.report().createdDatabase);
        QCOMPARE(setup.report().createdRoles, QStringList{QStringLiteral("zoe")});
        QVERIFY2(setup.run({{QStringLiteral("zoe"), TeamRole::Reader}}), qPrintable(setup.errorString()));
        QVERIFY(setup.report().createdRoles.isEmpty());
        QCOMPARE(count("SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                       "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'zoe'"),
                 1);
        QCOMPARE(count("SELECT pg_has_role('zoe', 'press_analyst', 'MEMBER')::int"), 0);
    }

    // Someone who is not in the team cannot even connect.
    void outsidersCannotConnect()
    {
        QVERIFY(m_server.createRole(QStringLiteral("mallory")));
        store::Library library;
        QVERIFY(!library.open(as(QStringLiteral("mallory"))));
        QVERIFY2(library.lastError().contains(QLatin1String("permission denied")), qPrintable(library.lastError()));
    }

    // An analyst imports, annotates and corrects; the server records them as the author whatever
    // the client claims.
    void analystWritesAsThemselves()
    {
        store::Library ana;
        open(ana, as(QStringLiteral("ana")));
        QVERIFY2(ana.addArticle(article(QStringLiteral("딥시크의 새 모델"))), qPrintable(ana.lastError()));
        const qint64 articleId = ana.articles().first().id;
        store::AnnotationStore notes(ana);
        const auto made = notes.create(articleId, 0, 3, QStringLiteral("yellow"), QStringLiteral("ana의 메모"));
        QVERIFY2(made, qPrintable(notes.lastError()));
        QCOMPARE(made->author, QStringLiteral("ana"));
        annotations::Annotation claimed = *made;
        claimed.id = annotations::newAnnotationId();
        claimed.author = QStringLiteral("eve");
        QVERIFY2(notes.add(claimed), qPrintable(notes.lastError()));
        QCOMPARE(notes.annotation(claimed.id)->author, QStringLiteral("ana"));
        QVERIFY2(ana.setEntityHidden(QStringLiteral("org:baidu"), true), qPrintable(ana.lastError()));
        QCOMPARE(count("SELECT count(*) FROM entity_hidden WHERE id = 'org:baidu' AND author = 'ana'"), 1);
    }

    // A reader reads, and what reading derives from the text is stored for everyone; writing
    // anything of their own is refused with a message that says why.
    void readerOnlyReads()
    {
        store::Library rita;
        open(rita, as(QStringLiteral("rita")));
        QVERIFY(!rita.articles().isEmpty());
        const qint64 articleId = rita.articles().first().id;
        QVERIFY(rita.article(articleId));
        QCOMPARE(rita.search(QStringLiteral("딥시크")).size(), 1);

        QVERIFY(!rita.addArticle(article(QStringLiteral("rita의 기사"), QStringLiteral("바이두가 새 모델을 공개했다."))));
        QCOMPARE(rita.lastStorageFailure(), store::StorageFailure::Forbidden);
        QVERIFY2(rita.lastError().contains(QLatin1String("your role")), qPrintable(rita.lastError()));

        store::AnnotationStore notes(rita);
        QVERIFY(!notes.create(articleId, 0, 3, QStringLiteral("green"), QStringLiteral("rita")));
        QVERIFY2(notes.lastError().contains(QLatin1String("your role")), qPrintable(notes.lastError()));
        QVERIFY(!rita.setEntityHidden(QStringLiteral("org:alibaba"), true));
        QCOMPARE(rita.lastStorageFailure(), store::StorageFailure::Forbidden);
        QCOMPARE(count("SELECT count(*) FROM articles"), 1);
        QCOMPARE(count("SELECT count(*) FROM annotations WHERE author = 'rita'"), 0);

        // Reading the article's entities stores them (a cache), which a reader may do.
        test::PgTestConnection admin(m_server, m_database);
        QVERIFY(admin.db().isOpen());
        QSqlQuery forget(admin.db());
        QVERIFY(forget.exec(QStringLiteral("DELETE FROM entity_scans")));
        store::EntityService entities(rita);
        QVERIFY(entities.articleEntities(articleId));
        QCOMPARE(count("SELECT count(*) FROM entity_scans"), 1);
    }

    // A second analyst sees the first's notes and corrections and cannot change or delete them;
    // their own they can.
    void analystsChangeOnlyTheirOwn()
    {
        store::Library ben;
        open(ben, as(QStringLiteral("ben")));
        store::AnnotationStore notes(ben);
        const qint64 articleId = ben.articles().first().id;
        const QList<annotations::Annotation> seen = notes.articleAnnotations(articleId);
        QCOMPARE(seen.size(), 2);
        const annotations::Annotation anas = seen.first();
        QCOMPARE(anas.author, QStringLiteral("ana"));

        QVERIFY(!notes.edit(anas.id, QStringLiteral("ben이 고침"), {}, QStringLiteral("red")));
        QVERIFY2(notes.lastError().contains(QLatin1String("your role")), qPrintable(notes.lastError()));
        QVERIFY(!notes.remove(anas.id));
        QVERIFY2(notes.lastError().contains(QLatin1String("only ana or an editor")), qPrintable(notes.lastError()));
        QCOMPARE(notes.annotation(anas.id)->note, anas.note);

        QVERIFY(!ben.setEntityHidden(QStringLiteral("org:baidu"), false));
        QCOMPARE(ben.lastStorageFailure(), store::StorageFailure::Forbidden);
        QCOMPARE(count("SELECT count(*) FROM entity_hidden WHERE id = 'org:baidu'"), 1);

        const auto own = notes.create(articleId, 4, 6, QStringLiteral("blue"), QStringLiteral("ben의 메모"));
        QVERIFY2(own, qPrintable(notes.lastError()));
        QVERIFY2(notes.edit(own->id, QStringLiteral("ben이 고침"), {QStringLiteral("확인")}, QStringLiteral("red")),
                 qPrintable(notes.lastError()));
        QVERIFY2(notes.remove(own->id), qPrintable(notes.lastError()));
    }

    // An editor changes and deletes anyone's; the author stays who wrote it.
    void editorChangesAnyones()
    {
        store::Library eve;
        open(eve, as(QStringLiteral("eve")));
        store::AnnotationStore notes(eve);
        const qint64 articleId = eve.articles().first().id;
        const QList<annotations::Annotation> seen = notes.articleAnnotations(articleId);
        QCOMPARE(seen.size(), 2);
        const auto edited = notes.edit(seen.first().id, QStringLiteral("편집자가 고침"), {}, QStringLiteral("red"));
        QVERIFY2(edited, qPrintable(notes.lastError()));
        QCOMPARE(notes.annotation(seen.first().id)->author, QStringLiteral("ana"));
        QVERIFY2(notes.remove(seen.last().id), qPrintable(notes.lastError()));
        QVERIFY2(eve.setEntityHidden(QStringLiteral("org:baidu"), false), qPrintable(eve.lastError()));
        QCOMPARE(count("SELECT count(*) FROM entity_hidden"), 0);
    }

    // Two analysts annotate the same article at the same moment, each on a connection of their
    // own: every note is stored once, as its author's, and none is refused.
    void twoAnalystsAnnotateOneArticleAtOnce()
    {
        constexpr int kEach = 40;
        QVERIFY(count("SELECT count(*) FROM articles") > 0);
        const auto annotator = [this](const QString &user, int *made) {
            return QThread::create([this, user, made] {
                store::Library library;
                if (!library.open(as(user)))
                    return;
                const qint64 articleId = library.articles().first().id;
                store::AnnotationStore notes(library);
                for (int i = 0; i < kEach; ++i) {
                    if (notes.create(articleId, i % 10, i % 10 + 3, QStringLiteral("green"),
                                     QStringLiteral("%1 동시 메모 %2").arg(user).arg(i)))
                        ++*made;
                }
            });
        };
        const int before = count("SELECT count(*) FROM annotations");
        int byAna = 0;
        int byBen = 0;
        std::unique_ptr<QThread> ana(annotator(QStringLiteral("ana"), &byAna));
        std::unique_ptr<QThread> ben(annotator(QStringLiteral("ben"), &byBen));
        ana->start();
        ben->start();
        QVERIFY(ana->wait(60000));
        QVERIFY(ben->wait(60000));
        QCOMPARE(byAna, kEach);
        QCOMPARE(byBen, kEach);
        QCOMPARE(count("SELECT count(*) FROM annotations"), before + 2 * kEach);
        QCOMPARE(count("SELECT count(*) FROM annotations WHERE note LIKE 'ana 동시 메모 %' AND author = 'ana'"), kEach);
        QCOMPARE(count("SELECT count(*) FROM annotations WHERE note LIKE 'ben 동시 메모 %' AND author = 'ben'"), kEach);
    }

    // Charts are the team's: an analyst may hide a suggested chart; a reader may not.
    void chartsAreTheTeams()
    {
        store::Library rita;
        open(rita, as(QStringLiteral("rita")));
        store::ChartStore readerCharts(rita);
        const qint64 articleId = rita.articles().first().id;
        const QList<charts::ChartSpec> shown = readerCharts.articleCharts(articleId);
        if (shown.isEmpty())
            QSKIP("the test article has no suggested chart");
        QVERIFY(!readerCharts.setHidden(shown.first().id, true));
        QVERIFY2(readerCharts.lastError().contains(QLatin1String("your role")), qPrintable(readerCharts.lastError()));

        store::Library ben;
        open(ben, as(QStringLiteral("ben")));
        store::ChartStore analystCharts(ben);
        QVERIFY2(analystCharts.setHidden(shown.first().id, true), qPrintable(analystCharts.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "test_team_roles.moc"
