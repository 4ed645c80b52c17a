// The Charts tab as an analyst uses it: the article's charts listed and drawn, a bar that takes
// the reader to its sentence, charts made from chosen figures, edited, deleted and reordered
// through undo, and exported as files.
#include "chart_list_model.h"
#include "chart_point_tracker.h"
#include "charts_pane.h"
#include "figure_table_model.h"
#include "figures_pane.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "reader_pane.h"
#include "reader_view.h"
#include "import/importer.h"
#include "store/chart_store.h"
#include "store/figure_store.h"
#include "store/library.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTranslator>

#include <memory>

using dokhae::charts::ChartSpec;
using dokhae::gui::ChartListModel;
using dokhae::gui::ChartsPane;
using dokhae::gui::MainWindow;
using dokhae::gui::ReaderView;

namespace {

const QString kMoeTitle = QStringLiteral("글로벌 AI 패권의 경쟁자, 중국 AI 산업 전격 분석!");
const QString kDialoguePrefix = QStringLiteral("[특별대담]");  // seed 004

QStringList labelsKo(const ChartSpec &spec)
{
    QStringList labels;
    for (const auto &series : spec.series) {
        for (const auto &point : series.points)
            labels << point.labelKo;
    }
    return labels;
}

QBarSet *firstBarSet(QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series); bars && !bars->barSets().isEmpty())
            return bars->barSets().first();
    }
    return nullptr;
}

} // namespace

class TestChartsPane : public dokhae::test::GuiTestCase {
    Q_OBJECT

public:
    TestChartsPane() : GuiTestCase(QStringLiteral("test_charts_pane")) {}

private slots:
    void listsTheArticlesCharts();
    void clickedBarSelectsItsSentence();
    void newChartFromSelectedFiguresIsUndoable();
    void deleteIsUndoable();
    void editAndMoveAreUndoable();
    void figureRowMarksItsPoint();
    void figuresJoinAChartOfAnotherArticle();
    void exportsFiles();
    void chartFollowsTheLanguage();
    void olderLibraryIsReadInTheBackground();

private:
    std::unique_ptr<MainWindow> openAtTitleStarting(const QString &prefix);
    static ChartsPane *pane(MainWindow &window) { return window.findChild<ChartsPane *>(QStringLiteral("chartsPane")); }
    static ReaderView *reader(MainWindow &window)
    {
        return window.findChild<ReaderView *>(QStringLiteral("readerView"));
    }
    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }
    // The chart of seed 002 comparing 중국, 한국 and 미국, chosen in the list.
    static std::optional<ChartSpec> chooseCountryChart(ChartsPane *charts);
    static bool selectFigures(MainWindow &window, const QStringList &asWritten);
};

std::unique_ptr<MainWindow> TestChartsPane::openAtTitleStarting(const QString &prefix)
{
    auto window = openWindow();
    if (!window || !dokhae::test::waitForImport(*window, 4))
        return {};
    auto *articles = window->findChild<QTableView *>(QStringLiteral("articleTable"));
    for (int row = 0; row < articles->model()->rowCount(); ++row) {
        const QString title = articles->model()->index(row, 0).data().toString();
        if (title.startsWith(prefix)) {
            articles->selectRow(row);
            if (!QTest::qWaitFor([&] { return reader(*window)->document()->firstBlock().text() == title; }))
                return {};
            return window;
        }
    }
    return {};
}

std::optional<ChartSpec> TestChartsPane::chooseCountryChart(ChartsPane *charts)
{
    const QStringList countries{QStringLiteral("중국"), QStringLiteral("한국"), QStringLiteral("미국")};
    for (const ChartSpec &spec : charts->model()->charts()) {
        const QStringList labels = labelsKo(spec);
        if (std::all_of(countries.begin(), countries.end(), [&](const QString &c) { return labels.contains(c); })) {
            charts->showChart(spec.id);
            return spec;
        }
    }
    return std::nullopt;
}

bool TestChartsPane::selectFigures(MainWindow &window, const QStringList &asWritten)
{
    auto *table = window.findChild<QTableView *>(QStringLiteral("figureTable"));
    table->clearSelection();
    for (const QString &text : asWritten) {
        const int row = dokhae::test::rowOfText(table->model(), text);
        if (row < 0)
            return false;
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    return table->selectionModel()->selectedRows().size() == asWritten.size();
}

void TestChartsPane::listsTheArticlesCharts()
{
    auto window = openSeededWindowAt(kMoeTitle);
    QVERIFY(window);
    ChartsPane *charts = pane(*window);
    QVERIFY(charts);
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("articleTabs"));
    QCOMPARE(tabs->tabText(tabs->indexOf(charts)), QStringLiteral("Charts"));
    QVERIFY(charts->model()->rowCount() > 0);
    auto *count = window->findChild<QLabel *>(QStringLiteral("chartCountLabel"));
    QCOMPARE(count->text(), QStringLiteral("Charts: %1").arg(charts->model()->rowCount()));
    // Suggested charts say so in the list.
    QVERIFY(charts->model()->index(0).data().toString().endsWith(QStringLiteral("(suggested)")));

    const std::optional<ChartSpec> spec = chooseCountryChart(charts);
    QVERIFY2(spec, "no chart of 중국, 한국, 미국");
    QVERIFY(charts->chartView()->chart());
    QCOMPARE(charts->chartView()->chart()->title(), spec->titleEn.toHtmlEscaped());
    tabs->setCurrentWidget(charts);
    QVERIFY(charts->chartView()->isVisible());
}

void TestChartsPane::clickedBarSelectsItsSentence()
{
    auto window = openSeededWindowAt(kMoeTitle);
    QVERIFY(window);
    ChartsPane *charts = pane(*window);
    const std::optional<ChartSpec> spec = chooseCountryChart(charts);
    QVERIFY(spec);
    QBarSet *bars = firstBarSet(charts->chartView()->chart());
    QVERIFY(bars);
    emit bars->clicked(1);
    const int series = charts->pointTracker()->highlightedSeries();
    const int point = charts->pointTracker()->highlightedPoint();
    QVERIFY(series >= 0 && point >= 0);
    const QString sentence = spec->series.at(series).points.at(point).source.sentence;
    QVERIFY(!sentence.isEmpty());
    QCOMPARE(reader(*window)->textCursor().selectedText(), sentence);
}

void TestChartsPane::newChartFromSelectedFiguresIsUndoable()
{
    auto window = openAtTitleStarting(kDialoguePrefix);
    QVERIFY(window);
    ChartsPane *charts = pane(*window);
    const int before = charts->model()->rowCount();
    QVERIFY(selectFigures(*window, {QStringLiteral("22.6%"), QStringLiteral("20.9%")}));
    QAction *newChart = action(*window, "actionNewChartFromFigures");
    QVERIFY(newChart->isEnabled());
    QCOMPARE(newChart->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+G")));
    newChart->trigger();

    QCOMPARE(charts->model()->rowCount(), before + 1);
    const std::optional<ChartSpec> made = charts->currentChart();
    QVERIFY(made);
    QCOMPARE(made->origin, dokhae::charts::ChartOrigin::User);
    QCOMPARE(made->pointCount(), 2);
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("articleTabs"));
    QCOMPARE(tabs->currentWidget(), charts);  // the tab opens on the new chart

    action(*window, "actionUndo")->trigger();
    QCOMPARE(charts->model()->rowCount(), before);
    QCOMPARE(charts->model()->rowOfChart(made->id), -1);
    action(*window, "actionRedo")->trigger();
    QCOMPARE(charts->model()->rowCount(), before + 1);
    QVERIFY(charts->currentChart());
    QCOMPARE(charts->currentChart()->id, made->id);
    QCOMPARE(charts->currentChart()->pointCount(), 2);
}

void TestChartsPane::deleteIsUndoable()
{
    auto window = openSeededWindowAt(kMoeTitle);
    QVERIFY(window);
    ChartsPane *charts = pane(*window);
    const std::optional<ChartSpec> spec = chooseCountryChart(charts);
    QVERIFY(spec);
    const int before = charts->model()->rowCount();
    action(*window, "actionDeleteChart")->trigger();
    QCOMPARE(charts->model()->rowCount(), before - 1);
    QCOMPARE(charts->model()->rowOfChart(spec->id), -1);
    action(*window, "actionUndo")->trigger();
    QCOMPARE(charts->model()->rowCount(), before);
    QVERIFY(charts->currentChart());
    QCOMPARE(charts->currentChart()->id, spec->id);
    QCOMPARE(labelsKo(*charts->currentChart()), labelsKo(*spec));
}

void TestChartsPane::editAndMoveAreUndoable()
{
    auto window = openSeededWindowAt(kMoeTitle);
    QVERIFY(window);
    ChartsPane *charts = pane(*window);
    const std::optional<ChartSpec> spec = chooseCountryChart(charts);
    QVERIFY(spec);

    ChartSpec edited = *spec;
    edited.titleEn = QStringLiteral("AI investment by country");
    edited.series[0].points.removeLast();
    QVERIFY(charts->applyEdit(edited));
    QCOMPARE(charts->currentChart()->titleEn, edited.titleEn);
    QCOMPARE(charts->currentChart()->pointCount(), spec->pointCount() - 1);
    QCOMPARE(charts->chartView()->chart()->title(), edited.titleEn);
    action(*window, "actionUndo")->trigger();
    QCOMPARE(charts->currentChart()->titleEn, spec->titleEn);
    QCOMPARE(charts->currentChart()->pointCount(), spec->pointCount());

    // A second chart (of two of the same figures) to reorder against.
    QVERIFY(selectFigures(*window, {spec->series[0].points[0].source.figureText,
                                    spec->series[0].points[1].source.figureText}));
    action(*window, "actionNewChartFromFigures")->trigger();
    QVERIFY(charts->model()->articleChartCount() >= 2);
    charts->showChart(spec->id);
    const int row = charts->model()->rowOfChart(spec->id);
    const int steps = row > 0 ? -1 : +1;
    QAction *move = action(*window, steps < 0 ? "actionMoveChartUp" : "actionMoveChartDown");
    QVERIFY(move->isEnabled());
    move->trigger();
    QCOMPARE(charts->model()->rowOfChart(spec->id), row + steps);
    QCOMPARE(charts->currentChart()->id, spec->id);
    action(*window, "actionUndo")->trigger();
    QCOMPARE(charts->model()->rowOfChart(spec->id), row);
}

void TestChartsPane::figureRowMarksItsPoint()
{
    auto window = openSeededWindowAt(kMoeTitle);
    QVERIFY(window);
    ChartsPane *charts = pane(*window);
    const std::optional<ChartSpec> spec = chooseCountryChart(charts);
    QVERIFY(spec);
    const dokhae::charts::ChartPoint &last = spec->series.first().points.last();
    auto *table = window->findChild<QTableView *>(QStringLiteral("figureTable"));
    const int row = dokhae::test::rowOfText(table->model(), last.source.figureText);
    QVERIFY(row >= 0);
    // Another chart on show first: the figure brings back the chart that holds it.
    if (charts->model()->rowCount() > 1)
        charts->showChart(charts->model()->chartAt(charts->model()->rowOfChart(spec->id) == 0 ? 1 : 0).id);
    table->selectRow(row);
    QCOMPARE(charts->currentChart()->id, spec->id);
    QCOMPARE(charts->pointTracker()->highlightedSeries(), 0);
    QCOMPARE(charts->pointTracker()->highlightedPoint(), int(spec->series.first().points.size()) - 1);
}

void TestChartsPane::figuresJoinAChartOfAnotherArticle()
{
    auto window = openAtTitleStarting(kDialoguePrefix);
    QVERIFY(window);
    ChartsPane *charts = pane(*window);
    QVERIFY(selectFigures(*window, {QStringLiteral("22.6%"), QStringLiteral("20.9%")}));
    action(*window, "actionNewChartFromFigures")->trigger();
    const std::optional<ChartSpec> made = charts->currentChart();
    QVERIFY(made);

    // Another article: its own charts, and the chart being built kept at the end of the list.
    auto *articles = window->findChild<QTableView *>(QStringLiteral("articleTable"));
    articles->selectRow(dokhae::test::rowOfText(articles->model(), kMoeTitle));
    QTRY_COMPARE(reader(*window)->document()->firstBlock().text(), kMoeTitle);
    const int row = charts->model()->rowOfChart(made->id);
    QCOMPARE(row, charts->model()->rowCount() - 1);
    QVERIFY(charts->model()->index(row).data(ChartListModel::ForeignRole).toBool());
    charts->showChart(made->id);
    auto *figures = window->findChild<QTableView *>(QStringLiteral("figureTable"));
    const int percentRow = [&] {
        for (int r = 0; r < figures->model()->rowCount(); ++r) {
            if (figures->model()->index(r, 0).data().toString().endsWith(QLatin1Char('%')))
                return r;
        }
        return -1;
    }();
    QVERIFY(percentRow >= 0);
    figures->selectRow(percentRow);
    QCOMPARE(charts->currentChart()->id, made->id);  // choosing a figure keeps the analyst's chart
    QAction *add = action(*window, "actionAddFiguresToChart");
    QVERIFY(add->isEnabled());
    add->trigger();
    QCOMPARE(charts->currentChart()->id, made->id);
    QCOMPARE(charts->currentChart()->pointCount(), 3);

    // Its new bar leads back to this article; its old ones to seed 004, opened for it.
    const qint64 here = window->findChild<dokhae::gui::ReaderPane *>(QStringLiteral("readerPane"))->articleId();
    QBarSet *bars = firstBarSet(charts->chartView()->chart());
    QVERIFY(bars);
    emit bars->clicked(0);
    const ChartSpec shown = *charts->currentChart();
    const auto &source = shown.series.at(charts->pointTracker()->highlightedSeries())
                             .points.at(charts->pointTracker()->highlightedPoint()).source;
    QVERIFY(source.articleId != here);
    QVERIFY(reader(*window)->document()->firstBlock().text().startsWith(kDialoguePrefix));
    QCOMPARE(reader(*window)->textCursor().selectedText(), source.sentence);
    QCOMPARE(charts->currentChart()->id, made->id);  // the chart stays on show

    action(*window, "actionUndo")->trigger();
    QCOMPARE(charts->currentChart()->pointCount(), 2);
}

void TestChartsPane::exportsFiles()
{
    auto window = openSeededWindowAt(kMoeTitle);
    QVERIFY(window);
    ChartsPane *charts = pane(*window);
    QVERIFY(chooseCountryChart(charts));
    const QString png = filePath(QStringLiteral("chart-%1.png").arg(testNumber()));
    QVERIFY(charts->exportPngTo(png, QSize(800, 450), 2));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1600, 900));

    const QString svg = filePath(QStringLiteral("chart-%1.svg").arg(testNumber()));
    QVERIFY(charts->exportSvgTo(svg, QSize(800, 450)));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QVERIFY(svgFile.readAll().contains("<svg"));

    const QString csv = filePath(QStringLiteral("chart-%1.csv").arg(testNumber()));
    QVERIFY(charts->exportCsvTo(csv));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("China")));
}

void TestChartsPane::chartFollowsTheLanguage()
{
    auto window = openSeededWindowAt(kMoeTitle);
    QVERIFY(window);
    ChartsPane *charts = pane(*window);
    const std::optional<ChartSpec> spec = chooseCountryChart(charts);
    QVERIFY(spec);
    QCOMPARE(charts->chartView()->chart()->title(), spec->titleEn.toHtmlEscaped());
    QTranslator korean;
    QVERIFY(korean.load(QStringLiteral(":/i18n/dokhae_ko.qm")));
    QCoreApplication::installTranslator(&korean);
    // The chart is drawn anew in Korean, and the list's titles follow.
    QTRY_COMPARE(charts->chartView()->chart()->title(), spec->titleKo.toHtmlEscaped());
    QVERIFY(charts->model()->index(charts->model()->rowOfChart(spec->id)).data().toString().startsWith(spec->titleKo));
    QCoreApplication::removeTranslator(&korean);
    QTRY_COMPARE(charts->chartView()->chart()->title(), spec->titleEn.toHtmlEscaped());
}

// A library whose articles were stored before figures were (here: imported with no indexers) is
// read on a worker thread once the window opens: the window stays usable, and the charts appear.
void TestChartsPane::olderLibraryIsReadInTheBackground()
{
    {
        dokhae::store::Library library;
        QVERIFY(library.open(dbPath()));
        library.setRevisionIndexers({});
        dokhae::import::Importer importer(library);
        QCOMPARE(importer.run({QStringLiteral(DOKHAE_SEEDS_DIR)}).count(dokhae::import::ImportStatus::Added), 4);
        QCOMPARE(dokhae::store::FigureStore(library).staleCount(), 4);
    }
    const auto window = openWindow();
    QVERIFY(window);
    dokhae::store::Library check;
    QVERIFY(check.open(dbPath()));
    QTRY_COMPARE_WITH_TIMEOUT(dokhae::store::FigureStore(check).staleCount(), 0, 20000);
    QVERIFY(dokhae::store::ChartStore(check).allCharts().size() >= 4);
}

QTEST_MAIN(TestChartsPane)
#include "test_charts_pane.moc"
