// Chart edits made while a team library's server is away (store/offline_charts.h): shown as if
// stored, kept in a journal, sent when it returns (a chart made offline gets the server's id,
// and its provisional one still finds it); what the server refuses is set aside.
#include "pg_test_server.h"
#include "store/chart_store.h"
#include "store/library.h"
#include "store/offline_charts.h"

#include "import/article_parser.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dokhae;

class TestOfflineCharts : public QObject {
    Q_OBJECT

private:
    test::PgTestServer m_server;
    QTemporaryDir m_folder;

    static charts::ChartSpec chartOf(qint64 articleId, const QString &title)
    {
        charts::ChartSpec chart;
        chart.articleId = articleId;
        chart.titleKo = title;
        chart.series = {{{}, {}, {{QStringLiteral("딥시크"), QStringLiteral("DeepSeek"), 2, QStringLiteral("2"), QStringLiteral("2"), {}}}}};
        return chart;
    }

    static QStringList titles(const QList<charts::ChartSpec> &charts)
    {
        QStringList result;
        for (const charts::ChartSpec &chart : charts)
            result << chart.titleKo;
        return result;
    }

    // A team library on the test's server with one article; its id.
    qint64 openWithArticle(store::Library &library)
    {
        if (!library.open(m_server.location(m_server.createDatabase())))
            return 0;
        import::ParsedArticle article;
        article.meta.title = QStringLiteral("차트");
        article.text = QStringLiteral("딥시크가 새 모델을 공개했다.");
        if (!library.addArticle(article))
            return 0;
        return library.articles().first().id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        DOKHAE_START_PG_OR_SKIP(m_server);
    }

    void keptThenSent()
    {
        store::Library library;
        const qint64 articleId = openWithArticle(library);
        QVERIFY2(articleId > 0, qPrintable(library.lastError()));
        const QString journal = m_folder.filePath(QStringLiteral("charts.json"));
        store::OfflineCharts offline(journal);
        store::ChartStore charts(library);
        charts.setOffline(&offline);
        const std::optional<qint64> first = charts.add(chartOf(articleId, QStringLiteral("온라인")));
        QVERIFY2(first && *first > 0, qPrintable(charts.lastError()));
        QCOMPARE(charts.articleCharts(articleId).size(), 1);  // read while online: remembered

        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        const std::optional<qint64> made = charts.add(chartOf(articleId, QStringLiteral("오프라인")));
        QVERIFY2(made && *made < 0, qPrintable(charts.lastError()));
        QVERIFY(charts.lastChangeWaits());
        charts::ChartSpec edited = chartOf(articleId, QStringLiteral("고친 제목"));
        edited.id = *first;
        QVERIFY2(charts.update(edited), qPrintable(charts.lastError()));
        QVERIFY(charts.move(*made, 0));
        QVERIFY(charts.setHidden(*first, true));   // deleted …
        QVERIFY(charts.setHidden(*first, false));  // … and undone

        // Read as if stored: the new chart first, the edited one after it.
        const QList<charts::ChartSpec> shown = charts.articleCharts(articleId);
        QCOMPARE(titles(shown), (QStringList{QStringLiteral("오프라인"), QStringLiteral("고친 제목")}));
        QCOMPARE(shown.first().position, 0);
        QCOMPARE(charts.chart(*made)->titleKo, QStringLiteral("오프라인"));
        QCOMPARE(store::OfflineCharts(journal).pendingCount(), 5);  // what a restart finds

        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(library.reconnect());
        store::ChartStore online(library);
        const store::JournalSendReport report = offline.send(online);
        QVERIFY2(report.complete, qPrintable(report.error));
        QCOMPARE(report.sent, 5);
        QVERIFY(report.refused.isEmpty());
        QVERIFY(!QFile::exists(journal));

        const QList<charts::ChartSpec> stored = online.articleCharts(articleId);
        QCOMPARE(titles(stored), (QStringList{QStringLiteral("오프라인"), QStringLiteral("고친 제목")}));
        QVERIFY(stored.first().id > 0);
        QCOMPARE(offline.storedId(*made), stored.first().id);
        // The window's undo steps keep the provisional id: it still names the chart.
        QCOMPARE(charts.chart(*made)->id, stored.first().id);
        QVERIFY2(charts.setHidden(*made, true), qPrintable(charts.lastError()));
        QVERIFY(!charts.lastChangeWaits());
        QCOMPARE(online.articleCharts(articleId).size(), 1);
    }

    void refusedAreSetAside()
    {
        store::Library library;
        const qint64 articleId = openWithArticle(library);
        QVERIFY2(articleId > 0, qPrintable(library.lastError()));
        store::OfflineCharts offline(m_folder.filePath(QStringLiteral("refused.json")));
        store::ChartStore charts(library);
        charts.setOffline(&offline);
        const std::optional<qint64> doomed = charts.add(chartOf(articleId, QStringLiteral("지워질 차트")));
        QVERIFY(doomed);
        QCOMPARE(charts.articleCharts(articleId).size(), 1);

        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        charts::ChartSpec edited = chartOf(articleId, QStringLiteral("고쳤지만 이미 없는 차트"));
        edited.id = *doomed;
        QVERIFY(charts.update(edited));
        QVERIFY(charts.add(chartOf(articleId, QStringLiteral("새 차트"))));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(library.reconnect());
        // Meanwhile the chart went from the server (an administrator's clean-up).
        QSqlQuery removal(library.connection());
        QVERIFY(removal.exec(QStringLiteral("DELETE FROM charts WHERE id = %1").arg(*doomed)));

        store::ChartStore online(library);
        const store::JournalSendReport report = offline.send(online);
        QVERIFY(report.complete);
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.refused.size(), 1);
        QFile setAside(report.setAsidePath);
        QVERIFY(setAside.open(QIODevice::ReadOnly));
        QVERIFY(setAside.readAll().contains("고쳤지만 이미 없는 차트"));
        QCOMPARE(titles(online.articleCharts(articleId)), QStringList{QStringLiteral("새 차트")});
    }

    // A journal that cannot be read (a crash mid-write on another system, a hand edit) is set
    // aside for the analyst, said so, and not sent.
    void unreadableJournalIsSetAside()
    {
        const QString journal = m_folder.filePath(QStringLiteral("unreadable.json"));
        QFile file(journal);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[{\"kind\": \"add\", \"id\": -1, \"spec\": ");
        file.close();
        store::OfflineCharts offline(journal);
        QVERIFY(!offline.loadError().isEmpty());
        QCOMPARE(offline.pendingCount(), 0);
        QVERIFY(!QFile::exists(journal));
        QVERIFY(QFile::exists(journal + QStringLiteral(".unreadable")));
    }
};

QTEST_GUILESS_MAIN(TestOfflineCharts)
#include "test_offline_charts.moc"
