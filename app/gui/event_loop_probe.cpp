#include "event_loop_probe.h"

#include <algorithm>

namespace dokhae::gui {

namespace {

constexpr double kStallMs = 50;

double nearestRank(const QList<double> &sorted, double fraction)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = static_cast<qsizetype>(fraction * static_cast<double>(sorted.size()) + 0.999999);
    return sorted.at(std::clamp<qsizetype>(rank, 1, sorted.size()) - 1);
}

} // namespace

EventLoopProbe::EventLoopProbe(std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
{
    // A coarse timer may be served up to 5% of its interval early or late by design; a precise
    // one is served on time whenever the loop is free, so any lateness is the loop's.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::tick);
}

void EventLoopProbe::start()
{
    m_latenessMs.clear();
    m_stoppedNs = -1;
    m_clock.start();
    m_lastTickNs = 0;
    m_timer.start();
}

void EventLoopProbe::stop()
{
    if (!isRunning())
        return;
    tick();
    m_timer.stop();
    m_stoppedNs = m_clock.nsecsElapsed();
}

void EventLoopProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double gapMs = static_cast<double>(now - m_lastTickNs) / 1e6;
    m_lastTickNs = now;
    const double lateMs = std::max(0.0, gapMs - static_cast<double>(m_timer.interval()));
    m_latenessMs.append(lateMs);
    if (lateMs > kStallMs)
        emit stalled(lateMs, static_cast<double>(now) / 1e6);
}

EventLoopProbe::Figures EventLoopProbe::figures() const
{
    QList<double> sorted = m_latenessMs;
    std::sort(sorted.begin(), sorted.end());
    Figures figures;
    figures.samples = static_cast<int>(sorted.size());
    figures.maxMs = sorted.isEmpty() ? 0 : sorted.last();
    figures.p50Ms = nearestRank(sorted, 0.50);
    figures.p99Ms = nearestRank(sorted, 0.99);
    figures.stallsOver50Ms = static_cast<int>(std::count_if(sorted.cbegin(), sorted.cend(), [](double ms) { return ms > kStallMs; }));
    const qint64 endNs = m_stoppedNs >= 0 ? m_stoppedNs : (m_clock.isValid() ? m_clock.nsecsElapsed() : 0);
    figures.runMs = static_cast<double>(endNs) / 1e6;
    return figures;
}

} // namespace dokhae::gui
