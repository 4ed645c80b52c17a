// The library pane's searches run on a thread of their own: the answer is the one a search on the
// window's connection gives, only the newest query is answered, and a cancelled one never is.
#include "import/importer.h"
#include "search_runner.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace dokhae;

class TestSearchRunner : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    store::Library m_library;

    QString path() const { return m_dir.filePath(QStringLiteral("lib.sqlite")); }

    static QList<qint64> idsOf(const QList<store::SearchHit> &hits)
    {
        QList<qint64> ids;
        for (const store::SearchHit &hit : hits)
            ids << hit.id;
        return ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_library.open(path()));
        QVERIFY(import::Importer(m_library).run({QStringLiteral(DOKHAE_SEEDS_DIR)}).allImported());
    }

    void answersAsTheWindowsConnectionWould()
    {
        gui::SearchRunner runner;
        QSignalSpy answered(&runner, &gui::SearchRunner::answered);
        QThread *deliveredOn = nullptr;
        connect(&runner, &gui::SearchRunner::answered, this, [&deliveredOn] { deliveredOn = QThread::currentThread(); });
        runner.search(path(), QStringLiteral("중국"));
        QVERIFY(answered.wait(10000));
        const auto answer = answered.first().first().value<gui::SearchAnswer>();
        const gui::SearchAnswer here = gui::searchLibrary(m_library, QStringLiteral("중국"));
        QCOMPARE(answer.query, QStringLiteral("중국"));
        QVERIFY(answer.matchCount > 0);
        QCOMPARE(answer.matchCount, here.matchCount);
        QCOMPARE(idsOf(answer.hits), idsOf(here.hits));
        QCOMPARE(deliveredOn, QThread::currentThread());
    }

    void onlyTheNewestQueryIsAnswered()
    {
        gui::SearchRunner runner;
        QSignalSpy answered(&runner, &gui::SearchRunner::answered);
        for (const QString &typed : {QStringLiteral("알"), QStringLiteral("알리"), QStringLiteral("알리바"), QStringLiteral("알리바바")})
            runner.search(path(), typed);
        QVERIFY(answered.wait(10000));
        QTest::qWait(200);  // anything else would have come by now
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered.first().first().value<gui::SearchAnswer>().query, QStringLiteral("알리바바"));
    }

    void cancelledQueryIsNeverAnswered()
    {
        gui::SearchRunner runner;
        QSignalSpy answered(&runner, &gui::SearchRunner::answered);
        runner.search(path(), QStringLiteral("딥시크"));
        runner.cancel();
        QVERIFY(!answered.wait(500));
    }
};

QTEST_GUILESS_MAIN(TestSearchRunner)
#include "test_search_runner.moc"
