// The server of a team library stops in the middle of a session and starts again: what the analyst
// annotated meanwhile is kept (in a journal that survives the program), shown, and sent when the
// server is back; a note a teammate changed meanwhile keeps both versions.
#include "pg_test_server.h"
#include "store/annotation_store.h"
#include "store/library.h"
#include "store/offline_annotations.h"
#include "store_test_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dokhae;
using annotations::Annotation;

class TestOfflineAnnotations : public QObject {
    Q_OBJECT

private:
    test::PgTestServer m_server;
    QTemporaryDir m_folder;

    static const QString &text()
    {
        static const QString t = QStringLiteral("딥시크가 새 모델을 공개했다. 알리바바와 바이두가 뒤따랐다. 센스타임도 발표했다.");
        return t;
    }

    static std::optional<Annotation> withId(const QList<Annotation> &list, const QString &id)
    {
        for (const Annotation &a : list) {
            if (a.id == id)
                return a;
        }
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        DOKHAE_START_PG_OR_SKIP(m_server);
    }

    void serverStopsAndReturns()
    {
        const QString location = m_server.location(m_server.createDatabase());
        store::Library mine;
        QVERIFY2(mine.open(location), qPrintable(mine.lastError()));
        QVERIFY(mine.addArticle(testing::parsedArticle(QStringLiteral("딥시크"), text())));
        const qint64 articleId = mine.articles().first().id;

        const QString journal = m_folder.filePath(QStringLiteral("serverStopsAndReturns.json"));
        store::OfflineAnnotations offline(journal);
        store::AnnotationStore notes(mine);
        notes.setOffline(&offline);
        const auto shared = notes.create(articleId, 0, 3, QStringLiteral("yellow"), QStringLiteral("함께 보는 메모"));
        const auto doomed = notes.create(articleId, 17, 21, QStringLiteral("blue"), QStringLiteral("지울 메모"));
        QVERIFY(shared && doomed);
        QVERIFY(!notes.lastChangeWaits());
        QCOMPARE(notes.articleAnnotations(articleId).size(), 2);  // read once: remembered

        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));

        // The window keeps reading what it had, and every change waits in the journal.
        QCOMPARE(notes.articleAnnotations(articleId).size(), 2);
        const auto madeOffline = notes.create(articleId, 22, 27, QStringLiteral("green"), QStringLiteral("오프라인 메모"));
        QVERIFY2(madeOffline, qPrintable(notes.lastError()));
        QVERIFY(notes.lastChangeWaits());
        QCOMPARE(madeOffline->quote.exact, text().mid(22, 5));
        QVERIFY2(notes.edit(shared->id, QStringLiteral("내가 오프라인에서 고침"), {}, QStringLiteral("red")),
                 qPrintable(notes.lastError()));
        QVERIFY2(notes.remove(doomed->id), qPrintable(notes.lastError()));
        const QList<Annotation> shown = notes.articleAnnotations(articleId);
        QCOMPARE(shown.size(), 2);
        QCOMPARE(withId(shown, shared->id)->note, QStringLiteral("내가 오프라인에서 고침"));
        QVERIFY(withId(shown, madeOffline->id));
        QVERIFY(QFile::exists(journal));
        QCOMPARE(store::OfflineAnnotations(journal).pendingCount(), 3);  // what a restart of the program finds
        QVERIFY(!mine.reconnect());

        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        // Meanwhile a teammate changes both notes this analyst changed offline.
        {
            store::Library theirs;
            QVERIFY2(theirs.open(location), qPrintable(theirs.lastError()));
            store::AnnotationStore theirNotes(theirs);
            QVERIFY(theirNotes.edit(shared->id, QStringLiteral("팀원이 고침"), {}, QStringLiteral("yellow")));
            QVERIFY(theirNotes.edit(doomed->id, QStringLiteral("팀원이 살림"), {}, QStringLiteral("blue")));
        }
        QVERIFY(mine.reconnect());
        QSqlDatabase db = mine.connection();
        const store::PendingSendReport report = offline.send(db);
        QVERIFY2(report.complete, qPrintable(report.error));
        QCOMPARE(report.sent, 1);        // the new note
        QCOMPARE(report.keptBoth, 1);    // both edits of the shared note
        QCOMPARE(report.keptTheirs, 1);  // the removal of a note the teammate changed since
        QVERIFY(report.refused.isEmpty());
        QCOMPARE(offline.pendingCount(), 0);
        QVERIFY(!QFile::exists(journal));

        const QList<Annotation> stored = notes.articleAnnotations(articleId);
        QCOMPARE(stored.size(), 4);
        QCOMPARE(withId(stored, shared->id)->note, QStringLiteral("팀원이 고침"));
        QCOMPARE(withId(stored, doomed->id)->note, QStringLiteral("팀원이 살림"));
        QCOMPARE(withId(stored, madeOffline->id)->note, QStringLiteral("오프라인 메모"));
        const auto copy = std::find_if(stored.cbegin(), stored.cend(), [](const Annotation &a) {
            return a.note == QStringLiteral("내가 오프라인에서 고침");
        });
        QVERIFY(copy != stored.cend());
        QVERIFY(copy->tags.contains(QStringLiteral("conflict")));
        QCOMPARE(copy->start, shared->start);
    }

    // Sending what the server refuses sets it aside with the reason, and the rest still goes.
    void refusedChangesAreSetAside()
    {
        const QString database = m_server.createDatabase();
        store::Library mine;
        QVERIFY2(mine.open(m_server.location(database)), qPrintable(mine.lastError()));
        QVERIFY(mine.addArticle(testing::parsedArticle(QStringLiteral("딥시크"), text())));
        const qint64 articleId = mine.articles().first().id;
        const QString journal = m_folder.filePath(QStringLiteral("refused.json"));
        store::OfflineAnnotations offline(journal);
        store::AnnotationStore notes(mine);
        notes.setOffline(&offline);
        QCOMPARE(notes.articleAnnotations(articleId).size(), 0);
        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        QVERIFY(notes.create(articleId, 0, 3, QStringLiteral("yellow"), QStringLiteral("첫째")));
        QVERIFY(notes.create(articleId, 4, 6, QStringLiteral("yellow"), QStringLiteral("둘째")));
        QCOMPARE(notes.articleAnnotations(articleId).size(), 2);  // each once, on an article that had none
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(mine.reconnect());
        // A rule its administrator added meanwhile makes the server refuse the first note.
        QVERIFY(m_server.runSql(QStringLiteral("ALTER TABLE annotations ADD CONSTRAINT no_first CHECK (note <> '첫째')"),
                                database));
        QSqlDatabase db = mine.connection();
        const store::PendingSendReport report = offline.send(db);
        QVERIFY(report.complete);
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.refused.size(), 1);
        QVERIFY(QFile::exists(report.setAsidePath));
        QFile setAside(report.setAsidePath);
        QVERIFY(setAside.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(setAside.readAll()).contains(QStringLiteral("첫째")));
        QCOMPARE(notes.articleAnnotations(articleId).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOfflineAnnotations)
#include "test_offline_annotations.moc"
