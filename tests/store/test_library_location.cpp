// A library's location as the user writes it: a file path, or a postgresql:// URI that reads back
// as written (the recent-libraries menu, messages and the CLI show it).
#include "store/library_location.h"

#include <QTest>

using dokhae::store::LibraryLocation;

class TestLibraryLocation : public QObject {
    Q_OBJECT

private slots:
    void serverUrisReadBack_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::newRow("full") << QStringLiteral("postgresql://kim@db.example:5433/newsroom?sslmode=require")
                              << QStringLiteral("db.example") << QStringLiteral("kim") << QStringLiteral("newsroom");
        QTest::newRow("socket") << QStringLiteral("postgresql://kim@/newsroom?host=/run/postgresql")
                                << QStringLiteral("/run/postgresql") << QStringLiteral("kim") << QStringLiteral("newsroom");
        QTest::newRow("no authority") << QStringLiteral("postgresql:///newsroom") << QString() << QString()
                                      << QStringLiteral("newsroom");
        QTest::newRow("no authority, socket") << QStringLiteral("postgresql:///newsroom?host=/tmp/s")
                                              << QStringLiteral("/tmp/s") << QString() << QStringLiteral("newsroom");
    }

    void serverUrisReadBack()
    {
        QFETCH(QString, uri);
        const LibraryLocation location = LibraryLocation::parse(uri);
        QVERIFY2(location.isValid(), qPrintable(location.error()));
        QVERIFY(location.isServer());
        QTEST(location.host(), "host");
        QTEST(location.user(), "user");
        QTEST(location.database(), "database");
        const LibraryLocation again = LibraryLocation::parse(location.toString());
        QVERIFY2(again.isValid(), qPrintable(location.toString()));
        QCOMPARE(again.toString(), location.toString());
        QCOMPARE(again.host(), location.host());
        QCOMPARE(again.database(), location.database());
    }

    // The maintenance database of the same server, as team-setup makes it.
    void serverOfAnotherDatabase()
    {
        const LibraryLocation location = LibraryLocation::parse(QStringLiteral("postgresql:///newsroom"));
        const LibraryLocation maintenance = LibraryLocation::server(location.host(), location.port(), QStringLiteral("postgres"),
                                                                    location.user(), location.connectOptions());
        QCOMPARE(maintenance.toString(), QStringLiteral("postgresql:///postgres"));
    }

    void passwordsAreRefused()
    {
        QVERIFY(!LibraryLocation::parse(QStringLiteral("postgresql://kim:secret@db.example/newsroom")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestLibraryLocation)
#include "test_library_location.moc"
