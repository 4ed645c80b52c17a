#include "event_loop_probe.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using dokhae::gui::EventLoopProbe;

// The probe measures the GUI thread's event loop: a busy block must show as a stall of about its
// length, and a loop left free must not.
class TestEventLoopProbe : public QObject {
    Q_OBJECT

private:
    // The event loop left free for ms. (QTest::qWait would not do: it sleeps between its rounds
    // of events, which is exactly what the probe reports.)
    static void runLoopFor(int ms)
    {
        QEventLoop loop;
        QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
        loop.exec();
    }

    static void busyFor(int ms)
    {
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < ms) {
        }
    }

public:
    // Before the QApplication exists: the GUI thread of a window application, without a display.
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private slots:
    void aBusyBlockOnTheLoopIsReportedAsTheLongestStall()
    {
        EventLoopProbe probe;
        QSignalSpy stalls(&probe, &EventLoopProbe::stalled);
        probe.start();
        runLoopFor(100);
        QTimer::singleShot(0, [] { busyFor(120); });
        runLoopFor(200);
        probe.stop();
        const EventLoopProbe::Figures figures = probe.figures();
        QVERIFY2(figures.maxMs >= 100, qPrintable(QString::number(figures.maxMs)));
        QVERIFY2(figures.maxMs < 1000, qPrintable(QString::number(figures.maxMs)));
        QCOMPARE(figures.stallsOver50Ms, 1);
        QCOMPARE(stalls.size(), 1);
        QVERIFY(stalls.first().at(0).toDouble() >= 100);
        QVERIFY(figures.samples > 20);  // the timer went on being served around the block
        QVERIFY(figures.runMs >= 300);
    }

    void anIdleLoopStaysWithinAFewMilliseconds()
    {
        EventLoopProbe probe;
        probe.start();
        runLoopFor(400);
        probe.stop();
        const EventLoopProbe::Figures figures = probe.figures();
        QVERIFY2(figures.samples >= 40, qPrintable(QString::number(figures.samples)));  // ~80 at 5 ms
        QVERIFY2(figures.p50Ms < 5, qPrintable(QString::number(figures.p50Ms)));
        QVERIFY2(figures.maxMs < 50, qPrintable(QString::number(figures.maxMs)));
        QCOMPARE(figures.stallsOver50Ms, 0);
    }

    void aBlockThatEndsInTheStoppingEventStillCounts()
    {
        EventLoopProbe probe;
        probe.start();
        runLoopFor(50);
        busyFor(80);  // the test itself holds the loop, then stops the probe in the same event
        probe.stop();
        QVERIFY2(probe.figures().maxMs >= 70, qPrintable(QString::number(probe.figures().maxMs)));
    }

    void startingAgainForgetsTheEarlierRun()
    {
        EventLoopProbe probe;
        probe.start();
        busyFor(80);
        runLoopFor(20);
        probe.stop();
        QVERIFY(probe.figures().maxMs >= 70);
        probe.start();
        runLoopFor(100);
        probe.stop();
        QVERIFY2(probe.figures().maxMs < 50, qPrintable(QString::number(probe.figures().maxMs)));
        QVERIFY(!probe.isRunning());
    }
};

QTEST_MAIN(TestEventLoopProbe)
#include "test_event_loop_probe.moc"
