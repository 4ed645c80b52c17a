#include "connection_watch.h"

#include "store/chart_store.h"
#include "store/library.h"
#include "store/library_location.h"
#include "store/offline_annotations.h"
#include "store/offline_charts.h"
#include "store/offline_corrections.h"
#include "store/offline_journal.h"
#include "store/postgres_backend.h"


#include <spdlog/spdlog.h>

namespace dokhae::gui {

namespace {

// Often enough that a note typed after the server returns goes straight to it; rare enough to
// cost the server nothing.
constexpr int kTickMs = 5000;

} // namespace

ConnectionWatch::ConnectionWatch(store::Library &library, Window window, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_window(std::move(window))
{
    if (!store::LibraryLocation::looksLikeServer(m_library.path()))
        return;
    m_offline = std::make_unique<store::OfflineAnnotations>(store::offlineJournalPath(m_library.path(), QStringLiteral("annotations")));
    m_corrections = std::make_unique<store::OfflineCorrections>(store::offlineJournalPath(m_library.path(), QStringLiteral("corrections")));
    m_charts = std::make_unique<store::OfflineCharts>(store::offlineJournalPath(m_library.path(), QStringLiteral("charts")));
    for (const auto &[loadError, path] : {std::pair(m_offline->loadError(), m_offline->journalPath()),
                                          std::pair(m_corrections->loadError(), m_corrections->journalPath()),
                                          std::pair(m_charts->loadError(), m_charts->journalPath())}) {
        if (!loadError.isEmpty())
            m_window.showStatus(tr("The changes kept while the server was away could not be read (%1); the file was set "
                                   "aside next to %2.")
                                    .arg(loadError, path));
    }
    m_window.useOffline(m_offline.get());
    if (m_window.useOfflineCharts)
        m_window.useOfflineCharts(m_charts.get());
    m_library.setOffline(m_corrections.get());
    connect(&m_tick, &QTimer::timeout, this, &ConnectionWatch::check);
    m_tick.start(kTickMs);
    // Notes a previous session kept go as soon as the window is open.
    if (pendingCount() > 0)
        QTimer::singleShot(0, this, &ConnectionWatch::sendPending);
}

ConnectionWatch::~ConnectionWatch()
{
    if (m_trial)
        m_trial->wait();
}

void ConnectionWatch::check()
{
    if (!m_offline || m_trial)
        return;
    if (!m_away) {
        if (m_library.answers())
            return;
        serverAway();
    }
    const store::LibraryLocation location = store::LibraryLocation::parse(m_library.path());
    m_trial = QThread::create([this, location] { m_trialAnswer = store::postgres::answers(location, 5000); });
    m_trial->setParent(this);
    connect(m_trial, &QThread::finished, this, [this] {
        m_trial->deleteLater();
        m_trial = nullptr;
        serverAnswered(m_trialAnswer);
    });
    m_trial->start();
}

void ConnectionWatch::serverAway()
{
    m_away = true;
    spdlog::warn("The server of the team library {} cannot be reached", m_library.path().toStdString());
    m_window.showStatus(tr("The team library's server cannot be reached. What is open stays readable; notes you make "
                           "are kept and sent when it returns."));
    updateState();
}

void ConnectionWatch::serverAnswered(bool answers)
{
    if (!answers || !m_library.reconnect(store::ServerTrial::Answered)) {
        updateState();
        return;
    }
    const bool wasAway = std::exchange(m_away, false);
    const bool sent = sendPending();
    if (wasAway) {
        m_window.caughtUp();
        if (!sent)
            m_window.showStatus(tr("Connected to the team library again."));
    }
    updateState();
}

bool ConnectionWatch::sendPending()
{
    if (pendingCount() == 0)
        return false;
    QSqlDatabase db = m_library.connection();
    const store::PendingSendReport report = m_offline->send(db);
    const store::JournalSendReport corrected = m_library.sendOfflineCorrections();
    store::ChartStore charts(m_library);  // without a journal: what it cannot store is kept where it is
    const store::JournalSendReport charted = m_charts->send(charts);
    QStringList parts;
    if (report.sent > 0)
        parts << tr("%n note change(s) sent", nullptr, report.sent);
    if (report.keptBoth > 0)
        parts << tr("%n changed by a teammate meanwhile: both versions kept, yours tagged \"conflict\"", nullptr,
                    report.keptBoth);
    if (report.keptTheirs > 0)
        parts << tr("%n not deleted, since a teammate changed it meanwhile", nullptr, report.keptTheirs);
    if (!report.refused.isEmpty())
        parts << tr("%n refused by the server and kept in %1", nullptr, int(report.refused.size())).arg(report.setAsidePath);
    if (corrected.sent > 0)
        parts << tr("%n entity correction(s) sent", nullptr, corrected.sent);
    if (!corrected.refused.isEmpty())
        parts << tr("%n entity correction(s) refused by the server and kept in %1", nullptr, int(corrected.refused.size()))
                     .arg(corrected.setAsidePath);
    if (charted.sent > 0)
        parts << tr("%n chart change(s) sent", nullptr, charted.sent);
    if (!charted.refused.isEmpty())
        parts << tr("%n chart change(s) refused by the server and kept in %1", nullptr, int(charted.refused.size()))
                     .arg(charted.setAsidePath);
    if (!report.complete || !corrected.complete || !charted.complete)
        parts << tr("the rest waits: %1").arg(!report.complete ? report.error : !corrected.complete ? corrected.error : charted.error);
    if (!parts.isEmpty())
        m_window.showStatus(tr("Connected to the team library again: %1.").arg(parts.join(QStringLiteral("; "))));
    if (report.sent + report.keptBoth + report.keptTheirs + int(report.refused.size()) + corrected.sent
            + int(corrected.refused.size()) + charted.sent + int(charted.refused.size())
        > 0)
        m_window.caughtUp();
    updateState();
    return true;
}

void ConnectionWatch::updateState()
{
    const int waiting = pendingCount();
    if (m_away)
        m_window.showState(tr("Server away · %n change(s) waiting", nullptr, waiting));
    else if (waiting > 0)
        m_window.showState(tr("%n change(s) waiting to be sent", nullptr, waiting));
    else
        m_window.showState({});
}

int ConnectionWatch::pendingCount() const
{
    return m_offline ? m_offline->pendingCount() + m_corrections->pendingCount() + m_charts->pendingCount() : 0;
}

} // namespace dokhae::gui
