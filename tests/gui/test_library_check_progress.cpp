// The progress of the whole-file check after an unclean close: no dialog for a check that ends
// quickly, a dialog that follows the pages read once it takes a moment, and Stop stops it.
#include "library_check_progress.h"

#include <QApplication>
#include <QProgressDialog>
#include <QTest>
#include <QThread>
#include <QWidget>

using dokhae::gui::LibraryCheckProgress;

class TestLibraryCheckProgress : public QObject {
    Q_OBJECT

private slots:
    void quickCheckShowsNothing()
    {
        QWidget window;
        LibraryCheckProgress progress(&window);
        const auto report = progress.callback();
        QVERIFY(report(0, 500));
        QVERIFY(report(500, 500));
        QVERIFY(!window.findChild<QProgressDialog *>());
    }

    void longCheckShowsHowFarItGotAndCanBeStopped()
    {
        QWidget window;
        LibraryCheckProgress progress(&window);
        const auto report = progress.callback();
        QVERIFY(report(0, 1000));
        QThread::msleep(350);
        QVERIFY(report(250, 1000));
        auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("libraryCheckProgress"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->value(), 250);
        QVERIFY(dialog->labelText().contains(QStringLiteral("not closed properly")));
        QVERIFY(report(600, 1000));
        QCOMPARE(dialog->value(), 600);
        dialog->cancel();
        QVERIFY(!report(700, 1000));
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestLibraryCheckProgress test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_library_check_progress.moc"
