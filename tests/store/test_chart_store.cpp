// Figures and charts kept in the library: stored with each revision at import, filled in by the
// migration for an older library, read again after an extractor change, and the analyst's charts
// added, edited, hidden and moved without losing anything.
#include "charts/chart_suggester.h"
#include "store/chart_store.h"
#include "store/figure_indexer.h"
#include "store/figure_store.h"
#include "store/library.h"
#include "store/migrations.h"
#include "store_test_support.h"
#include "test_libraries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dokhae;
using namespace Qt::StringLiterals;
using charts::ChartSpec;

namespace {

// Two comparisons in one paragraph: a chart is suggested for each.
const QString kShares = u"2024년 스마트폰 출하량 점유율은 샤오미가 21%, 비보가 17%, 오포가 14%였다.\n"
                        u"2023년 AI 서버 매출은 인스퍼가 30억 달러, 레노버가 12억 달러였다."_s;

ChartSpec userChart(qint64 articleId, const QString &title)
{
    ChartSpec spec;
    spec.articleId = articleId;
    spec.titleKo = title;
    spec.titleEn = title;
    spec.unit = u"%"_s;
    charts::ChartPoint point;
    point.labelKo = u"가"_s;
    point.value = 1;
    point.source.articleId = articleId;
    spec.series.append({{}, {}, {point}});
    return spec;
}

int count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestChartStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void figuresAreStoredWithTheRevision();
    void newRevisionReplacesSuggestionsButKeepsTheAnalysts();
    void olderLibraryIsFilledByTheMigration();
    void staleExtractorVersionIsReadAgain();
    void refreshRunsInBatchesAndStops();
    void userChartsAddEditHideMove();
    void unknownChartIsRefused();
    void importWithoutIndexersStoresNoFigures();

private:
    dokhae::test::TestLibraries m_libraries;
    QString m_path;
};

void TestChartStore::initTestCase()
{
    QVERIFY(m_libraries.isValid());
    DOKHAE_START_TEST_LIBRARIES(m_libraries);
}

void TestChartStore::init()
{
    m_path = m_libraries.newLocation();
}

void TestChartStore::cleanup()
{
    m_path.clear();
}

void TestChartStore::figuresAreStoredWithTheRevision()
{
    store::Library library;
    QVERIFY(library.open(m_path));
    const auto added = library.addArticle(testing::parsedArticle(u"점유율"_s, kShares));
    QVERIFY(added);
    QCOMPARE(count(library.connection(), u"SELECT COUNT(*) FROM figure_scans"_s), 1);
    const store::FigureStore figures(library);
    const auto stored = figures.articleFigures(added->articleId);
    QVERIFY(stored);
    // Stored rows read back equal to what the extractor finds now, field by field.
    const QList<figures::Figure> fresh = figures::extractFigures(stored->text);
    QCOMPARE(stored->figures.size(), fresh.size());
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        QCOMPARE(stored->figures[i].text, fresh[i].text);
        QCOMPARE(stored->figures[i].start, fresh[i].start);
        QCOMPARE(stored->figures[i].value, fresh[i].value);
        QCOMPARE(stored->figures[i].subject, fresh[i].subject);
        QCOMPARE(stored->figures[i].measure, fresh[i].measure);
        QCOMPARE(stored->figures[i].year, fresh[i].year);
        QCOMPARE(stored->figures[i].bound, fresh[i].bound);
    }
    QCOMPARE(store::ChartStore(library).articleCharts(added->articleId).size(), 2);
    QCOMPARE(figures.articleFigures(added->articleId + 100), std::nullopt);
}

void TestChartStore::newRevisionReplacesSuggestionsButKeepsTheAnalysts()
{
    store::Library library;
    QVERIFY(library.open(m_path));
    const auto first = library.addArticle(testing::parsedArticle(u"점유율"_s, kShares, u"/news/a.txt"_s));
    QVERIFY(first);
    store::ChartStore charts(library);
    const QList<ChartSpec> suggested = charts.articleCharts(first->articleId);
    QCOMPARE(suggested.size(), 2);
    QVERIFY(charts.add(userChart(first->articleId, u"내 차트"_s)));
    ChartSpec edited = suggested.first();
    edited.titleKo = u"고친 제목"_s;
    QVERIFY(charts.update(edited));

    // The text changes: the second comparison is gone, the first stays.
    const QString shorter = kShares.section(u'\n', 0, 0);
    const auto second = library.addArticle(testing::parsedArticle(u"점유율"_s, shorter, u"/news/a.txt"_s));
    QVERIFY(second);
    QCOMPARE(second->result, store::AddResult::NewRevision);
    const QList<ChartSpec> now = charts.articleCharts(first->articleId);
    QStringList titles;
    for (const ChartSpec &spec : now)
        titles << spec.titleKo;
    QVERIFY2(titles.contains(u"내 차트"_s) && titles.contains(u"고친 제목"_s), qPrintable(titles.join(u" | ")));
    QCOMPARE(now.size(), 3);  // the analyst's, the edited suggestion, and one new suggestion
}

void TestChartStore::olderLibraryIsFilledByTheMigration()
{
    DOKHAE_SQLITE_ONLY("a version 3 file (a team library starts at version 8)");
    {
        store::Library library;
        QVERIFY(library.open(m_path));
        QVERIFY(library.addArticle(testing::parsedArticle(u"점유율"_s, kShares)));
    }
    {
        // Back to version 3: what a library written before figures were stored looks like.
        testing::RawConnection raw(m_path);
        QVERIFY(raw.ok());
        QSqlQuery query(raw.db());
        for (const QString &sql : {u"DROP TABLE annotations"_s, u"DROP TABLE chart_sources"_s, u"DROP TABLE charts"_s,
                                   u"DROP TABLE figures"_s,
                                   u"DROP TABLE figure_scans"_s, u"DROP TABLE open_sessions"_s,
                                   u"DROP INDEX revisions_by_title"_s, u"DROP INDEX revisions_by_source"_s,
                                   u"DROP INDEX revisions_by_published"_s, u"DROP INDEX entity_scans_by_catalog"_s,
                                   u"DROP INDEX articles_by_current_revision"_s,
                                   u"UPDATE meta SET value = '3' WHERE key = 'schema_version'"_s})
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }
    store::Library library;
    QVERIFY2(library.open(m_path), qPrintable(library.lastError()));
    QCOMPARE(library.schemaVersion(), store::latestSchemaVersion());
    // The migration only makes the tables; the revisions are read afterwards, batch by batch.
    const store::FigureStore figures(library);
    QCOMPARE(figures.staleCount(), 1);
    QList<std::pair<int, int>> steps;
    QVERIFY(figures.refreshStale([&](int done, int total) {
        steps.append({done, total});
        return true;
    }));
    QCOMPARE(steps, (QList<std::pair<int, int>>{{1, 1}}));
    QCOMPARE(figures.staleCount(), 0);
    QCOMPARE(count(library.connection(), u"SELECT COUNT(*) FROM figure_scans"_s), 1);
    QVERIFY(count(library.connection(), u"SELECT COUNT(*) FROM figures"_s) >= 5);
    QCOMPARE(store::ChartStore(library).allCharts().size(), 2);
}

void TestChartStore::staleExtractorVersionIsReadAgain()
{
    store::Library library;
    QVERIFY(library.open(m_path));
    const auto added = library.addArticle(testing::parsedArticle(u"점유율"_s, kShares));
    QVERIFY(added);
    QSqlQuery query(library.connection());
    QVERIFY(query.exec(u"UPDATE figure_scans SET extractor_version = 0"_s));
    QVERIFY(query.exec(u"DELETE FROM figures"_s));
    const store::FigureStore figures(library);
    QCOMPARE(figures.staleCount(), 1);
    QVERIFY(figures.refreshStale());
    QCOMPARE(figures.staleCount(), 0);
    QVERIFY(count(library.connection(), u"SELECT COUNT(*) FROM figures"_s) >= 5);
    QCOMPARE(count(library.connection(), u"SELECT MIN(extractor_version) FROM figure_scans"_s),
             store::kFigureExtractorVersion);
}

void TestChartStore::refreshRunsInBatchesAndStops()
{
    store::Library library;
    QVERIFY(library.open(m_path));
    library.setRevisionIndexers({});
    for (int i = 0; i < 120; ++i)
        QVERIFY(library.addArticle(testing::parsedArticle(u"기사 %1"_s.arg(i), u"AI 기업은 %1개다."_s.arg(i + 1))));
    const store::FigureStore figures(library);
    QCOMPARE(figures.staleCount(), 120);
    // Asked to stop after the first batch: the rest waits, nothing is half done.
    QVERIFY(figures.refreshStale([](int, int) { return false; }));
    QCOMPARE(figures.staleCount(), 70);
    QList<int> done;
    QVERIFY(figures.refreshStale([&](int n, int total) {
        done.append(n);
        return total == 70;
    }));
    QCOMPARE(done, (QList<int>{50, 70}));
    QCOMPARE(figures.staleCount(), 0);
}

void TestChartStore::userChartsAddEditHideMove()
{
    store::Library library;
    QVERIFY(library.open(m_path));
    const auto added = library.addArticle(testing::parsedArticle(u"점유율"_s, kShares));
    QVERIFY(added);
    store::ChartStore charts(library);
    const auto a = charts.add(userChart(added->articleId, u"A"_s));
    const auto b = charts.add(userChart(added->articleId, u"B"_s));
    QVERIFY(a && b);
    const auto stored = charts.chart(*a);
    QVERIFY(stored);
    QCOMPARE(stored->origin, charts::ChartOrigin::User);
    QCOMPARE(stored->titleKo, u"A"_s);

    QVERIFY(charts.move(*b, 0));
    QCOMPARE(charts.articleCharts(added->articleId).first().id, *b);
    QVERIFY(charts.setHidden(*a, true));
    QCOMPARE(charts.chart(*a), std::nullopt);
    QCOMPARE(charts.articleCharts(added->articleId).size(), 3);
    QVERIFY(charts.setHidden(*a, false));
    QCOMPARE(charts.chart(*a)->titleKo, u"A"_s);

    // A chart whose points come from another article is listed there too.
    const auto other = library.addArticle(testing::parsedArticle(u"다른 기사"_s, u"AI 기업은 4,700개다."_s));
    QVERIFY(other);
    ChartSpec across = userChart(added->articleId, u"두 기사"_s);
    across.series.first().points.first().source.articleId = other->articleId;
    const auto acrossId = charts.add(across);
    QVERIFY(acrossId);
    const QList<ChartSpec> ofOther = charts.articleCharts(other->articleId);
    QCOMPARE(ofOther.size(), 1);
    QCOMPARE(ofOther.first().id, *acrossId);
    // A chart that gains a point from another article is listed there once it is saved.
    ChartSpec grown = *charts.chart(*a);
    grown.series.first().points.append(grown.series.first().points.first());
    grown.series.first().points.last().source.articleId = other->articleId;
    QVERIFY(charts.update(grown));
    QCOMPARE(charts.articleCharts(other->articleId).size(), 2);
    // Positions stay an index in the article's order.
    const QList<ChartSpec> ordered = charts.articleCharts(added->articleId);
    for (qsizetype i = 0; i < ordered.size(); ++i)
        QCOMPARE(ordered[i].position, int(i));
}

void TestChartStore::unknownChartIsRefused()
{
    store::Library library;
    QVERIFY(library.open(m_path));
    store::ChartStore charts(library);
    ChartSpec ghost = userChart(1, u"유령"_s);
    ghost.id = 999;
    QVERIFY(!charts.update(ghost));
    QVERIFY(!charts.lastError().isEmpty());
    QVERIFY(!charts.setHidden(999, true));
    QCOMPARE(charts.chart(999), std::nullopt);
}

void TestChartStore::importWithoutIndexersStoresNoFigures()
{
    store::Library library;
    QVERIFY(library.open(m_path));
    library.setRevisionIndexers({});
    const auto added = library.addArticle(testing::parsedArticle(u"점유율"_s, kShares));
    QVERIFY(added);
    QCOMPARE(count(library.connection(), u"SELECT COUNT(*) FROM figure_scans"_s), 0);
    // Reading the article's figures fills them in on demand.
    QVERIFY(store::FigureStore(library).articleFigures(added->articleId));
    QCOMPARE(count(library.connection(), u"SELECT COUNT(*) FROM figure_scans"_s), 1);
}

QTEST_GUILESS_MAIN(TestChartStore)
#include "test_chart_store.moc"
