// Entity corrections made while a team library's server is away (store/offline_corrections.h):
// shown as if stored, kept in a journal, sent when it returns; what it refuses is set aside.
#include "pg_test_server.h"
#include "store/library.h"
#include "store/offline_corrections.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dokhae;

class TestOfflineCorrections : public QObject {
    Q_OBJECT

private:
    test::PgTestServer m_server;
    QTemporaryDir m_folder;

    static entities::Entity ownEntity()
    {
        entities::Entity e;
        e.id = QStringLiteral("user:moonshot");
        e.type = entities::EntityType::Organization;
        e.nameKo = QStringLiteral("문샷AI");
        e.nameEn = QStringLiteral("Moonshot AI");
        e.aliases = {QStringLiteral("月之暗面")};
        return e;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        DOKHAE_START_PG_OR_SKIP(m_server);
    }

    void keptThenSent()
    {
        const QString database = m_server.createDatabase();
        store::Library library;
        QVERIFY2(library.open(m_server.location(database)), qPrintable(library.lastError()));
        const QString journal = m_folder.filePath(QStringLiteral("corrections.json"));
        store::OfflineCorrections offline(journal);
        library.setOffline(&offline);
        QVERIFY(library.setEntityHidden(QStringLiteral("org:baidu"), true));
        QCOMPARE(library.entityCorrections().hidden.size(), 1);  // read while online: remembered
        QCOMPARE(library.userEntities().size(), 0);

        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        QVERIFY(!library.answers());
        QVERIFY2(library.setEntityHidden(QStringLiteral("org:tencent"), true), qPrintable(library.lastError()));
        QVERIFY2(library.setEntityHidden(QStringLiteral("org:baidu"), false), qPrintable(library.lastError()));
        QVERIFY2(library.saveUserEntity(ownEntity()), qPrintable(library.lastError()));
        QVERIFY2(library.mergeEntities(QStringLiteral("org:kimi"), QStringLiteral("user:moonshot")),
                 qPrintable(library.lastError()));
        QCOMPARE(library.lastStorageFailure(), store::StorageFailure::None);

        // The window reads the corrections as if they were stored.
        const store::EntityCorrections shown = library.entityCorrections();
        QCOMPARE(shown.hidden, QSet<QString>{QStringLiteral("org:tencent")});
        QCOMPARE(shown.merges.value(QStringLiteral("org:kimi")), QStringLiteral("user:moonshot"));
        QCOMPARE(library.userEntities().size(), 1);
        QCOMPARE(library.userEntities().first().nameEn, QStringLiteral("Moonshot AI"));
        QCOMPARE(store::OfflineCorrections(journal).pendingCount(), 4);  // what a restart finds

        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(library.reconnect());
        const store::JournalSendReport report = library.sendOfflineCorrections();
        QVERIFY2(report.complete, qPrintable(report.error));
        QCOMPARE(report.sent, 4);
        QVERIFY(report.refused.isEmpty());
        QVERIFY(!QFile::exists(journal));
        const store::EntityCorrections stored = library.entityCorrections();
        QCOMPARE(stored.hidden, QSet<QString>{QStringLiteral("org:tencent")});
        QCOMPARE(stored.merges.value(QStringLiteral("org:kimi")), QStringLiteral("user:moonshot"));
        QCOMPARE(library.userEntity(QStringLiteral("user:moonshot"))->aliases, QStringList{QStringLiteral("月之暗面")});
    }

    void refusedAreSetAside()
    {
        const QString database = m_server.createDatabase();
        store::Library library;
        QVERIFY2(library.open(m_server.location(database)), qPrintable(library.lastError()));
        store::OfflineCorrections offline(m_folder.filePath(QStringLiteral("refused.json")));
        library.setOffline(&offline);
        QVERIFY(library.entityCorrections().hidden.isEmpty());
        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        QVERIFY(library.setEntityHidden(QStringLiteral("org:refused"), true));
        QVERIFY(library.setEntityHidden(QStringLiteral("org:fine"), true));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_server.runSql(QStringLiteral("ALTER TABLE entity_hidden ADD CONSTRAINT no_refused CHECK (id <> 'org:refused')"),
                                database));
        QVERIFY(library.reconnect());
        const store::JournalSendReport report = library.sendOfflineCorrections();
        QVERIFY(report.complete);
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.refused.size(), 1);
        QFile setAside(report.setAsidePath);
        QVERIFY(setAside.open(QIODevice::ReadOnly));
        QVERIFY(setAside.readAll().contains("org:refused"));
        QCOMPARE(library.entityCorrections().hidden, QSet<QString>{QStringLiteral("org:fine")});
    }
};

QTEST_GUILESS_MAIN(TestOfflineCorrections)
#include "test_offline_corrections.moc"
