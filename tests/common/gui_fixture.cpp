#include "gui_fixture.h"

#include "reader_view.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBlock>

namespace dokhae::test {

namespace {
constexpr int kImportTimeoutMs = 20000;
constexpr int kSeedCount = 4;
} // namespace

void GuiTestCase::initMain()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
}

GuiTestCase::GuiTestCase(const QString &applicationName)
    : m_applicationName(applicationName)
{
}

void GuiTestCase::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("dokhae-test"));
    QCoreApplication::setApplicationName(m_applicationName);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void GuiTestCase::init()
{
    m_dbPath = m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++m_testNumber));
}

void GuiTestCase::cleanup()
{
    QSettings().clear();
}

std::unique_ptr<gui::MainWindow> GuiTestCase::openWindow() const
{
    auto window = std::make_unique<gui::MainWindow>(gui::MainWindow::Options{m_dbPath, QStringLiteral(DOKHAE_SEEDS_DIR)});
    if (!window->openLibrary())
        return {};
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    return window;
}

std::unique_ptr<gui::MainWindow> GuiTestCase::openSeededWindowAt(const QString &title) const
{
    auto window = openWindow();
    if (!window || !waitForImport(*window, kSeedCount))
        return {};
    auto *articles = window->findChild<QTableView *>(QStringLiteral("articleTable"));
    const int row = rowOfText(articles->model(), title);
    if (row < 0)
        return {};
    articles->selectRow(row);
    auto *reader = window->findChild<gui::ReaderView *>(QStringLiteral("readerView"));
    if (!QTest::qWaitFor([&] { return reader->document()->firstBlock().text() == title; }))
        return {};
    return window;
}

bool waitForImport(gui::MainWindow &window, int rows)
{
    auto *progress = window.findChild<QProgressBar *>(QStringLiteral("importProgressBar"));
    auto *articles = window.findChild<QTableView *>(QStringLiteral("articleTable"));
    return QTest::qWaitFor(
        [&] { return progress && progress->isHidden() && articles && articles->model()->rowCount() == rows; },
        kImportTimeoutMs);
}

int rowOfText(const QAbstractItemModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == text)
            return row;
    }
    return -1;
}

} // namespace dokhae::test
