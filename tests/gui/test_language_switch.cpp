// Two languages at runtime: View ▸ Language switches the whole window between Korean and English
// and back, at once — menus, each pane, a model's header, a dialog of Qt's own, and the data that
// follows the language (figures written the Korean or the English way) — and remembers the choice.
#include "collating_proxy_model.h"
#include "gui_fixture.h"
#include "language.h"
#include "main_window.h"
#include "reader_view.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

using dokhae::gui::LanguageManager;
using dokhae::gui::MainWindow;

namespace {

const QString kTitle = QStringLiteral("글로벌 AI 패권의 경쟁자, 중국 AI 산업 전격 분석!");

// What a reader of the window sees of each part, in one list, to compare language against language.
struct Seen {
    QString fileMenu, viewMenu, libraryHeader, searchPlaceholder, figuresTab, chartsTab, notesTab, figureHeader,
        notesScope, entityDock, yesButton, firstMoney, libraryDate;
};

QString questionYesText(QWidget *parent)
{
    // Qt's own dialog, as every confirmation in the window is: its buttons come from qtbase's
    // translation, not ours.
    QString text;
    QTimer::singleShot(0, parent, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->button(QMessageBox::Yes)->text();
            box->reject();
        }
    });
    QMessageBox::question(parent, QStringLiteral("?"), QStringLiteral("?"), QMessageBox::Yes | QMessageBox::No);
    return text;
}

Seen seen(MainWindow &window)
{
    Seen s;
    s.fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"))->title();
    s.viewMenu = window.findChild<QMenu *>(QStringLiteral("viewMenu"))->title();
    auto *articles = window.findChild<QTableView *>(QStringLiteral("articleTable"));
    s.libraryHeader = articles->model()->headerData(0, Qt::Horizontal).toString();
    for (int row = 0; row < articles->model()->rowCount() && s.libraryDate.isEmpty(); ++row)
        s.libraryDate = articles->model()->index(row, 2).data().toString();
    s.searchPlaceholder = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->placeholderText();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("articleTabs"));
    s.figuresTab = tabs->tabText(0);
    s.chartsTab = tabs->tabText(1);
    s.notesTab = tabs->tabText(2);
    auto *figures = window.findChild<QTableView *>(QStringLiteral("figureTable"));
    s.figureHeader = figures->model()->headerData(0, Qt::Horizontal).toString();
    for (int row = 0; row < figures->model()->rowCount() && s.firstMoney.isEmpty(); ++row) {
        const QString value = figures->model()->index(row, 1).data().toString();
        if (value.contains(QStringLiteral("달러")) || value.contains(QLatin1Char('$')))
            s.firstMoney = value;
    }
    s.notesScope = window.findChild<QComboBox *>(QStringLiteral("annotationScope"))->currentText();
    for (auto *dock : window.findChildren<QDockWidget *>())
        s.entityDock += dock->windowTitle();
    s.yesButton = questionYesText(&window);
    return s;
}

} // namespace

class TestLanguageSwitch : public dokhae::test::GuiTestCase {
    Q_OBJECT

public:
    TestLanguageSwitch() : GuiTestCase(QStringLiteral("test_language_switch")) {}

private slots:
    void switchesThroughTheMenuAndBack();
    void systemChoiceFollowsTheLocale();
    void namesSortInTheLanguagesOrder();
};

void TestLanguageSwitch::switchesThroughTheMenuAndBack()
{
    auto window = openSeededWindowAt(kTitle);
    QVERIFY(window);
    QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("en"));
    Seen english = seen(*window);
    QCOMPARE(english.fileMenu, QStringLiteral("&File"));
    QCOMPARE(english.notesScope, QStringLiteral("This article"));
    QVERIFY2(english.firstMoney.contains(QStringLiteral("$7.76 billion")), qPrintable(english.firstMoney));
    QCOMPARE(english.yesButton.remove(QLatin1Char('&')), QStringLiteral("Yes"));
    QVERIFY2(english.libraryDate.contains(QStringLiteral(", 20")), qPrintable(english.libraryDate));  // Jul 25, 2025

    auto *korean = window->findChild<QAction *>(QStringLiteral("actionLanguageKorean"));
    QVERIFY(korean);
    korean->trigger();
    QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("ko"));
    QTRY_COMPARE(window->findChild<QMenu *>(QStringLiteral("fileMenu"))->title(), QStringLiteral("파일(&F)"));
    const Seen inKorean = seen(*window);
    QCOMPARE(inKorean.libraryHeader, QStringLiteral("제목"));
    QCOMPARE(inKorean.figuresTab, QStringLiteral("수치"));
    QCOMPARE(inKorean.chartsTab, QStringLiteral("차트"));
    QCOMPARE(inKorean.notesTab, QStringLiteral("메모"));
    QCOMPARE(inKorean.notesScope, QStringLiteral("이 기사"));
    QVERIFY2(inKorean.entityDock.contains(QStringLiteral("개체")), qPrintable(inKorean.entityDock));
    QVERIFY2(inKorean.firstMoney.contains(QStringLiteral("달러")), qPrintable(inKorean.firstMoney));
    QVERIFY2(inKorean.yesButton.contains(QStringLiteral("예")), qPrintable(inKorean.yesButton));
    QVERIFY2(inKorean.libraryDate.endsWith(QStringLiteral("일")), qPrintable(inKorean.libraryDate));  // 2025년 7월 25일
    // Everything a reader sees changed, nothing stayed English.
    const QStringList before{english.fileMenu, english.viewMenu, english.libraryHeader, english.searchPlaceholder,
                             english.figuresTab, english.chartsTab, english.notesTab, english.figureHeader,
                             english.notesScope, english.entityDock};
    const QStringList after{inKorean.fileMenu, inKorean.viewMenu, inKorean.libraryHeader, inKorean.searchPlaceholder,
                            inKorean.figuresTab, inKorean.chartsTab, inKorean.notesTab, inKorean.figureHeader,
                            inKorean.notesScope, inKorean.entityDock};
    for (qsizetype i = 0; i < before.size(); ++i)
        QVERIFY2(before[i] != after[i], qPrintable(before[i]));
    QCOMPARE(LanguageManager::rememberedChoice(), QStringLiteral("ko"));
    QVERIFY(korean->isChecked());
    // The reader rewrites its byline's date for the language, on the article on show.
    auto *articles = window->findChild<QTableView *>(QStringLiteral("articleTable"));
    auto *reader = window->findChild<dokhae::gui::ReaderView *>(QStringLiteral("readerView"));
    int dated = -1;
    for (int row = 0; row < articles->model()->rowCount() && dated < 0; ++row) {
        if (!articles->model()->index(row, 2).data().toString().isEmpty())
            dated = row;
    }
    QVERIFY(dated >= 0);
    articles->selectRow(dated);
    QTRY_VERIFY2(reader->document()->findBlockByNumber(1).text().contains(QStringLiteral("년")),
                 qPrintable(reader->document()->findBlockByNumber(1).text()));

    window->findChild<QAction *>(QStringLiteral("actionLanguageEnglish"))->trigger();
    QTRY_COMPARE(window->findChild<QMenu *>(QStringLiteral("fileMenu"))->title(), QStringLiteral("&File"));
    QVERIFY2(reader->document()->findBlockByNumber(1).text().contains(QStringLiteral(", 20")),
             qPrintable(reader->document()->findBlockByNumber(1).text()));
    articles->selectRow(dokhae::test::rowOfText(articles->model(), kTitle));
    QTRY_COMPARE(reader->document()->firstBlock().text(), kTitle);
    Seen back = seen(*window);
    QCOMPARE(back.libraryHeader, english.libraryHeader);
    QCOMPARE(back.notesScope, english.notesScope);
    QCOMPARE(back.firstMoney, english.firstMoney);
    QCOMPARE(back.yesButton.remove(QLatin1Char('&')), QStringLiteral("Yes"));
    QCOMPARE(LanguageManager::rememberedChoice(), QStringLiteral("en"));

    korean->trigger();
    QTRY_COMPARE(window->findChild<QMenu *>(QStringLiteral("fileMenu"))->title(), QStringLiteral("파일(&F)"));
    QCOMPARE(seen(*window).firstMoney, inKorean.firstMoney);
    LanguageManager::instance()->setChoice(QStringLiteral("en"));  // the next test starts in English
}

void TestLanguageSwitch::systemChoiceFollowsTheLocale()
{
    auto window = openWindow();
    QVERIFY(window);
    // The suite runs with LC_ALL=C.UTF-8: the system's language is English.
    window->findChild<QAction *>(QStringLiteral("actionLanguageSystem"))->trigger();
    QCOMPARE(LanguageManager::instance()->choice(), QStringLiteral("system"));
    QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("en"));
    QCOMPARE(QSettings().value(QStringLiteral("interface/language")).toString(), QStringLiteral("system"));
}

void TestLanguageSwitch::namesSortInTheLanguagesOrder()
{
    QStringListModel names({QStringLiteral("DeepSeek"), QStringLiteral("알리바바"), QStringLiteral("Alibaba"),
                            QStringLiteral("딥시크"), QStringLiteral("model 10"), QStringLiteral("model 9")});
    dokhae::gui::CollatingProxyModel sorted;
    sorted.setSourceModel(&names);
    const auto order = [&] {
        sorted.sort(0);
        QStringList shown;
        for (int row = 0; row < sorted.rowCount(); ++row)
            shown << sorted.index(row, 0).data().toString();
        return shown.join(QLatin1Char('|'));
    };
    // Korean collation puts Hangul first, in 가나다 order; numbers inside names compare as numbers.
    sorted.setLanguage(QStringLiteral("ko"));
    QCOMPARE(order(), QStringLiteral("딥시크|알리바바|Alibaba|DeepSeek|model 9|model 10"));
    sorted.setLanguage(QStringLiteral("en"));
    QCOMPARE(order(), QStringLiteral("Alibaba|DeepSeek|model 9|model 10|딥시크|알리바바"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "test_language_switch.moc"
