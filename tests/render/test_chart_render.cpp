// The chart renderer as the window and an export use it: human units in both languages, the kinds
// of chart, the footer, PNG and SVG files (and their failures), CSV, and clicks traced to points.
#include "chart_footer.h"
#include "chart_point_tracker.h"
#include "chart_render.h"
#include "charts/chart_csv.h"
#include "nice_axis.h"
#include "value_scale.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontInfo>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLegend>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace dokhae;
using namespace Qt::StringLiterals;
using charts::ChartKind;
using charts::ChartPoint;
using charts::ChartSeries;
using charts::ChartSpec;
using render::Palette;
using render::RenderOptions;

namespace {

const QString kSourceKo = QStringLiteral("출처: 헬로티 · 2025-03-27 · 글로벌 AI 패권의 경쟁자, 중국 AI 산업 전격 분석!");
const QString kSourceEn = QStringLiteral("Source: HelloT · 2025-03-27");
const QColor kFirstSeriesLight(0x33, 0x66, 0xaa);

ChartPoint point(const QString &ko, const QString &en, double value, const QString &figure = {},
                 const QString &sentence = {})
{
    ChartPoint p;
    p.labelKo = ko;
    p.labelEn = en;
    p.value = value;
    p.source.articleId = 1;
    p.source.figureText = figure;
    p.source.sentence = sentence;
    p.displayKo = figure;
    return p;
}

// Private AI investment in 2023, as the article quotes it (Stanford AI Index).
ChartSpec investment()
{
    ChartSpec spec;
    spec.kind = ChartKind::Bar;
    spec.titleKo = QStringLiteral("2023년 국가별 민간 AI 투자액");
    spec.titleEn = QStringLiteral("Private AI investment by country, 2023");
    spec.currency = QStringLiteral("USD");
    spec.measure = QStringLiteral("민간 투자액");
    spec.year = 2023;
    const QString sentence = QStringLiteral("2023년 민간 AI 투자액은 미국이 672억 달러, 중국이 77.6억 달러, 한국이 14억 달러였다.");
    ChartSeries series;
    series.points = {point(QStringLiteral("미국"), QStringLiteral("United States"), 67.2e9, QStringLiteral("672억 달러"), sentence),
                     point(QStringLiteral("중국"), QStringLiteral("China"), 7.76e9, QStringLiteral("77.6억 달러"), sentence),
                     point(QStringLiteral("한국"), QStringLiteral("South Korea"), 1.4e9, QStringLiteral("14억 달러"), sentence)};
    series.points[0].displayEn = QStringLiteral("$67.2 billion");
    spec.series = {series};
    spec.noteKo = QStringLiteral("스탠퍼드大 AI 인덱스 2024 기준");
    spec.noteEn = QStringLiteral("Stanford AI Index 2024");
    return spec;
}

// Shares of AI-paper citations in 2023.
ChartSpec citations(ChartKind kind)
{
    ChartSpec spec;
    spec.kind = kind;
    spec.titleKo = QStringLiteral("AI 논문 인용 비율");
    spec.titleEn = QStringLiteral("Share of AI paper citations");
    spec.unit = QStringLiteral("%");
    ChartSeries series;
    series.points = {point(QStringLiteral("중국"), QStringLiteral("China"), 22.6),
                     point(QStringLiteral("유럽연합·영국"), QStringLiteral("European Union and United Kingdom"), 20.9),
                     point(QStringLiteral("미국"), QStringLiteral("United States"), 13)};
    spec.series = {series};
    return spec;
}

// AI papers in 2019 and 2022; the 2022 series lists the countries in the other order.
ChartSpec papersGrouped()
{
    ChartSpec spec;
    spec.kind = ChartKind::GroupedBar;
    spec.titleKo = QStringLiteral("AI 논문 수");
    spec.titleEn = QStringLiteral("AI papers");
    spec.unit = QStringLiteral("편");
    ChartSeries y2019;
    y2019.nameKo = QStringLiteral("2019년");
    y2019.nameEn = QStringLiteral("2019");
    y2019.points = {point(QStringLiteral("중국"), QStringLiteral("China"), 50),
                    point(QStringLiteral("미국"), QStringLiteral("United States"), 40)};
    ChartSeries y2022;
    y2022.nameKo = QStringLiteral("2022년");
    y2022.nameEn = QStringLiteral("2022");
    y2022.points = {point(QStringLiteral("미국"), QStringLiteral("United States"), 45),
                    point(QStringLiteral("중국"), QStringLiteral("China"), 90)};
    spec.series = {y2019, y2022};
    return spec;
}

// China's AI industry by year, given out of order (the line is drawn in time order).
ChartSpec industryLine()
{
    ChartSpec spec;
    spec.kind = ChartKind::Line;
    spec.titleKo = QStringLiteral("중국 AI 핵심 산업 규모");
    spec.titleEn = QStringLiteral("China's core AI industry");
    spec.currency = QStringLiteral("CNY");
    ChartSeries series;
    series.points = {point(QStringLiteral("2023년"), QStringLiteral("2023"), 6.0e11),
                     point(QStringLiteral("2020년"), QStringLiteral("2020"), 3.03e11),
                     point(QStringLiteral("2021년"), QStringLiteral("2021"), 4.0e11),
                     point(QStringLiteral("2022년"), QStringLiteral("2022"), 5.08e11)};
    spec.series = {series};
    return spec;
}

RenderOptions options(const QString &language, Palette palette = Palette::Light)
{
    RenderOptions o;
    o.language = language;
    o.palette = palette;
    o.sourceLine = language == u"en" ? kSourceEn : kSourceKo;
    return o;
}

template <typename T>
T *onlySeries(QChart *chart)
{
    return chart->series().size() == 1 ? qobject_cast<T *>(chart->series().first()) : nullptr;
}

template <typename Axis>
Axis *axisOf(QChart *chart, Qt::Orientation orientation)
{
    const QList<QAbstractAxis *> axes = chart->axes(orientation);
    return axes.size() == 1 ? qobject_cast<Axis *>(axes.first()) : nullptr;
}

// The tick labels of a value axis, bottom to top: written by us, so zero reads "0".
QStringList tickLabels(QValueAxis *axis)
{
    auto *ticks = qobject_cast<QCategoryAxis *>(axis);
    return ticks ? ticks->categoriesLabels() : QStringList();
}

// Every text a picture's SVG writes as a <text> element.
QString svgTexts(const QString &svg)
{
    static const QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    QStringList texts;
    for (const QRegularExpressionMatch &match : text.globalMatch(svg))
        texts << match.captured(1);
    return texts.join(u'|');
}

} // namespace

class TestChartRender : public QObject {
    Q_OBJECT

public:
    // QChart is a QGraphicsWidget and needs a QApplication; no display is needed or wanted.
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private slots:
    void valueScaleWritesHumanUnits_data();
    void valueScaleWritesHumanUnits();
    void valueScaleGivesAxisAndLabelFormats();
    void niceAxisUsesRoundSteps();
    void barChartSpeaksTheLanguage();
    void fontIsPinnedAndAnimationsOff();
    void groupedBarNamesItsSeries();
    void horizontalBarListsTopDown();
    void lineUsesYearsInTimeOrder();
    void pieLabelsCarryValuesAndTheRest();
    void labelsAreEscapedAndLongOnesWrapped();
    void footerSitsUnderThePlot();
    void pngHasExactPixelsAndColours();
    void darkPaletteIsDark();
    void svgKeepsKoreanAsText();
    void exportFailuresLeaveNoFile();
    void csvHasOneQuotedRowPerPoint();
    void trackerMapsBarClicksToSpecPoints();
    void trackerMapsLineAndPieClicks();
    void picturesForAReader();
};

void TestChartRender::valueScaleWritesHumanUnits_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("largest");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    const QString usd = QStringLiteral("USD");
    QTest::newRow("US investment") << 67.2e9 << 67.2e9 << QString() << usd << QStringLiteral("$67.2B") << QStringLiteral("672억 달러");
    QTest::newRow("China beside it") << 7.76e9 << 67.2e9 << QString() << usd << QStringLiteral("$7.76B") << QStringLiteral("77.6억 달러");
    QTest::newRow("Korea beside it") << 1.4e9 << 67.2e9 << QString() << usd << QStringLiteral("$1.4B") << QStringLiteral("14억 달러");
    QTest::newRow("won") << 97.5e12 << 97.5e12 << QString() << QStringLiteral("KRW") << QStringLiteral("₩97.5T") << QStringLiteral("97.5조 원");
    QTest::newRow("yuan") << 6e11 << 6e11 << QString() << QStringLiteral("CNY") << QStringLiteral("CN¥600B") << QStringLiteral("6,000억 위안");
    QTest::newRow("small dollars") << 5000.0 << 5000.0 << QString() << usd << QStringLiteral("$5K") << QStringLiteral("5,000달러");
    QTest::newRow("percent") << 22.6 << 22.6 << QStringLiteral("%") << QString() << QStringLiteral("22.6%") << QStringLiteral("22.6%");
    QTest::newRow("papers") << 50.0 << 90.0 << QStringLiteral("편") << QString() << QStringLiteral("50") << QStringLiteral("50편");
    QTest::newRow("people") << 2.6e6 << 2.6e6 << QStringLiteral("명") << QString() << QStringLiteral("2.6M") << QStringLiteral("260만 명");
    QTest::newRow("distance") << 1200.0 << 1200.0 << QStringLiteral("km") << QString() << QStringLiteral("1.2K km") << QStringLiteral("1,200 km");
}

void TestChartRender::valueScaleWritesHumanUnits()
{
    QFETCH(double, value);
    QFETCH(double, largest);
    QFETCH(QString, unit);
    QFETCH(QString, currency);
    QFETCH(QString, english);
    QFETCH(QString, korean);
    QCOMPARE(render::valueScaleFor(unit, currency, largest, QStringLiteral("en")).format(value), english);
    QCOMPARE(render::valueScaleFor(unit, currency, largest, QStringLiteral("ko")).format(value), korean);
}

void TestChartRender::valueScaleGivesAxisAndLabelFormats()
{
    const render::ValueScale en = render::valueScale(investment(), QStringLiteral("en"));
    QCOMPARE(en.divisor, 1e9);
    QCOMPARE(en.axisLabelFormat(0), QStringLiteral("$%.0fB"));
    QCOMPARE(en.formatTick(20, 0), QStringLiteral("$20B"));
    QCOMPARE(en.labelTemplate(QStringLiteral("@value")), QStringLiteral("$@valueB"));
    const render::ValueScale ko = render::valueScale(investment(), QStringLiteral("ko"));
    QCOMPARE(ko.divisor, 1e8);
    QCOMPARE(ko.axisLabelFormat(0), QStringLiteral("%.0f억 달러"));
    QCOMPARE(ko.formatTick(200, 0), QStringLiteral("200억 달러"));
    const render::ValueScale percent = render::valueScale(citations(ChartKind::Bar), QStringLiteral("ko"));
    QCOMPARE(percent.axisLabelFormat(1), QStringLiteral("%.1f%"));
    QCOMPARE(percent.formatTick(2.5, 1), QStringLiteral("2.5%"));
    // English counts are bare numbers; the axis title says what they count.
    QCOMPARE(render::valueScale(papersGrouped(), QStringLiteral("en")).axisTitle, QStringLiteral("papers"));
    QVERIFY(render::valueScale(papersGrouped(), QStringLiteral("ko")).axisTitle.isEmpty());
}

void TestChartRender::niceAxisUsesRoundSteps()
{
    const render::NiceAxis dollars = render::niceAxis(0, 67.2 * 1.1);
    QCOMPARE(dollars.min, 0.0);
    QCOMPARE(dollars.max, 80.0);
    QCOMPARE(dollars.tickCount, 5);  // 0 20 40 60 80
    QCOMPARE(dollars.decimals, 0);
    const render::NiceAxis quarters = render::niceAxis(0, 0.9);
    QCOMPARE(quarters.max, 1.0);
    QCOMPARE(quarters.tickCount, 5);  // 0 0.25 0.5 0.75 1
    QCOMPARE(quarters.decimals, 2);
    const render::NiceAxis negative = render::niceAxis(-12, 30);  // steps of 20 cover 42 in 4
    QCOMPARE(negative.min, -20.0);
    QCOMPARE(negative.max, 40.0);
    QCOMPARE(negative.tickCount, 4);
    const render::NiceAxis flat = render::niceAxis(0, 0);  // an all-zero chart still has an axis
    QVERIFY(flat.max > flat.min);
}

void TestChartRender::barChartSpeaksTheLanguage()
{
    const ChartSpec spec = investment();
    const std::unique_ptr<QChart> ko(render::buildChart(spec, options(QStringLiteral("ko"))));
    auto *koBars = onlySeries<QBarSeries>(ko.get());
    QVERIFY(koBars);
    QCOMPARE(koBars->barSets().size(), 1);
    QCOMPARE(koBars->labelsFormat(), QStringLiteral("@value억 달러"));
    QVERIFY(koBars->isLabelsVisible());
    QCOMPARE(koBars->barSets().first()->at(0), 672.0);  // plotted in the chart's scale (억)
    auto *koCategories = axisOf<QBarCategoryAxis>(ko.get(), Qt::Horizontal);
    QVERIFY(koCategories);
    QCOMPARE(koCategories->categories(), QStringList({QStringLiteral("미국"), QStringLiteral("중국"), QStringLiteral("한국")}));
    auto *koValues = axisOf<QValueAxis>(ko.get(), Qt::Vertical);
    QVERIFY(koValues);
    QCOMPARE(tickLabels(koValues), (QStringList{u"0"_s, u"200억 달러"_s, u"400억 달러"_s, u"600억 달러"_s, u"800억 달러"_s}));
    QCOMPARE(koValues->min(), 0.0);  // bars start at zero
    QCOMPARE(koValues->max(), 800.0);
    QVERIFY(ko->localizeNumbers());
    QCOMPARE(ko->title(), spec.titleKo);
    QVERIFY(!ko->legend()->isVisible());  // one series: the title names it

    const std::unique_ptr<QChart> en(render::buildChart(spec, options(QStringLiteral("en"))));
    auto *enBars = onlySeries<QBarSeries>(en.get());
    QVERIFY(enBars);
    QCOMPARE(enBars->labelsFormat(), QStringLiteral("$@valueB"));
    QCOMPARE(enBars->barSets().first()->at(1), 7.76);
    QCOMPARE(axisOf<QBarCategoryAxis>(en.get(), Qt::Horizontal)->categories(),
             QStringList({QStringLiteral("United States"), QStringLiteral("China"), QStringLiteral("South Korea")}));
    auto *enValues = axisOf<QValueAxis>(en.get(), Qt::Vertical);
    QCOMPARE(tickLabels(enValues), (QStringList{u"0"_s, u"$20B"_s, u"$40B"_s, u"$60B"_s, u"$80B"_s}));
    QCOMPARE(enValues->max(), 80.0);
    QCOMPARE(enValues->tickCount(), 5);
    QCOMPARE(en->title(), spec.titleEn);
}

void TestChartRender::fontIsPinnedAndAnimationsOff()
{
    const std::unique_ptr<QChart> chart(render::buildChart(investment(), options(QStringLiteral("ko"))));
    const QString family = QStringLiteral("Noto Sans CJK KR");
    QCOMPARE(chart->animationOptions(), QChart::NoAnimation);
    QCOMPARE(chart->titleFont().family(), family);
    QCOMPARE(chart->legend()->font().family(), family);
    for (QAbstractAxis *axis : chart->axes())
        QCOMPARE(axis->labelsFont().family(), family);
    QCOMPARE(onlySeries<QBarSeries>(chart.get())->barSets().first()->labelFont().family(), family);
    QCOMPARE(render::chartFooter(chart.get())->font().family(), family);
    // The family is really there (fonts-noto-cjk), not silently replaced by a fallback.
    QCOMPARE(QFontInfo(chart->titleFont()).family(), family);
}

void TestChartRender::groupedBarNamesItsSeries()
{
    const std::unique_ptr<QChart> ko(render::buildChart(papersGrouped(), options(QStringLiteral("ko"))));
    auto *bars = onlySeries<QBarSeries>(ko.get());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 2);
    QCOMPARE(bars->barSets().at(0)->label(), QStringLiteral("2019년"));
    QCOMPARE(bars->barSets().at(1)->label(), QStringLiteral("2022년"));
    QVERIFY(ko->legend()->isVisible());
    QCOMPARE(bars->labelsFormat(), QStringLiteral("@value편"));
    // Categories are shared: 2022's China (its second point) stands beside 2019's China.
    QCOMPARE(axisOf<QBarCategoryAxis>(ko.get(), Qt::Horizontal)->categories(),
             QStringList({QStringLiteral("중국"), QStringLiteral("미국")}));
    QCOMPARE(bars->barSets().at(1)->at(0), 90.0);
    QCOMPARE(bars->barSets().at(1)->at(1), 45.0);

    const std::unique_ptr<QChart> en(render::buildChart(papersGrouped(), options(QStringLiteral("en"))));
    auto *enBars = onlySeries<QBarSeries>(en.get());
    QCOMPARE(enBars->barSets().at(0)->label(), QStringLiteral("2019"));
    QCOMPARE(enBars->labelsFormat(), QStringLiteral("@value"));
    auto *values = axisOf<QValueAxis>(en.get(), Qt::Vertical);
    QCOMPARE(values->titleText(), QStringLiteral("papers"));
    QVERIFY(values->isTitleVisible());
}

void TestChartRender::horizontalBarListsTopDown()
{
    const std::unique_ptr<QChart> chart(render::buildChart(citations(ChartKind::HorizontalBar), options(QStringLiteral("en"))));
    auto *bars = onlySeries<QHorizontalBarSeries>(chart.get());
    QVERIFY(bars);
    QCOMPARE(bars->labelsFormat(), QStringLiteral("@value%"));
    auto *categories = axisOf<QBarCategoryAxis>(chart.get(), Qt::Vertical);
    QVERIFY(categories);
    // Qt draws the first category at the bottom: the spec's first point is listed last, on top.
    QCOMPARE(categories->categories().last(), QStringLiteral("China"));
    QCOMPARE(bars->barSets().first()->at(2), 22.6);
    render::ChartPointTracker tracker(chart.get());
    QSignalSpy clicked(&tracker, &render::ChartPointTracker::pointClicked);
    emit bars->barSets().first()->clicked(2);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first(), QVariantList({0, 0}));
    auto *values = axisOf<QValueAxis>(chart.get(), Qt::Horizontal);
    QVERIFY(values);
    QVERIFY(tickLabels(values).size() >= 2 && tickLabels(values).first() == u"0"_s && tickLabels(values).last().endsWith(u'%'));
    QCOMPARE(values->min(), 0.0);
}

void TestChartRender::lineUsesYearsInTimeOrder()
{
    const std::unique_ptr<QChart> ko(render::buildChart(industryLine(), options(QStringLiteral("ko"))));
    auto *line = onlySeries<QLineSeries>(ko.get());
    QVERIFY(line);
    QCOMPARE(line->count(), 4);
    QCOMPARE(line->at(0), QPointF(2020, 3030));  // sorted by year; 억 위안
    QCOMPARE(line->at(3), QPointF(2023, 6000));
    QCOMPARE(line->pointLabelsFormat(), QStringLiteral("@yPoint억 위안"));
    QVERIFY(line->pointLabelsVisible());
    auto *years = axisOf<QCategoryAxis>(ko.get(), Qt::Horizontal);
    QVERIFY(years);
    QCOMPARE(years->categoriesLabels(),
             QStringList({QStringLiteral("2020년"), QStringLiteral("2021년"), QStringLiteral("2022년"), QStringLiteral("2023년")}));
    QCOMPARE(years->endValue(QStringLiteral("2022년")), 2022.0);

    const std::unique_ptr<QChart> en(render::buildChart(industryLine(), options(QStringLiteral("en"))));
    QCOMPARE(onlySeries<QLineSeries>(en.get())->pointLabelsFormat(), QStringLiteral("CN¥@yPointB"));
    QCOMPARE(axisOf<QCategoryAxis>(en.get(), Qt::Horizontal)->categoriesLabels().first(), QStringLiteral("2020"));
    QVERIFY(tickLabels(axisOf<QValueAxis>(en.get(), Qt::Vertical)).last().startsWith(u"CN¥"_s));
}

void TestChartRender::pieLabelsCarryValuesAndTheRest()
{
    const std::unique_ptr<QChart> ko(render::buildChart(citations(ChartKind::Pie), options(QStringLiteral("ko"))));
    auto *pie = onlySeries<QPieSeries>(ko.get());
    QVERIFY(pie);
    QStringList labels;
    for (QPieSlice *slice : pie->slices()) {
        labels << slice->label();
        QVERIFY(slice->isLabelVisible());
    }
    // 22.6 + 20.9 + 13 = 56.5%: the unnamed 43.5% is drawn too, or the three would look like all.
    QCOMPARE(labels, QStringList({QStringLiteral("중국 22.6%"), QStringLiteral("유럽연합·영국 20.9%"),
                                  QStringLiteral("미국 13%"), QStringLiteral("그 외 43.5%")}));
    const std::unique_ptr<QChart> en(render::buildChart(citations(ChartKind::Pie), options(QStringLiteral("en"))));
    QCOMPARE(onlySeries<QPieSeries>(en.get())->slices().first()->label(), QStringLiteral("China 22.6%"));
    QCOMPARE(onlySeries<QPieSeries>(en.get())->slices().last()->label(), QStringLiteral("Other 43.5%"));
}

void TestChartRender::labelsAreEscapedAndLongOnesWrapped()
{
    // Qt Charts draws axis and slice labels as HTML.
    ChartSpec spec = citations(ChartKind::Bar);
    spec.series[0].points[0].labelEn = QStringLiteral("R&D <labs>");
    const std::unique_ptr<QChart> chart(render::buildChart(spec, options(QStringLiteral("en"))));
    const QStringList categories = axisOf<QBarCategoryAxis>(chart.get(), Qt::Horizontal)->categories();
    QCOMPARE(categories.at(0), QStringLiteral("R&amp;D &lt;labs&gt;"));
    QCOMPARE(categories.at(1), QStringLiteral("<div align=\"center\">European Union<br>and United Kingdom</div>"));
    QCOMPARE(categories.at(2), QStringLiteral("United States"));
}

void TestChartRender::footerSitsUnderThePlot()
{
    QGraphicsScene scene;
    QChart *chart = render::buildChart(investment(), options(QStringLiteral("ko")));
    scene.addItem(chart);
    chart->resize(800, 450);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QGraphicsTextItem *footer = render::chartFooter(chart);
    QVERIFY(footer);
    QVERIFY(footer->toPlainText().contains(kSourceKo));
    QVERIFY(footer->toPlainText().contains(QStringLiteral("스탠퍼드大 AI 인덱스 2024 기준")));
    const QRectF footerRect = footer->mapRectToParent(footer->boundingRect());
    QVERIFY2(footerRect.bottom() <= 450, qPrintable(QString::number(footerRect.bottom())));
    QVERIFY2(footerRect.top() > chart->plotArea().bottom(), "the footer overlaps the plot");
    // It follows a resize, as in a window.
    chart->resize(600, 700);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(footer->mapRectToParent(footer->boundingRect()).bottom() <= 700);
    QVERIFY(footer->mapRectToParent(footer->boundingRect()).top() > 600);

    const std::unique_ptr<QChart> en(render::buildChart(investment(), options(QStringLiteral("en"))));
    QCOMPARE(render::chartFooter(en.get())->toPlainText(), kSourceEn + u'\n' + QStringLiteral("Stanford AI Index 2024"));
}

void TestChartRender::pngHasExactPixelsAndColours()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("investment.png"));
    QString error;
    QVERIFY2(render::exportPng(investment(), options(QStringLiteral("ko")), path, QSize(800, 450), 2, &error),
             qPrintable(error));
    const QImage png(path);
    QCOMPARE(png.size(), QSize(1600, 900));
    QSet<QRgb> colours;
    int barPixels = 0;
    for (int y = 0; y < png.height(); y += 2) {
        for (int x = 0; x < png.width(); x += 2) {
            const QRgb pixel = png.pixel(x, y);
            colours.insert(pixel);
            barPixels += QColor(pixel) == kFirstSeriesLight ? 1 : 0;
        }
    }
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));  // text is antialiased
    QVERIFY2(barPixels > 10000, qPrintable(QString::number(barPixels)));  // the bars are there, solid
    QCOMPARE(QColor(png.pixel(2, 2)), QColor(Qt::white));

    const QImage image = render::renderImage(investment(), options(QStringLiteral("en")), QSize(640, 360), 1.5);
    QCOMPARE(image.size(), QSize(960, 540));
    QCOMPARE(image.devicePixelRatio(), 1.5);
    QVERIFY(render::renderImage(investment(), options(QStringLiteral("en")), QSize(0, 360), 1).isNull());
}

void TestChartRender::darkPaletteIsDark()
{
    const QImage image = render::renderImage(investment(), options(QStringLiteral("ko"), Palette::Dark), QSize(800, 450));
    QCOMPARE(image.size(), QSize(800, 450));
    QVERIFY(QColor(image.pixel(2, 2)).lightness() < 60);
    // The title is light on dark: some pixels near the top centre are bright.
    int bright = 0;
    for (int y = 0; y < 40; ++y) {
        for (int x = 200; x < 600; ++x)
            bright += QColor(image.pixel(x, y)).lightness() > 180 ? 1 : 0;
    }
    QVERIFY2(bright > 50, qPrintable(QString::number(bright)));
}

void TestChartRender::svgKeepsKoreanAsText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("investment.svg"));
    QString error;
    QVERIFY2(render::exportSvg(investment(), options(QStringLiteral("ko")), path, QSize(800, 450), &error),
             qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(QStringLiteral("viewBox=\"0 0 800 450\"")));
    QVERIFY(svg.contains(QStringLiteral("font-family=\"Noto Sans CJK KR\"")));
    const QString texts = svgTexts(svg);
    QVERIFY2(texts.contains(QStringLiteral("민간")), qPrintable(texts.left(500)));
    QVERIFY(texts.contains(QStringLiteral("중국")));
    QVERIFY(texts.contains(QStringLiteral("672억 달러")));
    QVERIFY(texts.contains(QStringLiteral("헬로티")));  // the footer is in the file too
}

void TestChartRender::exportFailuresLeaveNoFile()
{
    QTemporaryDir dir;
    // A folder that does not exist, and a "folder" that is a file: both unwritable, even for root.
    const QString missing = dir.filePath(QStringLiteral("no-such-folder/chart.png"));
    QFile plain(dir.filePath(QStringLiteral("plain")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    for (const QString &path : {missing, dir.filePath(QStringLiteral("plain/chart.svg"))}) {
        QString error;
        const bool written = path.endsWith(u".png")
            ? render::exportPng(investment(), options(QStringLiteral("ko")), path, QSize(800, 450), 1, &error)
            : render::exportSvg(investment(), options(QStringLiteral("ko")), path, QSize(800, 450), &error);
        QVERIFY(!written);
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }
    QString error;
    const QString badSize = dir.filePath(QStringLiteral("huge.png"));
    QVERIFY(!render::exportPng(investment(), options(QStringLiteral("en")), badSize, QSize(100000, 10), 1, &error));
    QVERIFY2(error.contains(QStringLiteral("100000")), qPrintable(error));
    QVERIFY(!render::exportSvg(investment(), options(QStringLiteral("en")), badSize, QSize(-1, 10), &error));
    QVERIFY(!QFileInfo::exists(badSize));
    // Nothing half-written stays behind (QSaveFile's temporary files included).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList({QStringLiteral("plain")}));
}

void TestChartRender::csvHasOneQuotedRowPerPoint()
{
    const ChartSpec spec = investment();
    const QByteArray csv = charts::chartCsv(spec, QStringLiteral("ko"));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), spec.pointCount() + 1);
    QCOMPARE(lines.first(), QStringLiteral("series,label,value,display,unit,article_id,figure,sentence"));
    // One series has no name; the sentence holds commas: quoted as one field.
    QCOMPARE(lines.at(1), QStringLiteral(",미국,67200000000,672억 달러,USD,1,672억 달러,\"")
                              + spec.series.first().points.first().source.sentence + u'"');
    const QString english = QString::fromUtf8(charts::chartCsv(spec, QStringLiteral("en")).mid(3));
    QVERIFY(english.contains(QStringLiteral(",United States,67200000000,$67.2 billion,USD,")));
    QVERIFY(english.contains(QStringLiteral(",China,7760000000,")));
    // Grouped: a row per point of every series, named by its series.
    const QStringList grouped = QString::fromUtf8(charts::chartCsv(papersGrouped(), QStringLiteral("en")).mid(3))
                                    .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(grouped.size(), 5);
    QVERIFY(grouped.at(4).startsWith(QStringLiteral("2022,China,90,,편,1,,")));
}

void TestChartRender::trackerMapsBarClicksToSpecPoints()
{
    const std::unique_ptr<QChart> chart(render::buildChart(papersGrouped(), options(QStringLiteral("ko"))));
    render::ChartPointTracker tracker(chart.get());
    QSignalSpy clicked(&tracker, &render::ChartPointTracker::pointClicked);
    const QList<QBarSet *> sets = onlySeries<QBarSeries>(chart.get())->barSets();
    emit sets.at(1)->clicked(0);  // the 2022 bar of 중국, the 2022 series' second point
    emit sets.at(0)->clicked(1);  // the 2019 bar of 미국, the 2019 series' second point
    QCOMPARE(clicked.size(), 2);
    QCOMPARE(clicked.at(0), QVariantList({1, 1}));
    QCOMPARE(clicked.at(1), QVariantList({0, 1}));

    tracker.highlight(1, 1);
    QCOMPARE(sets.at(1)->selectedBars(), QList<int>({0}));
    QVERIFY(sets.at(0)->selectedBars().isEmpty());
    QCOMPARE(tracker.highlightedSeries(), 1);
    tracker.highlight(0, 0);
    QVERIFY(sets.at(1)->selectedBars().isEmpty());
    QCOMPARE(sets.at(0)->selectedBars(), QList<int>({0}));
    tracker.highlight(5, 0);  // not in the spec: nothing marked
    QVERIFY(sets.at(0)->selectedBars().isEmpty());
    QCOMPARE(tracker.highlightedSeries(), -1);
}

void TestChartRender::trackerMapsLineAndPieClicks()
{
    const std::unique_ptr<QChart> line(render::buildChart(industryLine(), options(QStringLiteral("en"))));
    render::ChartPointTracker lineTracker(line.get());
    QSignalSpy lineClicks(&lineTracker, &render::ChartPointTracker::pointClicked);
    auto *series = onlySeries<QLineSeries>(line.get());
    emit series->clicked(QPointF(2021.2, 4100));  // near 2021, the spec's third point
    QCOMPARE(lineClicks.size(), 1);
    QCOMPARE(lineClicks.first(), QVariantList({0, 2}));
    lineTracker.highlight(0, 0);  // 2023: drawn last
    QCOMPARE(series->selectedPoints(), QList<int>({3}));

    const std::unique_ptr<QChart> pie(render::buildChart(citations(ChartKind::Pie), options(QStringLiteral("ko"))));
    render::ChartPointTracker pieTracker(pie.get());
    QSignalSpy pieClicks(&pieTracker, &render::ChartPointTracker::pointClicked);
    const QList<QPieSlice *> slices = onlySeries<QPieSeries>(pie.get())->slices();
    emit slices.at(2)->clicked();
    emit slices.last()->clicked();  // the grey rest is no point of the spec
    QCOMPARE(pieClicks.size(), 1);
    QCOMPARE(pieClicks.first(), QVariantList({0, 2}));
    pieTracker.highlight(0, 1);
    QVERIFY(slices.at(1)->isExploded());
    QVERIFY(!slices.at(0)->isExploded());
}

void TestChartRender::picturesForAReader()
{
    // Not an assertion: pictures to look at. DOKHAE_RENDER_CHECK_DIR=/tmp/render-check writes them.
    const QString folder = qEnvironmentVariable("DOKHAE_RENDER_CHECK_DIR");
    if (folder.isEmpty())
        QSKIP("set DOKHAE_RENDER_CHECK_DIR to write the pictures");
    QVERIFY(QDir().mkpath(folder));
    const QList<std::pair<QString, ChartSpec>> specs{{QStringLiteral("investment"), investment()},
                                                     {QStringLiteral("citations-hbar"), citations(ChartKind::HorizontalBar)},
                                                     {QStringLiteral("citations-pie"), citations(ChartKind::Pie)},
                                                     {QStringLiteral("papers-grouped"), papersGrouped()},
                                                     {QStringLiteral("industry-line"), industryLine()}};
    for (const auto &[name, spec] : specs) {
        for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
            QString error;
            const QString base = folder + u'/' + name + u'-' + language;
            QVERIFY2(render::exportPng(spec, options(language), base + QStringLiteral(".png"), QSize(1600, 900), 1, &error),
                     qPrintable(error));
            QVERIFY2(render::exportSvg(spec, options(language), base + QStringLiteral(".svg"), QSize(800, 450), &error),
                     qPrintable(error));
        }
    }
    QString error;
    QVERIFY(render::exportPng(investment(), options(QStringLiteral("ko"), Palette::Dark),
                              folder + QStringLiteral("/investment-ko-dark.png"), QSize(800, 450), 2, &error));
    QVERIFY(render::exportPng(investment(), options(QStringLiteral("en")), folder + QStringLiteral("/investment-en-small.png"),
                              QSize(480, 320), 1, &error));
    ChartSpec longLabels = citations(ChartKind::Bar);
    QVERIFY(render::exportPng(longLabels, options(QStringLiteral("en")), folder + QStringLiteral("/citations-bar-en-small.png"),
                              QSize(560, 360), 1, &error));
}

QTEST_MAIN(TestChartRender)
#include "test_chart_render.moc"
