#pragma once

#include "charts/chart_spec.h"
#include "claims/claim.h"

#include <QObject>
#include <QString>

#include <functional>

class QDockWidget;
class QMainWindow;

namespace dokhae::store {
class Library;
}

namespace dokhae::gui {

class ClaimsPane;
class TimelinePane;

// The analyst's desk in the window: the Claims and Timeline views of the whole library, each in a
// dock of its own under the panes (View ▸ Claims, View ▸ Timeline; tabbed together at first, and
// placed as the analyst leaves them). Each is read in the background — seconds on a large library
// — when it is first shown, and again after the library changes while it is shown (else when it
// is next shown). Activating a quotation or an event opens its sentence in the reader; Chart
// Sources makes a chart of a claim's quotations side by side.
class DeskDocks : public QObject {
    Q_OBJECT

public:
    struct Window {
        std::function<void(qint64 articleId, qsizetype start, qsizetype end)> openSentence;
        std::function<bool(const charts::ChartSpec &)> addChart;  // the Charts tab's, undoable
        std::function<void(const QString &)> showStatus;
    };

    DeskDocks(QMainWindow *window, Window hooks);

    // The window's library (its path is opened again by the background readers).
    void setLibrary(const store::Library *library);
    // Articles, notes or corrections changed: what the views show is read again.
    void libraryChanged();
    // After a change of interface language: titles, and values in the new language.
    void retranslateUi();

    QDockWidget *claimsDock() const { return m_claimsDock; }
    QDockWidget *timelineDock() const { return m_timelineDock; }
    ClaimsPane *claimsPane() const { return m_claims; }
    TimelinePane *timelinePane() const { return m_timeline; }

signals:
    // A background read was shown (tests, and a status line).
    void claimsShown();
    void timelineShown();

private:
    void readClaimsIfShown();
    void readTimelineIfShown();
    void readClaims();
    void readTimeline();
    void chartClaim(const claims::ClaimGroup &group);

    Window m_hooks;
    const store::Library *m_library = nullptr;
    QDockWidget *m_claimsDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    ClaimsPane *m_claims = nullptr;
    TimelinePane *m_timeline = nullptr;
    bool m_claimsStale = true;
    bool m_timelineStale = true;
    // A read answers only if no later one was asked for meanwhile (a change during a read).
    int m_claimsRead = 0;
    int m_timelineRead = 0;
};

} // namespace dokhae::gui
