// Chart suggestions: on the seeds imported into a library (read back from the chart store), and on
// news texts of our own with comparisons the seeds do not have. Every point must trace to its
// sentence: the source sentence is a passage of the article and holds the figure at its offsets.
#include "charts/chart_grouping.h"
#include "charts/chart_json.h"
#include "charts/chart_suggester.h"
#include "figures/figure.h"
#include "import/article_parser.h"
#include "import/importer.h"
#include "store/chart_store.h"
#include "store/figure_store.h"
#include "store/library.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dokhae;
using namespace Qt::StringLiterals;
using charts::ChartKind;
using charts::ChartSpec;

namespace {

struct ExpectedPoint {
    QString label;  // Korean label
    double value;
};

QString fixtureText(const QString &name)
{
    const auto parsed = import::parseArticleFile(QStringLiteral(DOKHAE_TEST_DATA_DIR "/charts/") + name);
    return parsed.ok ? parsed.article.text : QString();
}

const charts::ChartLabels &labels()
{
    static const charts::ChartLabels shared(entities::EntityCatalog::bundled());
    return shared;
}

QList<ChartSpec> suggestFor(const QString &text)
{
    return charts::suggestCharts(1, u"rev"_s, text, figures::extractFigures(text), labels());
}

// The points of the first series, as (label, value) in order.
QList<std::pair<QString, double>> pointsOf(const ChartSpec &spec, int series = 0)
{
    QList<std::pair<QString, double>> points;
    for (const charts::ChartPoint &p : spec.series.value(series).points)
        points.append({p.labelKo, p.value});
    return points;
}

bool matches(const ChartSpec &spec, const QList<ExpectedPoint> &expected, int series = 0)
{
    const auto points = pointsOf(spec, series);
    if (points.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (points[i].first != expected[i].label || std::abs(points[i].second - expected[i].value) > 1e-6 * std::abs(expected[i].value))
            return false;
    }
    return true;
}

// The chart whose first series is exactly `expected`, or nullptr.
const ChartSpec *findChart(const QList<ChartSpec> &specs, const QList<ExpectedPoint> &expected)
{
    for (const ChartSpec &spec : specs) {
        if (matches(spec, expected))
            return &spec;
    }
    return nullptr;
}

QString describe(const QList<ChartSpec> &specs)
{
    QStringList lines;
    for (const ChartSpec &spec : specs) {
        QStringList points;
        for (const charts::ChartSeries &s : spec.series) {
            for (const charts::ChartPoint &p : s.points)
                points << u"%1%2=%3"_s.arg(s.nameKo.isEmpty() ? QString() : s.nameKo + u'/', p.labelKo).arg(p.value);
        }
        lines << u"[%1] %2: %3"_s.arg(charts::chartKindName(spec.kind), spec.titleKo, points.join(u", "));
    }
    return lines.join(u"\n");
}

// The rule: every value traces to a sentence of the text it came from.
void verifyTraced(const ChartSpec &spec, const QString &text)
{
    for (const charts::ChartSeries &series : spec.series) {
        for (const charts::ChartPoint &p : series.points) {
            const charts::PointSource &s = p.source;
            QCOMPARE(text.mid(s.sentenceStart, s.sentenceEnd - s.sentenceStart), s.sentence);
            QCOMPARE(text.mid(s.start, s.end - s.start), s.figureText);
            QVERIFY(s.start >= s.sentenceStart && s.end <= s.sentenceEnd);
            QVERIFY(!p.labelKo.isEmpty() && !p.labelEn.isEmpty());
            QVERIFY(!p.displayKo.isEmpty() && !p.displayEn.isEmpty());
        }
    }
}

} // namespace

class TestChartSuggestions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void seedChartsInTheLibrary();
    void seedChartsTraceToTheirSentences();
    void conversionsAreNeverSecondPoints();
    void ownTexts_sharesOfOneYear();
    void ownTexts_twoYearsGrouped_andTimeSeries();
    void ownTexts_currencyConvertedOnlyAtStatedRate();
    void ownTexts_partsOfAWholeArePie();
    void nothingToCompareGivesNoChart();
    void aWholeIsNotOneOfItsParts();
    void vagueMeasuresAreNotCharted();
    void aHugeListStaysOneReadableChart();
    void builderFromChosenFigures();
    void jsonRoundTrip();

private:
    QTemporaryDir m_dir;
    store::Library m_library;
    QHash<QString, qint64> m_seedIds;  // "002" -> article id
};

void TestChartSuggestions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_library.open(m_dir.filePath(u"library.sqlite"_s)), qPrintable(m_library.lastError()));
    import::Importer importer(m_library);
    const import::ImportReport report = importer.run({QStringLiteral(DOKHAE_SEEDS_DIR)});
    QCOMPARE(report.count(import::ImportStatus::Added), 4);
    for (const import::FileOutcome &file : report.files)
        m_seedIds.insert(QFileInfo(file.path).fileName().left(3), file.articleId);
}

void TestChartSuggestions::seedChartsInTheLibrary()
{
    const store::ChartStore store(m_library);
    const QList<ChartSpec> investment = store.articleCharts(m_seedIds.value(u"002"_s));
    const QList<ChartSpec> citations = store.articleCharts(m_seedIds.value(u"004"_s));

    // The 2023 private AI investment gap, in text order, one currency.
    const ChartSpec *gap = findChart(investment, {{u"중국"_s, 7.76e9}, {u"한국"_s, 1.4e9}, {u"미국"_s, 67.2e9}});
    QVERIFY2(gap, qPrintable(describe(investment)));
    QCOMPARE(gap->currency, u"USD"_s);
    QCOMPARE(gap->year, std::optional<int>(2023));
    QVERIFY2(gap->measure.endsWith(u"투자액"_s), qPrintable(gap->measure));
    QCOMPARE(gap->kind, ChartKind::Bar);
    QCOMPARE(gap->series.first().points[2].labelEn, u"United States"_s);
    QCOMPARE(gap->series.first().points[1].labelEn, u"South Korea"_s);
    QVERIFY2(gap->titleEn.contains(u"investment"_s), qPrintable(gap->titleEn));

    // The 2023 AI-paper citation shares.
    const ChartSpec *shares = findChart(citations, {{u"중국"_s, 22.6}, {u"유럽"_s, 20.9}, {u"미국"_s, 13}});
    QVERIFY2(shares, qPrintable(describe(citations)));
    QCOMPARE(shares->unit, u"%"_s);
    QCOMPARE(shares->year, std::optional<int>(2023));
    QVERIFY2(shares->measure.contains(u"인용"_s), qPrintable(shares->measure));
    QCOMPARE(shares->series.first().points[1].labelEn, u"Europe"_s);

    // Beyond those two: at least two of the others the seeds support.
    int others = 0;
    const auto researchers = std::find_if(citations.begin(), citations.end(), [](const ChartSpec &s) {
        return s.kind == ChartKind::GroupedBar && s.series.size() == 2 && s.series[0].nameEn == u"2019"
               && s.series[1].nameEn == u"2022";
    });
    if (researchers != citations.end() && matches(*researchers, {{u"미국"_s, 59}, {u"중국"_s, 11}})
        && matches(*researchers, {{u"미국"_s, 42}, {u"중국"_s, 28}}, 1))
        ++others;
    if (findChart(citations, {{u"미국"_s, 40}, {u"중국"_s, 15}}))  // notable AI models 2024
        ++others;
    if (findChart(citations, {{u"미국"_s, 50}, {u"중국"_s, 34}}))  // top-100 cited papers 2023
        ++others;
    for (const ChartSpec &spec : investment) {  // generative-AI patents, parameter counts
        if (spec.measure.contains(u"특허"_s) || spec.measure.contains(u"매개변수"_s))
            ++others;
    }
    QVERIFY2(others >= 2, qPrintable(u"%1 others\n%2\n%3"_s.arg(others).arg(describe(investment), describe(citations))));
}

void TestChartSuggestions::seedChartsTraceToTheirSentences()
{
    const store::ChartStore charts(m_library);
    const store::FigureStore figures(m_library);
    const QList<ChartSpec> all = charts.allCharts();
    QVERIFY(all.size() >= 4);
    for (const ChartSpec &spec : all) {
        const auto article = m_library.article(spec.articleId);
        QVERIFY(article);
        for (const charts::ChartSeries &series : spec.series) {
            for (const charts::ChartPoint &p : series.points)
                QCOMPARE(p.source.revision, article->summary.revision);
        }
        verifyTraced(spec, article->text);
    }
}

void TestChartSuggestions::conversionsAreNeverSecondPoints()
{
    const store::FigureStore figures(m_library);
    const store::ChartStore charts(m_library);
    for (const qint64 id : m_seedIds) {
        const auto stored = figures.articleFigures(id);
        QVERIFY(stored);
        QSet<qsizetype> conversionStarts;
        for (const figures::Figure &f : stored->figures) {
            if (f.converts >= 0)
                conversionStarts.insert(f.start);
        }
        for (const ChartSpec &spec : charts.articleCharts(id)) {
            QVERIFY(!spec.currency.isEmpty() || spec.unit.size() > 0);
            for (const charts::ChartSeries &series : spec.series) {
                for (const charts::ChartPoint &p : series.points)
                    QVERIFY2(!conversionStarts.contains(p.source.start), qPrintable(p.source.figureText));
            }
        }
    }
}

void TestChartSuggestions::ownTexts_sharesOfOneYear()
{
    const QString text = fixtureText(u"battery_share.txt"_s);
    const QList<ChartSpec> specs = suggestFor(text);
    const ChartSpec *share =
        findChart(specs, {{u"CATL"_s, 37.9}, {u"BYD"_s, 15.8}, {u"LG에너지솔루션"_s, 10.8}, {u"파나소닉"_s, 4.5}});
    QVERIFY2(share, qPrintable(describe(specs)));
    QCOMPARE(share->year, std::optional<int>(2024));
    QVERIFY(share->measure.endsWith(u"점유율"_s));
    QVERIFY2(share->titleEn.contains(u"market share"_s), qPrintable(share->titleEn));
    verifyTraced(*share, text);
}

void TestChartSuggestions::ownTexts_twoYearsGrouped_andTimeSeries()
{
    const QString text = fixtureText(u"chip_revenue.txt"_s);
    const QList<ChartSpec> specs = suggestFor(text);
    const auto grouped = std::find_if(specs.begin(), specs.end(), [](const ChartSpec &s) { return s.kind == ChartKind::GroupedBar; });
    QVERIFY2(grouped != specs.end(), qPrintable(describe(specs)));
    QVERIFY(matches(*grouped, {{u"엔비디아"_s, 15e9}, {u"AMD"_s, 2e9}}, 0));
    QVERIFY(matches(*grouped, {{u"엔비디아"_s, 115e9}, {u"AMD"_s, 5e9}}, 1));
    QCOMPARE(grouped->series[1].nameEn, u"2024"_s);

    const auto line = std::find_if(specs.begin(), specs.end(), [](const ChartSpec &s) { return s.kind == ChartKind::Line; });
    QVERIFY2(line != specs.end(), qPrintable(describe(specs)));
    QVERIFY(matches(*line, {{u"2022년"_s, 1e5}, {u"2023년"_s, 2.5e5}, {u"2024년"_s, 4.5e5}}));
    QCOMPARE(line->series.first().nameKo, u"화웨이"_s);
    QCOMPARE(line->series.first().nameEn, u"Huawei"_s);
    for (const ChartSpec &spec : specs)
        verifyTraced(spec, text);
}

void TestChartSuggestions::ownTexts_currencyConvertedOnlyAtStatedRate()
{
    const QString text = fixtureText(u"robot_funding.txt"_s);
    const QList<ChartSpec> specs = suggestFor(text);
    const auto funding = std::find_if(specs.begin(), specs.end(), [](const ChartSpec &s) { return s.currency == u"USD"; });
    QVERIFY2(funding != specs.end(), qPrintable(describe(specs)));
    const auto points = pointsOf(*funding);
    QCOMPARE(points.size(), 3);  // 중국, 미국, and 일본 converted; never 4조 9,000억 원 as a point
    QCOMPARE(points[0].first, u"중국"_s);
    QCOMPARE(points[1].first, u"미국"_s);
    QCOMPARE(points[2].first, u"일본"_s);
    QVERIFY(std::abs(points[2].second - 2e12 / 1400.0) < 1e3);
    QVERIFY2(funding->noteKo.contains(u"1,400"_s) && funding->noteEn.contains(u"1 USD = 1,400.00 KRW"_s),
             qPrintable(funding->noteEn));
    verifyTraced(*funding, text);

    // Without a stated rate the won figure stays out of a dollar chart.
    QString noRate = text;
    noRate.replace(u"(약 4조 9,000억 원)"_s, QString());
    for (const ChartSpec &spec : suggestFor(noRate)) {
        if (spec.currency == u"USD")
            QCOMPARE(spec.pointCount(), 2);
    }
}

void TestChartSuggestions::ownTexts_partsOfAWholeArePie()
{
    const QString text = fixtureText(u"cloud_market.txt"_s);
    const QList<ChartSpec> specs = suggestFor(text);
    QVERIFY2(!specs.isEmpty(), qPrintable(describe(specs)));
    const ChartSpec &pie = specs.first();
    QCOMPARE(pie.kind, ChartKind::Pie);
    QCOMPARE(pie.pointCount(), 5);
    QCOMPARE(pie.series.first().points.first().labelKo, u"알리바바 클라우드"_s);
    verifyTraced(pie, text);

    // Shares that do not add up to a whole are bars, never a pie.
    QString partial = text;
    partial.replace(u", 기타가 17%를 차지했다"_s, QString());
    for (const ChartSpec &spec : suggestFor(partial))
        QVERIFY(spec.kind != ChartKind::Pie);
}

void TestChartSuggestions::nothingToCompareGivesNoChart()
{
    QCOMPARE(suggestFor(u"중국 정부는 AI 산업을 육성하겠다고 밝혔다. 구체적인 금액은 공개하지 않았다."_s).size(), 0);
    // One figure alone is no comparison.
    QCOMPARE(suggestFor(u"알리바바의 올해 매출은 1,300억 달러로 집계됐다."_s).size(), 0);
}

// 유효표 60표 = 찬성 41 + 반대 15 + 기권 4: the whole is no bar beside its parts; they are a pie
// and the note gives the total.
void TestChartSuggestions::aWholeIsNotOneOfItsParts()
{
    const QString text = fixtureText(u"vote_count.txt"_s);
    const QList<ChartSpec> specs = suggestFor(text);
    QCOMPARE(specs.size(), 1);
    const ChartSpec &votes = specs.first();
    QCOMPARE(votes.kind, ChartKind::Pie);
    QVERIFY2(matches(votes, {{u"찬성"_s, 41}, {u"반대"_s, 15}, {u"기권"_s, 4}}), qPrintable(describe(specs)));
    QVERIFY2(votes.noteKo.contains(u"60표"_s) && votes.noteEn.startsWith(u"Total 60"_s), qPrintable(votes.noteEn));
    verifyTraced(votes, text);
}

// A change or an aggregate alone does not say what is compared.
void TestChartSuggestions::vagueMeasuresAreNotCharted()
{
    QVERIFY(charts::detail::isVagueMeasure(u"증가"_s));
    QVERIFY(charts::detail::isVagueMeasure(u"평균"_s));
    QVERIFY(!charts::detail::isVagueMeasure(u"매출 증가"_s));
    QVERIFY(!charts::detail::isVagueMeasure(u"민간 투자액"_s));
    // The same comparison is charted once its measure says what rose, and not while it does not.
    QCOMPARE(suggestFor(u"올해 인상은 서울이 12%, 부산이 9%였다."_s).size(), 0);
    const QList<ChartSpec> named = suggestFor(u"올해 요금 인상률은 서울이 12%, 부산이 9%였다."_s);
    QCOMPARE(named.size(), 1);
    QCOMPARE(named.first().measure, u"요금 인상률"_s);
}

// A hostile list of thousands of shares in one sentence: grouping keeps each comparison to the
// points a chart can show, and does not grow with the square of the list.
void TestChartSuggestions::aHugeListStaysOneReadableChart()
{
    static const QString syllables = u"가나다라마바사아자차카타파하"_s;
    QStringList items;
    for (int i = 0; i < 4000; ++i) {
        const QString name = QString(syllables[i % 14]) + syllables[(i / 14) % 14] + syllables[(i / 196) % 14];
        items << u"%1가 %2%"_s.arg(name).arg(i % 97 + 1);
    }
    const QString text = u"2024년 시장 점유율은 "_s + items.join(u", "_s) + u"였다."_s;
    const QList<ChartSpec> specs = suggestFor(text);
    QVERIFY(!specs.isEmpty());
    QVERIFY(specs.size() <= 40);
    for (const ChartSpec &spec : specs) {
        for (const charts::ChartSeries &series : spec.series)
            QVERIFY(series.points.size() <= 30);
        // The run-on sentence is quoted as a passage around each figure, still a passage of the text.
        for (const charts::ChartPoint &p : spec.series.first().points)
            QVERIFY(p.source.sentence.size() <= 600);
        verifyTraced(spec, text);
    }
}

void TestChartSuggestions::builderFromChosenFigures()
{
    const QString text = fixtureText(u"battery_share.txt"_s);
    const QList<figures::Figure> found = figures::extractFigures(text);
    QList<charts::SourcedFigure> chosen;
    for (const figures::Figure &f : found) {
        if (f.kind == figures::FigureKind::Percent && chosen.size() < 2)
            chosen.append(charts::sourcedFigure(f, 7, u"rev"_s, text));
    }
    QCOMPARE(chosen.size(), 2);
    const ChartSpec spec = charts::chartFromFigures(chosen, labels());
    QCOMPARE(spec.origin, charts::ChartOrigin::User);
    QCOMPARE(spec.pointCount(), 2);
    QCOMPARE(spec.series.first().points[0].source.articleId, 7);
    verifyTraced(spec, text);
    // Dates are never points.
    QList<charts::SourcedFigure> dates;
    for (const figures::Figure &f : found) {
        if (f.kind == figures::FigureKind::Date)
            dates.append(charts::sourcedFigure(f, 7, u"rev"_s, text));
    }
    QCOMPARE(charts::chartFromFigures(dates, labels()).pointCount(), 0);
}

void TestChartSuggestions::jsonRoundTrip()
{
    const QList<ChartSpec> specs = suggestFor(fixtureText(u"chip_revenue.txt"_s));
    QVERIFY(!specs.isEmpty());
    for (const ChartSpec &spec : specs) {
        const auto back = charts::chartFromJson(charts::chartToJson(spec, u"en"_s));
        QVERIFY(back);
        QCOMPARE(charts::chartToJson(*back, u"ko"_s), charts::chartToJson(spec, u"ko"_s));
    }
    QVERIFY(!charts::chartFromJson(QJsonObject{{u"kind"_s, u"radar"_s}}));
}

QTEST_GUILESS_MAIN(TestChartSuggestions)
#include "test_chart_suggestions.moc"
