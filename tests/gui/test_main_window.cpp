// The window as a user drives it: first-run seeds, reading, searching, find-in-article, drag and
// drop imports (good and refused), layout memory, an unopenable library and the Korean strings.
#include "article_table_model.h"
#include "entity_library_view.h"
#include "find_bar.h"
#include "library_pane.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "reader_view.h"
#include "store/library.h"
#include "util/date_format.h"

#include <QAction>
#include <QDockWidget>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QHeaderView>
#include <QToolButton>
#include <QTranslator>

#include <algorithm>
#include <memory>

using dokhae::gui::MainWindow;
using dokhae::test::waitForImport;

namespace {

const QString kMoeTitle = QStringLiteral("글로벌 AI 패권의 경쟁자, 중국 AI 산업 전격 분석!");
constexpr int kImportTimeoutMs = 20000;

// Answers every message box that comes up, remembering what it said.
class MessageBoxAnswerer : public QObject {
public:
    MessageBoxAnswerer()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_names << box->objectName();
            m_texts << box->text() + QLatin1Char('\n') + box->informativeText();
            box->button(QMessageBox::Ok) ? box->button(QMessageBox::Ok)->click() : box->accept();
        });
        m_timer.start(50);
    }
    QStringList names() const { return m_names; }
    QString allText() const { return m_texts.join(QLatin1Char('\n')); }

private:
    QTimer m_timer;
    QStringList m_names;
    QStringList m_texts;
};

} // namespace

class TestMainWindow : public dokhae::test::GuiTestCase {
    Q_OBJECT

public:
    TestMainWindow() : GuiTestCase(QStringLiteral("test_main_window")) {}

private slots:
    void firstRunImportsSeeds();
    void selectingRowShowsArticle();
    void searchFiltersAndHighlights();
    void datesSortAsDates();
    void findBarCountsAndMoves();
    void droppedFileIsImported();
    void refusedFileIsReported();
    void importCanBeCancelled();
    void shortcutsFocusSearch();
    void layoutIsRemembered();
    void unopenableLibraryIsExplained();
    void koreanTranslationRetranslatesMenus();
    void clearingASearchGivesTheSortBack();
    void searchWithoutMatchKeepsTheArticle();
    void downFromSearchGoesToTheResults();
    void listFollowsAnArticleOpenedElsewhere();
    void zoomChangesTheTextSizeAndIsRemembered();

private:
    QTableView *table(MainWindow &window) { return window.findChild<QTableView *>(QStringLiteral("articleTable")); }
    QLineEdit *searchEdit(MainWindow &window) { return window.findChild<QLineEdit *>(QStringLiteral("searchEdit")); }
    dokhae::gui::ReaderView *reader(MainWindow &window)
    {
        return window.findChild<dokhae::gui::ReaderView *>(QStringLiteral("readerView"));
    }
    int rowOfTitle(MainWindow &window, const QString &title);
    void dropFiles(MainWindow &window, const QStringList &paths);
};

int TestMainWindow::rowOfTitle(MainWindow &window, const QString &title)
{
    return dokhae::test::rowOfText(table(window)->model(), title);
}

void TestMainWindow::dropFiles(MainWindow &window, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
}

void TestMainWindow::firstRunImportsSeeds()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForImport(*window, 4));
    QVERIFY(rowOfTitle(*window, kMoeTitle) >= 0);
    auto *count = window->findChild<QLabel *>(QStringLiteral("articleCountLabel"));
    QVERIFY(count->text().contains(QLatin1Char('4')));

    // A second start on the same library does not import the seeds again.
    window.reset();
    window = openWindow();
    QVERIFY(window);
    QTest::qWait(300);
    QVERIFY(waitForImport(*window, 4));
}

void TestMainWindow::selectingRowShowsArticle()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForImport(*window, 4));
    const int row = rowOfTitle(*window, kMoeTitle);
    QVERIFY(row >= 0);
    table(*window)->selectRow(row);
    const QTextDocument *document = reader(*window)->document();
    QTRY_COMPARE(document->firstBlock().text(), kMoeTitle);
    QVERIFY(document->toPlainText().contains(QStringLiteral("두 번째 취임식을 앞두고")));
    // The title is set larger than the body text.
    const auto pointSizeAt = [document](const QTextBlock &block) {
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::NextCharacter);
        return cursor.charFormat().font().pointSizeF();
    };
    QVERIFY(pointSizeAt(document->firstBlock()) > pointSizeAt(document->lastBlock()));
}

void TestMainWindow::searchFiltersAndHighlights()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForImport(*window, 4));
    QTest::keyClicks(searchEdit(*window), QStringLiteral("MoE"));
    QTRY_COMPARE(table(*window)->model()->rowCount(), 1);
    QCOMPARE(table(*window)->model()->index(0, 0).data().toString(), kMoeTitle);
    auto *snippet = window->findChild<QLabel *>(QStringLiteral("snippetLabel"));
    QTRY_VERIFY(!snippet->isHidden());
    QVERIFY(snippet->text().contains(QStringLiteral("<b>"), Qt::CaseInsensitive));
    // The only hit is shown, with the query's occurrences highlighted.
    QTRY_COMPARE(reader(*window)->document()->firstBlock().text(), kMoeTitle);
    QVERIFY(reader(*window)->highlightCount() > 0);

    searchEdit(*window)->setText(QStringLiteral("알리바바"));
    QTRY_COMPARE(table(*window)->model()->rowCount(), 3);
    auto *count = window->findChild<QLabel *>(QStringLiteral("articleCountLabel"));
    QVERIFY(count->text().contains(QLatin1Char('3')));

    searchEdit(*window)->clear();
    QTRY_COMPARE(table(*window)->model()->rowCount(), 4);
    QTRY_VERIFY(snippet->isHidden());
    QCOMPARE(reader(*window)->highlightCount(), 0);
}

void TestMainWindow::datesSortAsDates()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForImport(*window, 4));
    table(*window)->sortByColumn(2, Qt::DescendingOrder);
    const QAbstractItemModel *model = table(*window)->model();
    QDate previous;
    int dated = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->index(row, 2).data().toString();
        if (text.isEmpty())
            continue;
        // Shown as the interface's language writes dates (Jul 25, 2025), sorted as dates.
        const QDate date = model->index(row, 2).data(dokhae::gui::ArticleTableModel::SortRole).toDate();
        QVERIFY2(date.isValid(), qPrintable(text));
        QCOMPARE(text, dokhae::util::displayDate(date, QStringLiteral("en")));
        if (previous.isValid())
            QVERIFY(date <= previous);
        previous = date;
        ++dated;
    }
    QVERIFY(dated >= 2);
}

void TestMainWindow::findBarCountsAndMoves()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForImport(*window, 4));
    table(*window)->selectRow(rowOfTitle(*window, kMoeTitle));
    QTRY_COMPARE(reader(*window)->document()->firstBlock().text(), kMoeTitle);

    auto *findAction = window->findChild<QAction *>(QStringLiteral("actionFind"));
    QCOMPARE(findAction->shortcut(), QKeySequence(QKeySequence::Find));
    findAction->trigger();
    auto *bar = window->findChild<dokhae::gui::FindBar *>(QStringLiteral("findBar"));
    QVERIFY(!bar->isHidden());
    auto *edit = bar->findChild<QLineEdit *>(QStringLiteral("findEdit"));
    auto *label = bar->findChild<QLabel *>(QStringLiteral("findCountLabel"));
    edit->setText(QStringLiteral("중국"));
    const int expected = int(reader(*window)->document()->toPlainText().count(QStringLiteral("중국")));
    QVERIFY(expected > 2);
    QCOMPARE(label->text(), QStringLiteral("1 of %1").arg(expected));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(label->text(), QStringLiteral("2 of %1").arg(expected));
    window->findChild<QAction *>(QStringLiteral("actionFindNext"))->trigger();
    QCOMPARE(label->text(), QStringLiteral("3 of %1").arg(expected));
    window->findChild<QAction *>(QStringLiteral("actionFindPrevious"))->trigger();
    QCOMPARE(label->text(), QStringLiteral("2 of %1").arg(expected));
    QCOMPARE(reader(*window)->textCursor().selectedText(), QStringLiteral("중국"));

    // Another article: the matches are counted again in its text.
    const int other = rowOfTitle(*window, kMoeTitle) == 0 ? 1 : 0;
    table(*window)->selectRow(other);
    QTRY_VERIFY(reader(*window)->document()->firstBlock().text() != kMoeTitle);
    const int otherExpected = int(reader(*window)->document()->toPlainText().count(QStringLiteral("중국")));
    QVERIFY(otherExpected != expected);
    QCOMPARE(label->text(), QStringLiteral("1 of %1").arg(otherExpected));

    edit->setText(QStringLiteral("존재하지않는말"));
    QCOMPARE(label->text(), QStringLiteral("No matches"));
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(bar->isHidden());
    // Find matches are gone; other highlights (the article's figures) are drawn in their own layer.
    const auto selections = reader(*window)->extraSelections();
    QVERIFY(std::none_of(selections.cbegin(), selections.cend(), [](const QTextEdit::ExtraSelection &selection) {
        return selection.format.intProperty(dokhae::gui::ReaderView::LayerProperty)
               == int(dokhae::gui::ReaderView::Layer::Find);
    }));
}

void TestMainWindow::droppedFileIsImported()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForImport(*window, 4));
    const QString path = filePath(QStringLiteral("dropped-article.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("화웨이, 새 미르알파 AI 칩 공개\n\n"
                              "화웨이는 베이징에서 열린 행사에서 새로운 미르알파 칩을 발표했다고 밝혔다.\n\n"
                              "회사는 이 칩이 대형 언어 모델의 학습과 추론에 모두 쓰일 수 있다고 설명했다.\n")
                   .toUtf8());
    file.close();
    dropFiles(*window, {path});
    QVERIFY(waitForImport(*window, 5));

    searchEdit(*window)->setText(QStringLiteral("미르알파"));
    QTRY_COMPARE(table(*window)->model()->rowCount(), 1);
    QTRY_VERIFY(reader(*window)->document()->toPlainText().contains(QStringLiteral("미르알파 칩을 발표했다")));
}

void TestMainWindow::refusedFileIsReported()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForImport(*window, 4));
    const QString path = filePath(QStringLiteral("not-an-article.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 4096; ++i)
        bytes.append(char(i * 37 % 256));
    file.write(bytes);
    file.close();

    MessageBoxAnswerer answerer;
    dropFiles(*window, {path});
    QTRY_VERIFY_WITH_TIMEOUT(answerer.names().contains(QStringLiteral("importRefusalsBox")), kImportTimeoutMs);
    QVERIFY2(answerer.allText().contains(QStringLiteral("not-an-article.bin")), qPrintable(answerer.allText()));
    QVERIFY(waitForImport(*window, 4));

    dokhae::store::Library library;
    QVERIFY(library.open(dbPath()));
    QCOMPARE(library.articleCount(), 4);
}

void TestMainWindow::importCanBeCancelled()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForImport(*window, 4));
    QDir folder(filePath(QStringLiteral("many")));
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    constexpr int fileCount = 150;
    for (int i = 0; i < fileCount; ++i) {
        QFile file(folder.filePath(QStringLiteral("article-%1.txt").arg(i, 3, 10, QLatin1Char('0'))));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("시험 기사 %1호\n\n이 기사는 취소 시험을 위한 %1번째 본문입니다. 반도체와 인공지능 이야기를 담았다.\n")
                       .arg(i)
                       .toUtf8());
    }
    auto *progress = window->findChild<QProgressBar *>(QStringLiteral("importProgressBar"));
    auto *cancel = window->findChild<QToolButton *>(QStringLiteral("importCancelButton"));
    connect(progress, &QProgressBar::valueChanged, cancel, [cancel](int value) {
        if (value >= 1 && cancel->isEnabled())
            cancel->click();
    });
    dropFiles(*window, {folder.absolutePath()});
    QTRY_VERIFY(!progress->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(progress->isHidden(), kImportTimeoutMs);
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
             qPrintable(window->statusBar()->currentMessage()));
    const int rows = table(*window)->model()->rowCount();
    QVERIFY2(rows > 4 && rows < 4 + fileCount, qPrintable(QString::number(rows)));
}

void TestMainWindow::shortcutsFocusSearch()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForImport(*window, 4));
    QVERIFY(!window->windowIcon().pixmap(64).isNull());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    table(*window)->setFocus();
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(searchEdit(*window)->hasFocus());
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *findEdit = window->findChild<QLineEdit *>(QStringLiteral("findEdit"));
    QTRY_VERIFY(findEdit->hasFocus());
}

void TestMainWindow::layoutIsRemembered()
{
    QList<int> sizes;
    {
        auto window = openWindow();
        QVERIFY(window);
        QVERIFY(waitForImport(*window, 4));
        window->resize(1300, 700);  // room for the library, the reader and the entities dock
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        // The entities dock takes part of the width: the splitter gets what is left of it.
        QTRY_COMPARE(window->size(), QSize(1300, 700));
        QTRY_VERIFY(splitter->width() > 850);
        splitter->setSizes({300, splitter->width() - 300});
        QTRY_VERIFY(splitter->sizes().first() >= 280);
        sizes = splitter->sizes();
        window->close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("window/splitter")));
    auto window = openWindow();
    QVERIFY(window);
    auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QCOMPARE(window->size(), QSize(1300, 700));
    QTRY_COMPARE(splitter->sizes(), sizes);
}

void TestMainWindow::unopenableLibraryIsExplained()
{
    const QByteArray garbage = QByteArrayLiteral("This is a shopping list, not a library.\n");
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(garbage);
    file.close();

    MessageBoxAnswerer answerer;
    MainWindow window(MainWindow::Options{dbPath(), QStringLiteral(DOKHAE_SEEDS_DIR)});
    QVERIFY(!window.openLibrary());
    QCOMPARE(answerer.names(), QStringList{QStringLiteral("libraryErrorBox")});
    QVERIFY(!answerer.allText().trimmed().isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void TestMainWindow::koreanTranslationRetranslatesMenus()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForImport(*window, 4));
    auto *fileMenu = window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    QTranslator korean;
    QVERIFY(korean.load(QStringLiteral(":/i18n/dokhae_ko.qm")));
    QCoreApplication::installTranslator(&korean);
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("파일(&F)"));
    QCOMPARE(table(*window)->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("제목"));
    auto *search = searchEdit(*window);
    QCOMPARE(search->placeholderText(), QStringLiteral("기사 검색 (Ctrl+L)"));

    // The refusal report speaks Korean too, including the reason that comes from the importer.
    const QString path = filePath(QStringLiteral("korean-refusal.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(512, '\0'));
    file.close();
    {
        MessageBoxAnswerer answerer;
        dropFiles(*window, {path});
        QTRY_VERIFY_WITH_TIMEOUT(!answerer.names().isEmpty(), kImportTimeoutMs);
        QVERIFY2(answerer.allText().contains(QStringLiteral("가져오지 못했습니다")), qPrintable(answerer.allText()));
        QVERIFY2(!answerer.allText().contains(QStringLiteral("Cannot import")), qPrintable(answerer.allText()));
    }

    QCoreApplication::removeTranslator(&korean);
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(search->placeholderText(), QStringLiteral("Search articles (Ctrl+L)"));
}

void TestMainWindow::clearingASearchGivesTheSortBack()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForImport(*window, 4));
    table(*window)->sortByColumn(2, Qt::DescendingOrder);
    searchEdit(*window)->setText(QStringLiteral("중국"));
    QTRY_VERIFY(!window->findChild<dokhae::gui::LibraryPane *>()->query().isEmpty());
    QCOMPARE(table(*window)->horizontalHeader()->sortIndicatorSection(), -1);  // by rank
    searchEdit(*window)->clear();
    QTRY_VERIFY(window->findChild<dokhae::gui::LibraryPane *>()->query().isEmpty());
    QCOMPARE(table(*window)->horizontalHeader()->sortIndicatorSection(), 2);
    QCOMPARE(table(*window)->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TestMainWindow::searchWithoutMatchKeepsTheArticle()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForImport(*window, 4));
    const int row = dokhae::test::rowOfText(table(*window)->model(), kMoeTitle);
    table(*window)->selectRow(row);
    QTRY_COMPARE(reader(*window)->document()->firstBlock().text(), kMoeTitle);
    searchEdit(*window)->setText(QStringLiteral("없을법한검색어쿼크"));
    QTRY_COMPARE(table(*window)->model()->rowCount(), 0);
    QCOMPARE(reader(*window)->document()->firstBlock().text(), kMoeTitle);
    searchEdit(*window)->clear();
    QTRY_COMPARE(table(*window)->model()->rowCount(), 4);
    QCOMPARE(table(*window)->currentIndex().data().toString(), kMoeTitle);
}

void TestMainWindow::downFromSearchGoesToTheResults()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForImport(*window, 4));
    QLineEdit *search = searchEdit(*window);
    search->setFocus();
    search->setText(QStringLiteral("딥시크"));
    QTRY_VERIFY(!window->findChild<dokhae::gui::LibraryPane *>()->query().isEmpty());
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(table(*window)->hasFocus());
    QVERIFY(table(*window)->currentIndex().isValid());
}

void TestMainWindow::listFollowsAnArticleOpenedElsewhere()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(waitForImport(*window, 4));
    table(*window)->selectRow(0);
    const QModelIndex other = table(*window)->model()->index(dokhae::test::rowOfText(table(*window)->model(), kMoeTitle), 0);
    const qint64 id = other.data(dokhae::gui::ArticleTableModel::ArticleIdRole).toLongLong();
    auto *entities = window->findChild<dokhae::gui::EntityLibraryView *>(QStringLiteral("entityLibraryView"));
    emit entities->articleChosen(id, QString());
    QTRY_COMPARE(reader(*window)->document()->firstBlock().text(), kMoeTitle);
    QCOMPARE(table(*window)->currentIndex().data().toString(), kMoeTitle);
}

void TestMainWindow::zoomChangesTheTextSizeAndIsRemembered()
{
    qreal before = 0;
    {
        auto window = openSeededWindowAt(kMoeTitle);
        QVERIFY(window);
        const QTextBlock body = reader(*window)->document()->lastBlock();
        before = body.charFormat().font().pointSizeF();
        QCOMPARE(window->findChild<QAction *>(QStringLiteral("actionZoomIn"))->shortcut(), QKeySequence(QKeySequence::ZoomIn));
        window->findChild<QAction *>(QStringLiteral("actionZoomIn"))->trigger();
        window->findChild<QAction *>(QStringLiteral("actionZoomIn"))->trigger();
        const qreal zoomed = reader(*window)->document()->lastBlock().charFormat().font().pointSizeF();
        QVERIFY2(zoomed > before * 1.15, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(zoomed)));
    }
    auto window = openSeededWindowAt(kMoeTitle);
    QVERIFY(window);
    QCOMPARE(reader(*window)->zoomSteps(), 2);
    window->findChild<QAction *>(QStringLiteral("actionZoomReset"))->trigger();
    QCOMPARE(reader(*window)->document()->lastBlock().charFormat().font().pointSizeF(), before);
    for (int i = 0; i < 20; ++i)
        window->findChild<QAction *>(QStringLiteral("actionZoomOut"))->trigger();
    QCOMPARE(reader(*window)->zoomSteps(), dokhae::gui::ReaderView::kMinZoomSteps);
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
