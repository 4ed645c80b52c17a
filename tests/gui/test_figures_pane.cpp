// The figures pane as an analyst uses it: the figures of the article being read, the kind filter,
// a row that takes the reader to its span, the highlight toggle, the CSV export (read back) and
// the switch to Korean.
#include "figure_csv.h"
#include "figure_table_model.h"
#include "figures/figure.h"
#include "figures_pane.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "reader_view.h"
#include "store/library.h"
#include "text/code_points.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using dokhae::figures::Figure;
using dokhae::figures::FigureKind;
using dokhae::gui::FigureTableModel;
using dokhae::gui::MainWindow;
using dokhae::gui::ReaderView;
using dokhae::test::rowOfText;

namespace {

const QString kMoeTitle = QStringLiteral("글로벌 AI 패권의 경쟁자, 중국 AI 산업 전격 분석!");
const QString kUsInvestment = QStringLiteral("672억 달러");

// RFC 4180, read independently of the writer: quoted fields may hold commas, quotes, line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

int figureLayerCount(const ReaderView &reader)
{
    int count = 0;
    for (const QTextEdit::ExtraSelection &selection : reader.extraSelections()) {
        if (selection.format.intProperty(ReaderView::LayerProperty) == int(ReaderView::Layer::Figures))
            ++count;
    }
    return count;
}

} // namespace

class TestFiguresPane : public dokhae::test::GuiTestCase {
    Q_OBJECT

public:
    TestFiguresPane() : GuiTestCase(QStringLiteral("test_figures_pane")) {}

private slots:
    void figuresFollowTheArticle();
    void kindFilterKeepsOneKind();
    void selectingRowSelectsSpan();
    void highlightToggleMarksFigures();
    void csvExportReadsBack();
    void csvFieldsAreQuotedPerRfc4180();
    void csvOfALongSentenceQuotesPassages();
    void staleFiguresOfALongArticleAreReadOffTheWindowThread();
    void exportDialogSuggestsTitle();
    void unwritableExportIsExplained();
    void koreanShowsKoreanValues();
    void kindWithoutFiguresIsNotCarriedOver();
    void moneySortsInOneCurrency();

private:
    std::unique_ptr<MainWindow> openWithSeed002();
    QTableView *figureTable(MainWindow &window) { return window.findChild<QTableView *>(QStringLiteral("figureTable")); }
    FigureTableModel *figureModel(MainWindow &window)
    {
        return window.findChild<dokhae::gui::FiguresPane *>(QStringLiteral("figuresPane"))->model();
    }
    ReaderView *reader(MainWindow &window) { return window.findChild<ReaderView *>(QStringLiteral("readerView")); }
};

// A first run on a fresh library, with the seed article on the AI industry's figures on show.
std::unique_ptr<MainWindow> TestFiguresPane::openWithSeed002()
{
    return openSeededWindowAt(kMoeTitle);
}

void TestFiguresPane::figuresFollowTheArticle()
{
    auto window = openWithSeed002();
    QVERIFY(window);
    FigureTableModel *model = figureModel(*window);
    QVERIFY(model->rowCount() > 5);
    const int row = rowOfText(figureTable(*window)->model(), kUsInvestment);
    QVERIFY2(row >= 0, "672억 달러 is in the table");
    const QModelIndex text = figureTable(*window)->model()->index(row, FigureTableModel::TextColumn);
    QCOMPARE(text.siblingAtColumn(FigureTableModel::KindColumn).data().toString(), QStringLiteral("Money"));
    QCOMPARE(text.data(FigureTableModel::KindRole).toString(), QStringLiteral("money"));
    // In English the value is written the English way.
    const QString value = text.siblingAtColumn(FigureTableModel::ValueColumn).data().toString();
    QVERIFY2(value.contains(QStringLiteral("67.2")) && !value.contains(QStringLiteral("억")), qPrintable(value));
    // Its sentence is the tooltip, with the figure in bold.
    QVERIFY(text.data(Qt::ToolTipRole).toString().contains(QStringLiteral("<b>672억 달러</b>")));
    // It is converted by the figure after it, and says so.
    const QModelIndex qualifiers = text.siblingAtColumn(FigureTableModel::QualifiersColumn);
    const int number = text.data(FigureTableModel::FigureIndexRole).toInt() + 1;
    QVERIFY2(qualifiers.data().toString().contains(QStringLiteral("#%1").arg(number + 1)), qPrintable(qualifiers.data().toString()));
    QVERIFY(qualifiers.data(Qt::ToolTipRole).toString().contains(qualifiers.data().toString().toHtmlEscaped()));
    // Every row is a span of the text being read.
    const QString &reading = model->readingText();
    for (const Figure &figure : model->figures())
        QCOMPARE(reading.mid(figure.start, figure.end - figure.start), figure.text);
    auto *count = window->findChild<QLabel *>(QStringLiteral("figureCountLabel"));
    QVERIFY2(count->text().contains(QString::number(model->rowCount())), qPrintable(count->text()));
    // The pane narrows with the window instead of pushing the library aside.
    auto *pane = window->findChild<dokhae::gui::FiguresPane *>(QStringLiteral("figuresPane"));
    QVERIFY2(pane->minimumSizeHint().width() < 360, qPrintable(QString::number(pane->minimumSizeHint().width())));

    // Another article brings its own figures.
    auto *articles = window->findChild<QTableView *>(QStringLiteral("articleTable"));
    articles->selectRow(rowOfText(articles->model(), kMoeTitle) == 0 ? 1 : 0);
    QTRY_VERIFY(reader(*window)->document()->firstBlock().text() != kMoeTitle);
    QCOMPARE(rowOfText(figureTable(*window)->model(), kUsInvestment), -1);
    const QString otherText = model->readingText();
    QVERIFY(reader(*window)->document()->toPlainText().contains(otherText.section(QLatin1Char('\n'), 0, 0)));
    for (const Figure &figure : model->figures())
        QCOMPARE(otherText.mid(figure.start, figure.end - figure.start), figure.text);
    QCOMPARE(figureTable(*window)->model()->rowCount(), model->rowCount());
}

void TestFiguresPane::kindFilterKeepsOneKind()
{
    auto window = openWithSeed002();
    QVERIFY(window);
    QAbstractItemModel *shown = figureTable(*window)->model();
    const int total = shown->rowCount();
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("figureKindCombo"));
    QCOMPARE(combo->currentIndex(), 0);
    combo->setCurrentIndex(combo->findData(int(FigureKind::Percent)));
    QVERIFY(combo->currentText().startsWith(QStringLiteral("Percent (")));
    QVERIFY(shown->rowCount() > 0);
    QVERIFY(shown->rowCount() < total);
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(shown->index(row, 0).data(FigureTableModel::KindRole).toString(), QStringLiteral("percent"));
    int percents = 0;
    for (const Figure &figure : figureModel(*window)->figures())
        percents += figure.kind == FigureKind::Percent;
    QCOMPARE(shown->rowCount(), percents);
    QVERIFY(combo->currentText().contains(QString::number(percents)));

    combo->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), total);

    // Filtering away the chosen figure leaves the reader where the analyst put it.
    figureTable(*window)->selectRow(rowOfText(shown, kUsInvestment));
    QCOMPARE(reader(*window)->textCursor().selectedText(), kUsInvestment);
    combo->setCurrentIndex(combo->findData(int(FigureKind::Percent)));
    QCOMPARE(reader(*window)->textCursor().selectedText(), kUsInvestment);
}

void TestFiguresPane::selectingRowSelectsSpan()
{
    auto window = openWithSeed002();
    QVERIFY(window);
    QTableView *table = figureTable(*window);
    ReaderView *view = reader(*window);
    const int row = rowOfText(table->model(), kUsInvestment);
    QVERIFY(row >= 0);
    table->selectRow(row);
    QCOMPARE(view->textCursor().selectedText(), kUsInvestment);

    // The last figure lies below the first screen: the reader scrolls to it.
    view->verticalScrollBar()->setValue(0);
    const int last = table->model()->rowCount() - 1;
    const QString lastText = table->model()->index(last, 0).data().toString();
    table->selectRow(last);
    QCOMPARE(view->textCursor().selectedText(), lastText);
    QVERIFY(view->verticalScrollBar()->value() > 0);
    QVERIFY(view->viewport()->rect().contains(view->cursorRect().center()));
}

void TestFiguresPane::highlightToggleMarksFigures()
{
    const auto highlightAction = [](MainWindow &window) {
        return window.findChild<QAction *>(QStringLiteral("actionHighlightFigures"));
    };
    {
        auto window = openWithSeed002();
        QVERIFY(window);
        QAction *toggle = highlightAction(*window);
        QVERIFY(toggle->isCheckable());
        QVERIFY(toggle->isChecked());  // on by default
        const int figures = figureModel(*window)->rowCount();
        QCOMPARE(figureLayerCount(*reader(*window)), figures);

        toggle->trigger();
        QCOMPARE(figureLayerCount(*reader(*window)), 0);
        toggle->trigger();
        QCOMPARE(figureLayerCount(*reader(*window)), figures);

        // Search hits are drawn alongside, and a new layout keeps the figures marked.
        window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("중국"));
        QTRY_VERIFY(reader(*window)->highlightCount() > 0);
        QCOMPARE(figureLayerCount(*reader(*window)), figures);
        QVERIFY(reader(*window)->extraSelections().size() > figures);

        toggle->trigger();
        QCOMPARE(figureLayerCount(*reader(*window)), 0);
        QVERIFY(!reader(*window)->extraSelections().isEmpty());
    }
    // The choice is remembered.
    auto window = openWithSeed002();
    QVERIFY(window);
    QVERIFY(!highlightAction(*window)->isChecked());
    QCOMPARE(figureLayerCount(*reader(*window)), 0);
}

void TestFiguresPane::csvExportReadsBack()
{
    auto window = openWithSeed002();
    QVERIFY(window);
    auto *pane = window->findChild<dokhae::gui::FiguresPane *>(QStringLiteral("figuresPane"));
    QAbstractItemModel *shown = figureTable(*window)->model();
    const QString &reading = figureModel(*window)->readingText();

    // Money only, largest first: the file holds what the table shows, in its order.
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("figureKindCombo"));
    combo->setCurrentIndex(combo->findData(int(FigureKind::Money)));
    figureTable(*window)->sortByColumn(FigureTableModel::ValueColumn, Qt::DescendingOrder);
    const QString path = filePath(QStringLiteral("figures.csv"));
    QVERIFY(pane->exportCsvTo(path));
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("figures.csv")),
             qPrintable(window->statusBar()->currentMessage()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.value(0), QStringList({QStringLiteral("text"), QStringLiteral("start"), QStringLiteral("end"),
                                         QStringLiteral("kind"), QStringLiteral("value"),
                                         QStringLiteral("value_max"), QStringLiteral("currency"),
                                         QStringLiteral("unit"), QStringLiteral("approx"),
                                         QStringLiteral("bound"), QStringLiteral("year"),
                                         QStringLiteral("subject"), QStringLiteral("sentence")}));
    QCOMPARE(rows.size() - 1, shown->rowCount());
    QVERIFY(shown->rowCount() > 1);
    double previous = std::numeric_limits<double>::infinity();
    bool sawUs = false;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QStringList &fields = rows.at(row + 1);
        QCOMPARE(fields.size(), 13);
        const QModelIndex index = shown->index(row, 0);
        QCOMPARE(fields.at(0), index.data().toString());
        QCOMPARE(fields.at(3), QStringLiteral("money"));
        QCOMPARE(fields.at(10), index.siblingAtColumn(FigureTableModel::YearColumn).data().toString());
        QCOMPARE(fields.at(11), index.siblingAtColumn(FigureTableModel::SubjectColumn).data().toString());
        // Offsets are code points into the reading text.
        const qsizetype start = dokhae::text::codePointToUtf16(reading, fields.at(1).toLongLong());
        const qsizetype end = dokhae::text::codePointToUtf16(reading, fields.at(2).toLongLong());
        QCOMPARE(reading.mid(start, end - start), fields.at(0));
        QVERIFY(fields.at(12).contains(fields.at(0)));
        QVERIFY(fields.at(6).size() == 3);  // an ISO 4217 code
        bool ok = false;
        const double value = fields.at(4).toDouble(&ok);
        QVERIFY(ok);
        QCOMPARE(value, index.siblingAtColumn(FigureTableModel::ValueColumn).data(FigureTableModel::SortRole).toDouble());
        // The file keeps the table's order: money by its value in dollars where the article gives a
        // rate (see moneySortsInOneCurrency).
        const auto dollars = figureModel(*window)->inDollars(index.data(FigureTableModel::FigureIndexRole).toInt());
        if (dollars) {
            QVERIFY(*dollars <= previous);
            previous = *dollars;
        }
        if (fields.at(0) == kUsInvestment) {
            sawUs = true;
            QCOMPARE(fields.at(4), QStringLiteral("67200000000"));
            QCOMPARE(fields.at(6), QStringLiteral("USD"));
        }
    }
    QVERIFY(sawUs);
}

void TestFiguresPane::csvFieldsAreQuotedPerRfc4180()
{
    using dokhae::gui::csvField;
    QCOMPARE(csvField(QStringLiteral("672억 달러")), QStringLiteral("672억 달러"));
    QCOMPARE(csvField(QStringLiteral("1,339곳")), QStringLiteral("\"1,339곳\""));
    QCOMPARE(csvField(QStringLiteral("그는 \"약 10%\"라고")), QStringLiteral("\"그는 \"\"약 10%\"\"라고\""));
    const QStringList fields{QStringLiteral("a\r\nb"), QStringLiteral("\""), QString(), QStringLiteral("x,y")};
    QStringList quoted;
    for (const QString &field : fields)
        quoted << csvField(field);
    QCOMPARE(parseCsv(quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")), QList<QStringList>{fields});
}

// One sentence of 20,000 figures (120,000 characters): each row quotes the passage around its
// figure, so the file grows with the figures, not with figures × sentence length (7 GB).
void TestFiguresPane::csvOfALongSentenceQuotesPassages()
{
    const QString text = QStringLiteral("3.5%와 ").repeated(20000);
    const QList<dokhae::figures::Figure> found = dokhae::figures::extractFigures(text);
    QCOMPARE(found.size(), 20000);
    const QByteArray csv = dokhae::gui::figuresToCsv(found, text);
    QVERIFY2(csv.size() < qint64(found.size()) * 2 * dokhae::figures::kMaxQuotedPassage,
             QByteArray::number(csv.size()).constData());
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
    QCOMPARE(rows.size(), found.size() + 1);
    const QStringList &middle = rows.at(10001);
    QCOMPARE(middle.at(1).toLongLong(), found.at(10000).start); // no character outside the BMP: offsets agree
    QVERIFY(middle.at(12).size() <= dokhae::figures::kMaxQuotedPassage);
    QVERIFY(middle.at(12).contains(QStringLiteral("3.5%")));
}

// An article whose figures were never read (a library from before figures were stored, or an
// older extractor): a short one is read at once; a long one (one sentence of 20,000 figures,
// seconds of work) on a thread of its own, and shown when done: the window does not freeze.
void TestFiguresPane::staleFiguresOfALongArticleAreReadOffTheWindowThread()
{
    dokhae::store::Library library;
    QVERIFY(library.open(filePath(QStringLiteral("stale.sqlite"))));
    const auto addArticle = [&](const QString &title, const QString &text) -> qint64 {
        dokhae::import::ParsedArticle article;
        article.meta.title = title;
        article.text = text;
        article.sourceFile = filePath(title + QStringLiteral(".txt"));
        const auto outcome = library.addArticle(article);
        return outcome ? outcome->articleId : 0;
    };
    const qint64 shortId = addArticle(QStringLiteral("short"), QStringLiteral("중국은 22.6%를 차지했다. 미국은 13%를 차지했다."));
    const qint64 longId = addArticle(QStringLiteral("long"), QStringLiteral("3.5%와 ").repeated(20000));
    QVERIFY(shortId > 0 && longId > 0);
    QSqlQuery forget(library.connection());
    QVERIFY(forget.exec(QStringLiteral("DELETE FROM figure_scans")) && forget.exec(QStringLiteral("DELETE FROM figures")));

    dokhae::gui::FiguresPane pane(library);
    QSignalSpy messages(&pane, &dokhae::gui::FiguresPane::message);
    pane.showArticle(*library.article(shortId));
    QCOMPARE(pane.model()->rowCount(), 2);
    QVERIFY(messages.isEmpty());

    pane.showArticle(*library.article(longId));
    QCOMPARE(pane.model()->rowCount(), 0); // not read on this thread
    QCOMPARE(messages.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), 20000, 60000);
    QCOMPARE(pane.model()->figures().last().text, QStringLiteral("3.5%"));
    // Read and stored once: shown again, the figures come from the library at once.
    pane.showArticle(*library.article(shortId));
    pane.showArticle(*library.article(longId));
    QCOMPARE(pane.model()->rowCount(), 20000);
}

void TestFiguresPane::exportDialogSuggestsTitle()
{
    auto window = openWithSeed002();
    QVERIFY(window);
    QString suggested;
    QTimer answerer;
    connect(&answerer, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            suggested = dialog->selectedFiles().value(0);
            dialog->reject();
        }
    });
    answerer.start(50);
    window->findChild<QAction *>(QStringLiteral("actionExportFigures"))->trigger();
    QCOMPARE(QFileInfo(suggested).fileName(), kMoeTitle + QStringLiteral(" - figures.csv"));
    // Cancelled: nothing written, and the folder is not remembered.
    QVERIFY(!QFile::exists(suggested));
    QVERIFY(!QSettings().contains(QStringLiteral("figures/lastExportFolder")));
}

void TestFiguresPane::unwritableExportIsExplained()
{
    auto window = openWithSeed002();
    QVERIFY(window);
    auto *pane = window->findChild<dokhae::gui::FiguresPane *>(QStringLiteral("figuresPane"));
    QStringList names;
    QString text;
    QTimer answerer;
    connect(&answerer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            names << box->objectName();
            text += box->text();
            box->button(QMessageBox::Ok)->click();
        }
    });
    answerer.start(50);
    const QString path = filePath(QStringLiteral("no-such-folder/figures.csv"));
    QVERIFY(!pane->exportCsvTo(path));
    QCOMPARE(names, QStringList{QStringLiteral("figureExportErrorBox")});
    QVERIFY2(text.contains(QStringLiteral("figures.csv")), qPrintable(text));
    QVERIFY(!QFile::exists(path));
}

void TestFiguresPane::koreanShowsKoreanValues()
{
    auto window = openWithSeed002();
    QVERIFY(window);
    FigureTableModel *model = figureModel(*window);
    QAbstractItemModel *shown = figureTable(*window)->model();
    QSignalSpy headers(model, &QAbstractItemModel::headerDataChanged);
    const int row = rowOfText(shown, kUsInvestment);
    QVERIFY(row >= 0);
    const QModelIndex value = shown->index(row, FigureTableModel::ValueColumn);
    const QString english = value.data().toString();
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("figureKindCombo"));
    combo->setCurrentIndex(combo->findData(int(FigureKind::Money)));

    QTranslator korean;
    QVERIFY(korean.load(QStringLiteral(":/i18n/dokhae_ko.qm")));
    QCoreApplication::installTranslator(&korean);
    QTRY_VERIFY(!headers.isEmpty());
    QCOMPARE(model->headerData(FigureTableModel::TextColumn, Qt::Horizontal).toString(), QStringLiteral("표기"));
    QCOMPARE(model->headerData(FigureTableModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("값"));
    const QModelIndex money = shown->index(rowOfText(shown, kUsInvestment), FigureTableModel::ValueColumn);
    QVERIFY2(money.data().toString().contains(QStringLiteral("672억")), qPrintable(money.data().toString()));
    QCOMPARE(money.siblingAtColumn(FigureTableModel::KindColumn).data().toString(), QStringLiteral("금액"));
    QVERIFY2(combo->currentText().startsWith(QStringLiteral("금액 (")), qPrintable(combo->currentText()));
    QCOMPARE(combo->itemText(0), QStringLiteral("모든 종류"));
    auto *count = window->findChild<QLabel *>(QStringLiteral("figureCountLabel"));
    QVERIFY2(count->text().startsWith(QStringLiteral("수치 ")), qPrintable(count->text()));
    auto *toggle = window->findChild<QAction *>(QStringLiteral("actionHighlightFigures"));
    QCOMPARE(toggle->text(), QStringLiteral("수치 강조(&H)"));
    QCOMPARE(window->findChild<QToolButton *>(QStringLiteral("figureHighlightButton"))->text(), QStringLiteral("강조"));

    // Headers are asked for anew, values follow once the language change has been delivered.
    headers.clear();
    QCoreApplication::removeTranslator(&korean);
    QTRY_VERIFY(!headers.isEmpty());
    QCOMPARE(model->headerData(FigureTableModel::TextColumn, Qt::Horizontal).toString(),
             QStringLiteral("As written"));
    QCOMPARE(shown->index(rowOfText(shown, kUsInvestment), FigureTableModel::ValueColumn).data().toString(), english);
    QCOMPARE(toggle->text(), QStringLiteral("&Highlight Figures"));
}

void TestFiguresPane::kindWithoutFiguresIsNotCarriedOver()
{
    auto window = openWithSeed002();
    QVERIFY(window);
    auto *articles = window->findChild<QTableView *>(QStringLiteral("articleTable"));
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("figureKindCombo"));
    // The kinds each article has, to find one that this article has and another lacks.
    QList<QSet<int>> kindsOf;
    for (int row = 0; row < articles->model()->rowCount(); ++row) {
        articles->selectRow(row);
        QSet<int> kinds;
        for (const auto &figure : figureModel(*window)->figures())
            kinds.insert(int(figure.kind));
        kindsOf.append(kinds);
    }
    for (int from = 0; from < kindsOf.size(); ++from) {
        for (int to = 0; to < kindsOf.size(); ++to) {
            const QSet<int> missing = kindsOf[from] - kindsOf[to];
            if (from == to || missing.isEmpty() || kindsOf[to].isEmpty())
                continue;
            articles->selectRow(from);
            combo->setCurrentIndex(combo->findData(*missing.begin()));
            QVERIFY(figureTable(*window)->model()->rowCount() > 0);
            articles->selectRow(to);
            // Not an empty table under "Kind (0)": all kinds again, and the status bar says so.
            QCOMPARE(combo->currentIndex(), 0);
            QVERIFY(figureTable(*window)->model()->rowCount() > 0);
            QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("all kinds")),
                     qPrintable(window->statusBar()->currentMessage()));
            return;
        }
    }
    QSKIP("every seed has every kind the others have");
}

void TestFiguresPane::moneySortsInOneCurrency()
{
    auto window = openWithSeed002();
    QVERIFY(window);
    auto *combo = window->findChild<QComboBox *>(QStringLiteral("figureKindCombo"));
    combo->setCurrentIndex(combo->findData(int(FigureKind::Money)));
    figureTable(*window)->sortByColumn(FigureTableModel::ValueColumn, Qt::DescendingOrder);
    QAbstractItemModel *shown = figureTable(*window)->model();
    const FigureTableModel *model = figureModel(*window);
    // Won amounts the article converts carry their dollar value beside them, and sort by it:
    // ₩100 billion does not rank above $7.76 billion.
    int converted = 0;
    double previous = std::numeric_limits<double>::infinity();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const int figure = shown->index(row, 0).data(FigureTableModel::FigureIndexRole).toInt();
        const auto dollars = model->inDollars(figure);
        const QString column = shown->index(row, FigureTableModel::InDollarsColumn).data().toString();
        if (!dollars) {
            QVERIFY(column.isEmpty());  // a currency the article gives no rate for
            continue;
        }
        QVERIFY2(*dollars <= previous, qPrintable(QStringLiteral("row %1").arg(row)));
        previous = *dollars;
        if (model->figures().at(figure).currency != QStringLiteral("USD")) {
            ++converted;
            QVERIFY2(column.startsWith(QStringLiteral("≈ $")), qPrintable(column));
        }
    }
    QVERIFY(converted > 0);
}

QTEST_MAIN(TestFiguresPane)
#include "test_figures_pane.moc"
