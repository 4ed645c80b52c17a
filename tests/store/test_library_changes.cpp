// A team library announces what one analyst changes to every other window that has it open
// (store/library_changes.h), on a PostgreSQL server of the test's own; a library file announces
// nothing.
#include "pg_test_server.h"
#include "store/annotation_store.h"
#include "store/library.h"
#include "store/library_changes.h"
#include "store_test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dokhae;

class TestLibraryChanges : public QObject {
    Q_OBJECT

private:
    test::PgTestServer m_server;

    static import::ParsedArticle article(const QString &title)
    {
        return testing::parsedArticle(title, QStringLiteral("딥시크가 새 모델을 공개했다. 중국의 AI 기업들이 뒤따랐다."));
    }

private slots:
    void initTestCase() { DOKHAE_START_PG_OR_SKIP(m_server); }

    // Two analysts' windows on one library: what one stores reaches the other within the gather
    // interval, once per burst, and nobody is told of their own changes.
    void changesReachTheOtherConnection()
    {
        const QString location = m_server.location(m_server.createDatabase());
        store::Library mine;
        store::Library theirs;
        QVERIFY2(mine.open(location), qPrintable(mine.lastError()));
        QVERIFY2(theirs.open(location), qPrintable(theirs.lastError()));
        store::LibraryChanges changes(mine);
        QVERIFY(changes.isListening());
        QSignalSpy articles(&changes, &store::LibraryChanges::articlesChanged);
        QSignalSpy annotations(&changes, &store::LibraryChanges::annotationsChanged);
        QSignalSpy corrections(&changes, &store::LibraryChanges::entityCorrectionsChanged);

        // A burst of imports by the other analyst is one signal.
        for (int i = 0; i < 3; ++i)
            QVERIFY2(theirs.addArticle(article(QStringLiteral("기사 %1").arg(i))), qPrintable(theirs.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(articles.count(), 1, 3000);
        QTest::qWait(400);
        QCOMPARE(articles.count(), 1);

        const qint64 articleId = theirs.articles().first().id;
        store::AnnotationStore theirNotes(theirs);
        QVERIFY2(theirNotes.create(articleId, 0, 3, QStringLiteral("yellow"), QStringLiteral("모델 공개")),
                 qPrintable(theirNotes.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(annotations.count(), 1, 3000);
        QCOMPARE(annotations.first().first().value<QSet<qint64>>(), QSet<qint64>{articleId});

        QVERIFY2(theirs.setEntityHidden(QStringLiteral("org:deepseek"), true), qPrintable(theirs.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(corrections.count(), 1, 3000);

        // My own note is not announced back to me.
        store::AnnotationStore myNotes(mine);
        QVERIFY(myNotes.create(articleId, 4, 6, QStringLiteral("blue")));
        QTest::qWait(600);
        QCOMPARE(annotations.count(), 1);
    }

    void aLibraryFileAnnouncesNothing()
    {
        QTemporaryDir folder;
        store::Library library;
        QVERIFY(library.open(folder.filePath(QStringLiteral("lib.sqlite"))));
        store::LibraryChanges changes(library);
        QVERIFY(!changes.isListening());
    }
};

QTEST_GUILESS_MAIN(TestLibraryChanges)
#include "test_library_changes.moc"
