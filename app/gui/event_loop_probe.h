#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace dokhae::gui {

// Measures how long the thread's event loop is kept from serving events: a frequent precise timer
// should fire every interval, and each time it fires late, the lateness is how long something
// else held the loop (a slot, a paint, a query on the GUI thread). Keeps every lateness so that
// the longest and percentiles can be reported; a run of a minute at 5 ms is 12,000 numbers.
class EventLoopProbe : public QObject {
    Q_OBJECT

public:
    struct Figures {
        double maxMs = 0;   // the longest the loop was held
        double p50Ms = 0;
        double p99Ms = 0;
        int samples = 0;    // timer periods observed
        int stallsOver50Ms = 0;  // periods held longer than the window's budget for one event
        double runMs = 0;   // from start() to stop() (or now, while running)
    };

    explicit EventLoopProbe(std::chrono::milliseconds interval = std::chrono::milliseconds(5),
                            QObject *parent = nullptr);

    void start();  // forgets the figures of an earlier run
    // Stops; the time since the last tick counts as a period too, so a block that ends in the
    // event that stops the probe is not lost.
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    Figures figures() const;

signals:
    // Each period over the stall threshold as it ends, with when it ended (since start()).
    void stalled(double lateMs, double atMs);

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_stoppedNs = -1;
    QList<double> m_latenessMs;
};

} // namespace dokhae::gui
