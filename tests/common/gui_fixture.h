// The common start of the window tests: offscreen, throwaway settings, a fresh library per test function.
#pragma once

#include "main_window.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QAbstractItemModel;

namespace dokhae::test {

// Why: every GUI suite needs the same throwaway settings, one fresh library per test and a shown window.
class GuiTestCase : public QObject {
    Q_OBJECT

public:
    // Before the QApplication exists: the offscreen platform and test-mode standard paths.
    static void initMain();

protected:
    explicit GuiTestCase(const QString &applicationName);

    QString dbPath() const { return m_dbPath; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    int testNumber() const { return m_testNumber; }

    // A window on this test's library (first run: the seeds are imported), shown and exposed.
    std::unique_ptr<gui::MainWindow> openWindow() const;
    // A window whose seed import has finished, with the seed article titled `title` on show.
    std::unique_ptr<gui::MainWindow> openSeededWindowAt(const QString &title) const;

private slots:
    void initTestCase(); // settings go to an INI file inside the temporary folder
    void init();         // each test function gets a library of its own
    void cleanup();      // no setting leaks into the next test function

private:
    QString m_applicationName;
    QTemporaryDir m_dir;
    QString m_dbPath;
    int m_testNumber = 0;
};

// Waits until no import is running and the article table holds `rows` rows.
bool waitForImport(gui::MainWindow &window, int rows);
// The first row whose first column reads `text`, or -1.
int rowOfText(const QAbstractItemModel *model, const QString &text);

} // namespace dokhae::test
