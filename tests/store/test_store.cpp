// Opening a library: creation, WAL, migrations, and every way a file is refused without being touched.
#include "store/library.h"
#include "store/library_location.h"
#include "store/migrations.h"
#include "store/sqlite_dialect.h"
#include "store_test_support.h"
#include "test_libraries.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dokhae;
using dokhae::testing::fileFingerprint;
using dokhae::testing::parsedArticle;
using dokhae::testing::RawConnection;

class TestStore : public QObject {
    Q_OBJECT

private:
    dokhae::test::TestLibraries m_libraries;

    QString newPath() { return m_libraries.newLocation(); }

    // A closed library holding a few articles, large enough to span many pages.
    QString filledLibrary(int articles = 3)
    {
        const QString path = newPath();
        store::Library library;
        if (!library.open(path))
            return {};
        for (int i = 0; i < articles; ++i) {
            QString text;
            for (int line = 0; line < 60; ++line)
                text += QStringLiteral("중국 반도체 기업 %1번이 %2번째 문단에서 인공지능 칩 생산을 늘렸다.\n").arg(i).arg(line);
            library.addArticle(parsedArticle(QStringLiteral("기사 %1").arg(i), text.trimmed(),
                                             QStringLiteral("/news/%1.txt").arg(i)));
        }
        return path;
    }

    // What a crash leaves behind: the session row of a connection that never closed, here of
    // `pid` on this host in the boot `bootSql` (an SQL expression).
    void leaveAbandonedSession(const QString &path, const QString &bootSql, qint64 pid)
    {
        RawConnection raw(path, false);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO open_sessions (host, boot, pid, connection, opened_at) VALUES "
                                        "('%1', %2, %3, 'crashed', '2026-01-01T00:00:00Z')")
                             .arg(QSysInfo::machineHostName(), bootSql)
                             .arg(pid)));
    }

    QString thisBoot()
    {
        QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed() : QString();
    }

    // The id of a process that has come and gone.
    qint64 finishedProcessId()
    {
        QProcess process;
        process.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
        if (!process.waitForStarted())
            return -1;
        const qint64 pid = process.processId();
        process.waitForFinished();
        return pid;
    }

    int sessionRows(const QString &path)
    {
        RawConnection raw(path, false);
        QSqlQuery query(raw.db());
        return query.exec(QStringLiteral("SELECT count(*) FROM open_sessions")) && query.next() ? query.value(0).toInt() : -1;
    }

    // withProgress: the whole-file check, if one runs, reports progress (it then reads on a
    // connection and thread of its own) and must reach the same verdict.
    // What a library holds, to tell it untouched: a file's bytes, or a database's tables and meta rows.
    QByteArray libraryFingerprint(const QString &location)
    {
        if (!dokhae::test::TestLibraries::onPostgres())
            return fileFingerprint(location);
        RawConnection raw(location);
        const QString tables = raw.scalar(QStringLiteral("SELECT string_agg(table_name, ',' ORDER BY table_name) "
                                                         "FROM information_schema.tables WHERE table_schema = 'public'"))
                                   .toString();
        const QString meta = raw.scalar(QStringLiteral("SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM meta")).toString();
        return (tables + u'|' + meta).toUtf8();
    }

    void expectRefused(const QString &path, store::OpenError why, bool withProgress = false)
    {
        const QByteArray before = libraryFingerprint(path);
        store::Library library;
        library.setBusyTimeout(100);
        if (withProgress)
            library.setCheckProgress([](qint64, qint64) { return true; });
        QVERIFY(!library.open(path));
        QCOMPARE(library.lastOpenError(), why);
        QVERIFY(!library.isOpen());
        const QString named = dokhae::test::TestLibraries::onPostgres() ? store::LibraryLocation::parse(path).toString()
                                                                         : QFileInfo(path).absoluteFilePath();
        QVERIFY2(library.lastError().contains(named), qPrintable(library.lastError()));
        QCOMPARE(libraryFingerprint(path), before);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_libraries.isValid());
        DOKHAE_START_TEST_LIBRARIES(m_libraries);
    }

    void createsLibraryInNewFolderWithWal()
    {
        DOKHAE_SQLITE_ONLY("a new file, its folders and its WAL");
        const QString path = QDir(m_libraries.folder()).filePath(QStringLiteral("nested/deeper/library.sqlite"));
        store::Library library;
        QVERIFY2(library.open(path), qPrintable(library.lastError()));
        QVERIFY(library.isOpen());
        QCOMPARE(library.lastOpenError(), store::OpenError::None);
        QCOMPARE(library.schemaVersion(), store::latestSchemaVersion());
        QVERIFY(store::latestSchemaVersion() >= 2);
        QCOMPARE(library.articleCount(), 0);

        RawConnection other(path);
        QVERIFY(other.ok());
        QCOMPARE(other.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(other.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt(),
                 store::latestSchemaVersion());
    }

    // What a new library is on either backend: empty, at the latest schema, and the same when
    // opened again.
    void createsEmptyLibraryAtLatestSchema()
    {
        const QString location = newPath();
        {
            store::Library library;
            QVERIFY2(library.open(location), qPrintable(library.lastError()));
            QCOMPARE(library.lastOpenError(), store::OpenError::None);
            QCOMPARE(library.schemaVersion(), store::latestSchemaVersion());
            QCOMPARE(library.articleCount(), 0);
            QVERIFY(library.addArticle(parsedArticle(QStringLiteral("하나"), QStringLiteral("첫 번째 기사 본문."))));
        }
        store::Library again;
        QVERIFY2(again.open(location), qPrintable(again.lastError()));
        QCOMPARE(again.schemaVersion(), store::latestSchemaVersion());
        QCOMPARE(again.articleCount(), 1);
        QCOMPARE(again.search(QStringLiteral("기사")).size(), 1);
    }

    void switchesRollbackJournalLibraryToWal()
    {
        DOKHAE_SQLITE_ONLY("the file's journal mode");
        const QString path = filledLibrary(1);
        {
            RawConnection other(path);
            QVERIFY(other.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QCOMPARE(other.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
        }
        store::Library library;
        QVERIFY2(library.open(path), qPrintable(library.lastError()));
        RawConnection other(path);
        QCOMPARE(other.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    void migratesVersionOneLibraryKeepingItsArticles()
    {
        DOKHAE_SQLITE_ONLY("a version 1 file (a team library starts at version 8)");
        const QString path = newPath();
        {
            RawConnection raw(path);
            QVERIFY(raw.ok());
            QSqlDatabase db = raw.db();
            QString error;
            QVERIFY2(store::migrate(db, &error, 1), qPrintable(error));
            QCOMPARE(store::schemaVersionOf(db), 1);
            QVERIFY(!db.tables().contains(QStringLiteral("search_index")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO articles (id, source_file, current_revision) VALUES (7, '/old/a.txt', 3)")));
            QVERIFY(raw.exec(QStringLiteral(
                "INSERT INTO revisions (id, article_id, sha256, title, author, source, published, text, imported_at) "
                "VALUES (3, 7, 'abc', '화웨이 어센드 칩', '김기자', '테스트일보', '2025-01-02', "
                "'화웨이는 어센드 칩의 생산량을 늘렸다.', '2025-01-03T00:00:00Z')")));
        }
        store::Library library;
        QVERIFY2(library.open(path), qPrintable(library.lastError()));
        QCOMPARE(library.schemaVersion(), store::latestSchemaVersion());
        QCOMPARE(library.articleCount(), 1);
        const auto record = library.article(7);
        QVERIFY(record);
        QCOMPARE(record->summary.meta.title, QStringLiteral("화웨이 어센드 칩"));
        QCOMPARE(record->summary.meta.published, QDate(2025, 1, 2));
        QCOMPARE(record->summary.sourceFile, QStringLiteral("/old/a.txt"));
        // The migration to the search schema indexed what version 1 already held.
        const auto hits = library.search(QStringLiteral("어센드"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, 7);
        QVERIFY(library.searchIndexIsConsistent());
    }

    void migrateRefusesToGoBackwards()
    {
        DOKHAE_SQLITE_ONLY("a raw SQLite connection migrates the file");
        const QString path = filledLibrary(1);
        RawConnection raw(path);
        QSqlDatabase db = raw.db();
        QString error;
        QVERIFY(!store::migrate(db, &error, 1));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store::schemaVersionOf(db), store::latestSchemaVersion());
    }

    void refusesNewerSchemaUntouched()
    {
        const QString path = filledLibrary(1);
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                                 .arg(store::latestSchemaVersion() + 1)));
        }
        expectRefused(path, store::OpenError::NewerSchema);
    }

    void refusesRandomBytesUntouched()
    {
        DOKHAE_SQLITE_ONLY("the file's bytes");
        const QString path = newPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray noise(8192, '\0');
        QRandomGenerator generator(42);
        for (char &byte : noise)
            byte = static_cast<char>(generator.bounded(256));
        file.write(noise);
        file.close();
        expectRefused(path, store::OpenError::NotALibrary);
    }

    void refusesPlainTextFileUntouched()
    {
        DOKHAE_SQLITE_ONLY("the file's bytes");
        const QString path = newPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("이 파일은 데이터베이스가 아니다.\n").toUtf8().repeated(100));
        file.close();
        expectRefused(path, store::OpenError::NotALibrary);
    }

    // Every page is read only when the library was not closed cleanly, so an open costs the same
    // at any size; a session left by a process that is gone, or by an earlier boot, means a crash.
    void readsEveryPageOnlyAfterAnUncleanClose()
    {
        DOKHAE_SQLITE_ONLY("crash sessions and the whole-file check");
        const QString path = filledLibrary(4);
        QCOMPARE(sessionRows(path), 0); // the close removed its session
        {
            store::Library library;
            QVERIFY(library.open(path));
            QVERIFY(!library.checkedWholeFileOnOpen());
            QCOMPARE(sessionRows(path), 1);
            store::Library second; // another window of this process: running, so no crash
            QVERIFY(second.open(path));
            QVERIFY(!second.checkedWholeFileOnOpen());
            QCOMPARE(sessionRows(path), 2);
        }
        QCOMPARE(sessionRows(path), 0);

        const qint64 gone = finishedProcessId();
        QVERIFY(gone > 0);
        leaveAbandonedSession(path, u'\'' + thisBoot() + u'\'', gone);
        {
            store::Library library;
            QVERIFY(library.open(path));
            QVERIFY(library.checkedWholeFileOnOpen());
        }
        QCOMPARE(sessionRows(path), 0); // checked and intact: the crashed session is forgotten
        {
            store::Library library;
            QVERIFY(library.open(path));
            QVERIFY(!library.checkedWholeFileOnOpen());
        }

        leaveAbandonedSession(path, QStringLiteral("'earlier-boot'"), QCoreApplication::applicationPid());
        store::Library afterPowerCut;
        QVERIFY(afterPowerCut.open(path));
        QVERIFY(afterPowerCut.checkedWholeFileOnOpen());
    }

    // The check after an unclean close tells how far it got, and the analyst can stop it: the
    // library is then not opened, the file is not touched, and the next open checks again.
    void wholeFileCheckReportsProgressAndCanBeStopped()
    {
        DOKHAE_SQLITE_ONLY("the whole-file check reads the file's pages");
        const QString path = filledLibrary(40);
        leaveAbandonedSession(path, u'\'' + thisBoot() + u'\'', finishedProcessId());
        const QByteArray before = fileFingerprint(path);
        {
            store::Library library;
            int calls = 0;
            library.setCheckProgress([&calls](qint64, qint64) { return ++calls < 1; });
            QVERIFY(!library.open(path));
            QCOMPARE(calls, 1);
            QVERIFY2(library.lastError().contains(QStringLiteral("stopped")), qPrintable(library.lastError()));
        }
        QCOMPARE(fileFingerprint(path), before);
        QCOMPARE(sessionRows(path), 1);

        store::Library library;
        QList<std::pair<qint64, qint64>> reports;
        library.setCheckProgress([&reports](qint64 read, qint64 pages) {
            reports.append({read, pages});
            return true;
        });
        QVERIFY2(library.open(path), qPrintable(library.lastError()));
        QVERIFY(library.checkedWholeFileOnOpen());
        QVERIFY(!reports.isEmpty());
        QVERIFY(reports.last().second > 0);
        QCOMPARE(reports.last().first, reports.last().second);  // done: every page
        for (qsizetype i = 1; i < reports.size(); ++i)
            QVERIFY(reports[i - 1].first <= reports[i].first);
        QCOMPARE(sessionRows(path), 1);  // the abandoned one forgotten, this one recorded
    }

    // A library of a version without session records is checked once, as before.
    void readsEveryPageOfALibraryWithoutSessionRecords()
    {
        DOKHAE_SQLITE_ONLY("crash sessions and the whole-file check");
        const QString path = newPath();
        {
            RawConnection raw(path);
            QSqlDatabase db = raw.db();
            QString error;
            QVERIFY2(store::migrate(db, &error, 5), qPrintable(error));
        }
        store::Library library;
        QVERIFY(library.open(path));
        QVERIFY(library.checkedWholeFileOnOpen());
        QCOMPARE(library.schemaVersion(), store::latestSchemaVersion());
    }

    // Damage a clean close cannot explain (a disk fault, a bad copy) is found on demand.
    void checkOnDemandFindsScribbledPages()
    {
        DOKHAE_SQLITE_ONLY("the file's pages");
        const QString path = filledLibrary(12);
        store::Library library;
        QVERIFY(library.open(path));
        QCOMPARE(library.checkWholeFile(), store::Health::Ok);
        library.close();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() - 6 * 4096));
        file.write(QByteArray(4 * 4096, '\x5a'));
        file.close();
        QVERIFY(library.open(path));
        QVERIFY(!library.checkedWholeFileOnOpen());
        QCOMPARE(library.checkWholeFile(), store::Health::Damaged);
        QVERIFY2(library.lastError().contains(QStringLiteral("damaged")) && library.lastError().contains(path), qPrintable(library.lastError()));
        library.setCheckProgress([](qint64, qint64) { return true; });
        QCOMPARE(library.checkWholeFile(), store::Health::Damaged);
    }

    void refusesTruncatedLibraryUntouched()
    {
        DOKHAE_SQLITE_ONLY("the file's bytes");
        const QString path = filledLibrary(12);
        QFile file(path);
        QVERIFY(file.size() > 16 * 4096);
        QVERIFY(file.resize(file.size() / 2));
        expectRefused(path, store::OpenError::Damaged);
    }

    void refusesLibraryWithScribbledPagesUntouched()
    {
        DOKHAE_SQLITE_ONLY("the file's bytes");
        const QString path = filledLibrary(12);
        leaveAbandonedSession(path, QStringLiteral("'earlier-boot'"), QCoreApplication::applicationPid());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(3 * 4096));
        file.write(QByteArray(8 * 4096, '\x5a'));
        file.close();
        expectRefused(path, store::OpenError::Damaged);
        expectRefused(path, store::OpenError::Damaged, true);
    }

    void refusesSomeoneElsesDatabaseUntouched()
    {
        const QString path = newPath();
        {
            RawConnection raw(path, false);
            QVERIFY(raw.ok());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO contacts VALUES ('홍길동', '010-1234-5678')")));
        }
        expectRefused(path, store::OpenError::NotALibrary);
    }

    void refusesReadOnlyFileUntouched()
    {
        DOKHAE_SQLITE_ONLY("file permissions");
        const QString path = filledLibrary(1);
        const auto writable = QFile::permissions(path);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        expectRefused(path, store::OpenError::ReadOnly);
        QVERIFY(QFile::setPermissions(path, writable));
        store::Library library;
        QVERIFY2(library.open(path), qPrintable(library.lastError()));
    }

    void refusesLibraryInReadOnlyFolder()
    {
        DOKHAE_SQLITE_ONLY("folder permissions");
        const QString folder = QDir(m_libraries.folder()).filePath(QStringLiteral("sealed"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("library.sqlite"));
        {
            store::Library library;
            QVERIFY(library.open(path));
            library.addArticle(parsedArticle(QStringLiteral("제목"), QStringLiteral("본문 문장이다.")));
        }
        const auto writable = QFile::permissions(folder);
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
        expectRefused(path, store::OpenError::ReadOnly);
        QVERIFY(QFile::setPermissions(folder, writable));
    }

    void reportsLockedLibrary()
    {
        DOKHAE_SQLITE_ONLY("SQLite's file lock");
        const QString path = filledLibrary(1);
        const QByteArray before = fileFingerprint(path);
        {
            RawConnection writer(path);
            QVERIFY(writer.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(writer.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('probe', 'x')")));

            store::Library library;
            library.setBusyTimeout(100);
            QVERIFY(!library.open(path));
            QCOMPARE(library.lastOpenError(), store::OpenError::Locked);
            QVERIFY(library.lastError().contains(QFileInfo(path).absoluteFilePath()));
            QVERIFY(library.lastError().contains(QStringLiteral("locked")));
            QVERIFY(writer.exec(QStringLiteral("ROLLBACK")));
        }
        QCOMPARE(fileFingerprint(path), before);
        store::Library library;
        QVERIFY2(library.open(path), qPrintable(library.lastError()));
        QCOMPARE(library.articleCount(), 1);
    }

    void reportsLibraryLockedInRollbackJournalMode()
    {
        DOKHAE_SQLITE_ONLY("SQLite's file lock");
        // Another program that switched the file back to a rollback journal and holds it exclusively:
        // then even reading waits, and the integrity check is what reports the lock.
        const QString path = filledLibrary(1);
        RawConnection writer(path);
        QVERIFY(writer.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(writer.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(writer.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('probe', 'x')")));
        store::Library library;
        library.setBusyTimeout(100);
        QVERIFY(!library.open(path));
        QCOMPARE(library.lastOpenError(), store::OpenError::Locked);
        QVERIFY(writer.exec(QStringLiteral("ROLLBACK")));
    }

    void closedLibraryAnswersEmpty()
    {
        store::Library library;
        QVERIFY(!library.isOpen());
        QCOMPARE(library.articleCount(), 0);
        QVERIFY(library.articles().isEmpty());
        QVERIFY(library.search(QStringLiteral("중국")).isEmpty());
        QVERIFY(!library.addArticle(parsedArticle(QStringLiteral("제목"), QStringLiteral("본문"))));
        QVERIFY(!library.lastError().isEmpty());
        QVERIFY(!library.open(QString()));
    }

    void twoInstancesShareOneFile()
    {
        const QString path = newPath();
        store::Library first;
        store::Library second;
        QVERIFY(first.open(path));
        QVERIFY(second.open(path));
        QVERIFY(first.addArticle(parsedArticle(QStringLiteral("하나"), QStringLiteral("첫 번째 기사 본문."))));
        QCOMPARE(second.articleCount(), 1);
        QCOMPARE(second.search(QStringLiteral("기사")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
