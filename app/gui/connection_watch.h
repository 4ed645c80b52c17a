#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <atomic>

#include <functional>
#include <memory>

namespace dokhae::store {
class Library;
class OfflineAnnotations;
class OfflineCharts;
class OfflineCorrections;
}

namespace dokhae::gui {

// Watches a team library's connection for a window. When the server goes away the window stays
// readable (what it loaded), the status bar says so, and annotations go to a journal
// (store::OfflineAnnotations) instead of the server; when it answers again the connection is
// opened anew, the journal is sent, and the window catches up with what teammates did meanwhile.
// Chart edits (store::OfflineCharts, set on the charts pane's store) and entity corrections
// (store::OfflineCorrections, set on the library) are kept and sent the same way.
// Whether the server is back is asked off the GUI thread (a server across a network may take
// seconds to refuse). On a library file it does nothing.
class ConnectionWatch : public QObject {
    Q_OBJECT

public:
    struct Window {
        std::function<void(store::OfflineAnnotations *)> useOffline;  // the annotation store's journal
        std::function<void(store::OfflineCharts *)> useOfflineCharts; // the chart store's
        std::function<void()> caughtUp;                               // re-listen and reload the panes
        std::function<void(const QString &)> showStatus;              // a passing message
        std::function<void(const QString &)> showState;               // a lasting one; empty: online
    };

    ConnectionWatch(store::Library &library, Window window, QObject *parent);
    ~ConnectionWatch() override;

    bool isAway() const { return m_away; }
    // Checks now instead of at the next tick (tests, and a window coming back from sleep).
    void check();

private:
    void serverAway();
    void serverAnswered(bool answers);
    bool sendPending();  // true when there was something to send (and the status bar says what)
    void updateState();
    int pendingCount() const;

    store::Library &m_library;
    Window m_window;
    std::unique_ptr<store::OfflineAnnotations> m_offline;
    std::unique_ptr<store::OfflineCorrections> m_corrections;
    std::unique_ptr<store::OfflineCharts> m_charts;
    QTimer m_tick;
    QPointer<QThread> m_trial;  // asking whether the server is back
    std::atomic<bool> m_trialAnswer = false;
    bool m_away = false;
};

} // namespace dokhae::gui
