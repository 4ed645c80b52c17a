// A window's watch over its team library's connection (gui/connection_watch.h), on a PostgreSQL
// server of the test's own that stops in the middle and starts again.
#include "connection_watch.h"
#include "pg_test_server.h"
#include "store/annotation_store.h"
#include "store/chart_store.h"
#include "store/library.h"
#include "store/offline_annotations.h"

#include "import/article_parser.h"

#include <QStandardPaths>
#include <QTest>

using namespace dokhae;

class TestConnectionWatch : public QObject {
    Q_OBJECT

private:
    test::PgTestServer m_server;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // the journal goes to a test state folder
        DOKHAE_START_PG_OR_SKIP(m_server);
    }

    void awayThenBack()
    {
        store::Library library;
        QVERIFY2(library.open(m_server.location(m_server.createDatabase())), qPrintable(library.lastError()));
        import::ParsedArticle article;
        article.meta.title = QStringLiteral("딥시크");
        article.text = QStringLiteral("딥시크가 새 모델을 공개했다. 알리바바가 뒤따랐다.");
        QVERIFY(library.addArticle(article));
        const qint64 articleId = library.articles().first().id;

        store::AnnotationStore notes(library);
        store::ChartStore charts(library);
        QString state;
        QStringList statuses;
        int caughtUp = 0;
        gui::ConnectionWatch watch(library,
                                   {[&notes](store::OfflineAnnotations *offline) { notes.setOffline(offline); },
                                    [&charts](store::OfflineCharts *offline) { charts.setOffline(offline); },
                                    [&caughtUp] { ++caughtUp; }, [&statuses](const QString &s) { statuses << s; },
                                    [&state](const QString &s) { state = s; }},
                                   nullptr);
        QCOMPARE(notes.articleAnnotations(articleId).size(), 0);  // read while online: remembered

        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        watch.check();
        QVERIFY(watch.isAway());
        QVERIFY2(statuses.last().contains(QLatin1String("cannot be reached")), qPrintable(statuses.last()));
        QVERIFY2(state.startsWith(QLatin1String("Server away")), qPrintable(state));

        const auto made = notes.create(articleId, 0, 3, QStringLiteral("green"), QStringLiteral("서버가 없을 때"));
        QVERIFY2(made, qPrintable(notes.lastError()));
        QVERIFY(notes.lastChangeWaits());
        charts::ChartSpec chart;
        chart.articleId = articleId;
        chart.titleKo = QStringLiteral("서버가 없을 때 만든 차트");
        chart.series = {{{}, {}, {{QStringLiteral("딥시크"), {}, 1, QStringLiteral("1"), QStringLiteral("1"), {}}}}};
        const std::optional<qint64> chartId = charts.add(chart);
        QVERIFY2(chartId && *chartId < 0, qPrintable(charts.lastError()));  // provisional until sent
        QVERIFY(charts.lastChangeWaits());
        // Said once the trial connection check() started has failed (or at the next check).
        watch.check();
        QTRY_VERIFY2_WITH_TIMEOUT(state.contains(QLatin1String("2 change(s) waiting")), qPrintable(state), 8000);

        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT((watch.check(), !watch.isAway()), 10000);
        QVERIFY(state.isEmpty());
        QVERIFY(caughtUp >= 1);
        QVERIFY2(statuses.last().contains(QLatin1String("1 note change(s) sent")), qPrintable(statuses.last()));
        const QList<annotations::Annotation> stored = notes.articleAnnotations(articleId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().id, made->id);
        QVERIFY2(statuses.last().contains(QLatin1String("1 chart change(s) sent")), qPrintable(statuses.last()));
        const std::optional<charts::ChartSpec> sentChart = charts.chart(*chartId);  // the provisional id still finds it
        QVERIFY(sentChart);
        QVERIFY(sentChart->id > 0);
        QCOMPARE(sentChart->titleKo, chart.titleKo);
        // And the next note goes straight to the server.
        QVERIFY(notes.create(articleId, 4, 6, QStringLiteral("blue"), QStringLiteral("돌아온 뒤")));
        QVERIFY(!notes.lastChangeWaits());
    }
};

// No window: the watch is the window's, but needs only an event loop.
QTEST_GUILESS_MAIN(TestConnectionWatch)
#include "test_connection_watch.moc"
