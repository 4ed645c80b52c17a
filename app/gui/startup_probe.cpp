#include "startup_probe.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace dokhae::gui {

StartupProbe::StartupProbe(QWidget &window, QElapsedTimer sinceLaunch)
    : QObject(&window)
    , m_window(&window)
    , m_sinceLaunch(sinceLaunch)
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
    QCoreApplication::exit(0);
}

} // namespace dokhae::gui
