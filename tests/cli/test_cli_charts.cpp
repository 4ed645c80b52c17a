// dokhae-cli charts and export-chart, run as the real executable on a library of the seeds: the JSON
// contract with code point offsets (seed 002 has emoji before its figures), every point's source
// text a passage of its article, exports of exactly the asked size, and the exit codes.
#include "cli_runner.h"
#include "test_libraries.h"
#include "text/code_points.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dokhae::test::CliRun;

namespace {

// The chart whose first series has these labels in this order, or an empty object.
QJsonObject chartWithLabels(const QJsonArray &charts, const QStringList &labels)
{
    for (const QJsonValue &chart : charts) {
        QStringList found;
        for (const QJsonValue &point : chart[u"series"_s][0][u"points"_s].toArray())
            found << point[u"label_ko"_s].toString();
        if (found == labels)
            return chart.toObject();
    }
    return {};
}

} // namespace

class TestCliCharts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void chartsFollowTheContract();
    void sourcesArePassagesAtCodePointOffsets();
    void oneArticlesCharts();
    void figuresOfALibraryArticleHaveTheirMeasure();
    void exportPngHasTheAskedSize();
    void exportSvgKeepsKoreanText();
    void exportCsvHasABom();
    void errors();

private:
    CliRun cli(const QStringList &arguments) const { return dokhae::test::runCli(m_dir, arguments); }
    QJsonArray charts(const QStringList &more = {}) const;
    qint64 investmentChartId() const;

    dokhae::test::TestLibraries m_libraries;
    QTemporaryDir m_dir;  // the CLI's home, and the files it writes
    QString m_db;
};

QJsonArray TestCliCharts::charts(const QStringList &more) const
{
    return dokhae::test::runCliJson(m_dir, QStringList{u"charts"_s, u"--db"_s, m_db, u"--json"_s} + more).array();
}

qint64 TestCliCharts::investmentChartId() const
{
    return chartWithLabels(charts(), {u"중국"_s, u"한국"_s, u"미국"_s})[u"id"_s].toInteger();
}

void TestCliCharts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_libraries.isValid());
    DOKHAE_START_TEST_LIBRARIES(m_libraries);
    m_db = m_libraries.newLocation(u"library"_s);
    QCOMPARE(cli({u"import"_s, u"--db"_s, m_db, QStringLiteral(DOKHAE_SEEDS_DIR)}).exitCode, 0);
}

void TestCliCharts::chartsFollowTheContract()
{
    const QJsonArray all = charts();
    QVERIFY(all.size() >= 4);
    for (const QJsonValue &chart : all) {
        for (const char *key : {"id", "title_ko", "title_en", "kind", "unit", "currency", "measure", "series"})
            QVERIFY2(chart.toObject().contains(QLatin1String(key)), key);
        for (const QJsonValue &series : chart[u"series"_s].toArray()) {
            QVERIFY(series.toObject().contains(u"name_ko"_s) && series.toObject().contains(u"name_en"_s));
            for (const QJsonValue &point : series[u"points"_s].toArray()) {
                for (const char *key : {"label_ko", "label_en", "value", "display", "source"})
                    QVERIFY2(point.toObject().contains(QLatin1String(key)), key);
                for (const char *key : {"article_id", "revision", "start", "end", "text"})
                    QVERIFY2(point[u"source"_s].toObject().contains(QLatin1String(key)), key);
            }
        }
    }
    const QJsonObject gap = chartWithLabels(all, {u"중국"_s, u"한국"_s, u"미국"_s});
    QVERIFY(!gap.isEmpty());
    QCOMPARE(gap[u"currency"_s].toString(), u"USD"_s);
    QCOMPARE(gap[u"series"_s][0][u"points"_s][2][u"value"_s].toDouble(), 67.2e9);
    QCOMPARE(gap[u"series"_s][0][u"points"_s][2][u"label_en"_s].toString(), u"United States"_s);
    const QJsonArray english = charts({u"--lang"_s, u"en"_s});
    const QJsonObject gapEn = chartWithLabels(english, {u"중국"_s, u"한국"_s, u"미국"_s});
    QCOMPARE(gapEn[u"series"_s][0][u"points"_s][2][u"display"_s].toString(), u"$67.2 billion"_s);
    QCOMPARE(gap[u"series"_s][0][u"points"_s][2][u"display"_s].toString(), u"672억 달러"_s);
}

void TestCliCharts::sourcesArePassagesAtCodePointOffsets()
{
    QHash<qint64, QString> texts;
    for (const QJsonValue &chart : charts()) {
        for (const QJsonValue &series : chart[u"series"_s].toArray()) {
            for (const QJsonValue &point : series[u"points"_s].toArray()) {
                const QJsonObject source = point[u"source"_s].toObject();
                const qint64 article = source[u"article_id"_s].toInteger();
                if (!texts.contains(article)) {
                    const auto shown = dokhae::test::runCliJson(
                        m_dir, {u"show"_s, u"--db"_s, m_db, QString::number(article), u"--json"_s});
                    texts.insert(article, shown[u"text"_s].toString());
                }
                const QString &text = texts[article];
                const QString sentence = source[u"text"_s].toString();
                QVERIFY2(text.contains(sentence), qPrintable(sentence));
                // Code point offsets: the figure as written lies at [start, end) counted in code points.
                const qsizetype start = dokhae::text::codePointToUtf16(text, source[u"start"_s].toInteger());
                const qsizetype end = dokhae::text::codePointToUtf16(text, source[u"end"_s].toInteger());
                QCOMPARE(text.mid(start, end - start), source[u"figure"_s].toString());
                QVERIFY(sentence.contains(source[u"figure"_s].toString()));
            }
        }
    }
    QVERIFY(texts.size() >= 2);
}

void TestCliCharts::oneArticlesCharts()
{
    const qint64 article = chartWithLabels(charts(), {u"중국"_s, u"한국"_s, u"미국"_s})[u"article_id"_s].toInteger();
    const QJsonArray ofArticle = charts({u"--article"_s, QString::number(article)});
    QVERIFY(!ofArticle.isEmpty());
    for (const QJsonValue &chart : ofArticle)
        QCOMPARE(chart[u"article_id"_s].toInteger(), article);
    QVERIFY(ofArticle.size() < charts().size());
}

void TestCliCharts::figuresOfALibraryArticleHaveTheirMeasure()
{
    const qint64 article = chartWithLabels(charts(), {u"중국"_s, u"한국"_s, u"미국"_s})[u"article_id"_s].toInteger();
    const QJsonArray figures = dokhae::test::runCliJson(
        m_dir, {u"figures"_s, u"--db"_s, m_db, QString::number(article), u"--json"_s}).object()[u"figures"_s].toArray();
    bool found = false;
    for (const QJsonValue &f : figures) {
        QVERIFY(f.toObject().contains(u"measure"_s));
        if (f[u"text"_s].toString() == u"672억 달러")
            found = f[u"measure"_s].toString().endsWith(u"투자액"_s);
    }
    QVERIFY(found);
}

void TestCliCharts::exportPngHasTheAskedSize()
{
    const QString id = QString::number(investmentChartId());
    for (const QString &lang : {u"ko"_s, u"en"_s}) {
        const QString png = m_dir.filePath(u"gap-%1.png"_s.arg(lang));
        const CliRun run = cli({u"export-chart"_s, u"--db"_s, m_db, id, u"--png"_s, png, u"--width"_s, u"1600"_s,
                                u"--height"_s, u"900"_s, u"--lang"_s, lang});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 900));
    }
    const QString scaled = m_dir.filePath(u"gap-2x.png"_s);
    QCOMPARE(cli({u"export-chart"_s, u"--db"_s, m_db, id, u"--png"_s, scaled, u"--width"_s, u"800"_s, u"--height"_s,
                  u"450"_s, u"--scale"_s, u"2"_s})
                 .exitCode,
             0);
    QCOMPARE(QImage(scaled).size(), QSize(1600, 900));
}

void TestCliCharts::exportSvgKeepsKoreanText()
{
    const QString svg = m_dir.filePath(u"gap.svg"_s);
    QCOMPARE(cli({u"export-chart"_s, u"--db"_s, m_db, QString::number(investmentChartId()), u"--svg"_s, svg}).exitCode, 0);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY(content.contains(u"<text"_s));
    QVERIFY(content.contains(u"중국"_s));
}

void TestCliCharts::exportCsvHasABom()
{
    const QString csv = m_dir.filePath(u"gap.csv"_s);
    QCOMPARE(cli({u"export-chart"_s, u"--db"_s, m_db, QString::number(investmentChartId()), u"--csv"_s, csv}).exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(bytes).contains(u"미국"_s));
}

void TestCliCharts::errors()
{
    const QString png = m_dir.filePath(u"never.png"_s);
    const CliRun unknown = cli({u"export-chart"_s, u"--db"_s, m_db, u"99999"_s, u"--png"_s, png});
    QCOMPARE(unknown.exitCode, 4);
    QVERIFY(unknown.err.contains(u"99999"_s));
    QVERIFY(!QFile::exists(png));
    QCOMPARE(cli({u"export-chart"_s, u"--db"_s, m_db, u"1"_s}).exitCode, 2);  // no target
    QCOMPARE(cli({u"export-chart"_s, u"--db"_s, m_db, u"1"_s, u"--png"_s, png, u"--width"_s, u"0"_s}).exitCode, 2);
    QCOMPARE(cli({u"charts"_s, u"--db"_s, m_dir.filePath(u"missing.sqlite"_s)}).exitCode, 3);
    QVERIFY(!QFile::exists(m_dir.filePath(u"missing.sqlite"_s)));
    QCOMPARE(cli({u"charts"_s, u"--db"_s, m_db, u"--article"_s, u"777"_s}).exitCode, 4);
    const CliRun unwritable = cli({u"export-chart"_s, u"--db"_s, m_db, QString::number(investmentChartId()), u"--png"_s,
                                   u"/proc/no-such-folder/x.png"_s});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY(!unwritable.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCharts)
#include "test_cli_charts.moc"
