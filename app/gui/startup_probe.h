#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QWidget;

namespace dokhae::gui {

// For --measure-startup: once the window's first paint is done, prints "startup_ms N" (the
// milliseconds since `sinceLaunch` was started, at the top of main) and quits the application.
// For --measure-scroll, then also scrolls the library list to its end as a user holding End
// would, and prints "scroll_ms N", "rows N" (the rows the list then holds) and the process's
// memory, "rss_mb N" now and "peak_rss_mb N" at its highest. Watches the whole application's
// events, because the first widget painted may be any child.
class StartupProbe : public QObject {
public:
    enum class Then { Quit, ScrollListToEnd };
    StartupProbe(QWidget &window, QElapsedTimer sinceLaunch, Then then = Then::Quit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();
    void scrollListToEnd();

    QPointer<QWidget> m_window;
    QElapsedTimer m_sinceLaunch;
    Then m_then;
    bool m_painted = false;
};

} // namespace dokhae::gui
