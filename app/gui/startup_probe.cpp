#include "startup_probe.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QRegularExpression>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace dokhae::gui {

namespace {

// A line of /proc/self/status such as "VmRSS:  81234 kB", in MB; 0 where there is no such file.
double statusMb(const QByteArray &status, const char *field)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(\\d+) kB$").arg(QLatin1String(field)),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(status));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : 0.0;
}

} // namespace

StartupProbe::StartupProbe(QWidget &window, QElapsedTimer sinceLaunch, Then then)
    : QObject(&window)
    , m_window(&window)
    , m_sinceLaunch(sinceLaunch)
    , m_then(then)
{
    qApp->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_painted = true;
        // A window is painted widget by widget in one pass and then flushed to the screen: a
        // zero-time timer fires after that pass, when the whole first frame is there.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    qApp->removeEventFilter(this);
    std::printf("startup_ms %lld\n", static_cast<long long>(m_sinceLaunch.elapsed()));
    std::fflush(stdout);
    if (m_then == Then::ScrollListToEnd)
        scrollListToEnd();
    QCoreApplication::exit(0);
}

void StartupProbe::scrollListToEnd()
{
    auto *list = m_window ? m_window->findChild<QAbstractItemView *>(QStringLiteral("articleTable")) : nullptr;
    if (!list) {
        std::fprintf(stderr, "no library list to scroll\n");
        return;
    }
    QElapsedTimer scrolling;
    scrolling.start();
    // The view reads more rows when its scroll bar reaches the end; each jump is painted before
    // the next, as the key held down would show it.
    const QAbstractItemModel *rows = list->model();
    for (int stalled = 0; rows->canFetchMore(list->rootIndex());) {
        const int before = rows->rowCount(list->rootIndex());
        list->scrollToBottom();
        QCoreApplication::processEvents();
        // The view must have read more by now; a list that never does would hold this forever.
        if (rows->rowCount(list->rootIndex()) == before && ++stalled == 1000) {
            std::fprintf(stderr, "the library list stopped reading rows at %d\n", before);
            break;
        }
    }
    list->scrollToBottom();
    QCoreApplication::processEvents();
    const qint64 elapsed = scrolling.elapsed();
    QFile statusFile(QStringLiteral("/proc/self/status"));
    const QByteArray status = statusFile.open(QIODevice::ReadOnly) ? statusFile.readAll() : QByteArray();
    std::printf("scroll_ms %lld\nrows %d\nrss_mb %.0f\npeak_rss_mb %.0f\n", static_cast<long long>(elapsed),
                rows->rowCount(list->rootIndex()), statusMb(status, "VmRSS"), statusMb(status, "VmHWM"));
    std::fflush(stdout);
}

} // namespace dokhae::gui
