#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QWidget;

namespace dokhae::gui {

// For --measure-startup: once the window's first paint is done, prints "startup_ms N" (the
// milliseconds since `sinceLaunch` was started, at the top of main) and quits the application.
// Watches the whole application's events, because the first widget painted may be any child.
class StartupProbe : public QObject {
public:
    StartupProbe(QWidget &window, QElapsedTimer sinceLaunch);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QPointer<QWidget> m_window;
    QElapsedTimer m_sinceLaunch;
    bool m_painted = false;
};

} // namespace dokhae::gui
