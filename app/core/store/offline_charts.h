#pragma once

#include "charts/chart_spec.h"
#include "store/offline_journal.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace dokhae::store {

class ChartStore;

// One change to a chart made while the team library's server was away.
struct PendingChartEdit {
    enum class Kind { Add, Update, Hide, Show, Move };
    Kind kind = Kind::Update;
    qint64 id = 0;          // the chart; a chart added offline has a provisional id below 0
    charts::ChartSpec spec;  // Add, Update: the chart as made
    int position = 0;       // Move: where to
};

// The analyst's chart edits (new charts, edits, deletions and their undo, moves) while a team
// library's server cannot be reached, kept as OfflineAnnotations keeps notes: in a journal,
// shown as if stored (over the charts read last), and sent when the server returns, through a
// ChartStore that stores them. Charts belong to the team, so the last edit wins, as online.
// A chart added offline has a provisional id (below 0) until it is sent; the ids the server gave
// are remembered, so that the window's undo steps, which keep the provisional one, still work.
// Used by ChartStore (setOffline) and, for sending, by the window's connection watch.
class OfflineCharts {
public:
    explicit OfflineCharts(QString journalPath);

    QString journalPath() const { return m_journal.path(); }
    QString loadError() const { return m_loadError; }

    // What the server said last, for reading while it is away.
    void rememberArticle(qint64 articleId, const QList<charts::ChartSpec> &charts);
    // The remembered charts with the pending changes applied, in their order.
    QList<charts::ChartSpec> articleCharts(qint64 articleId) const;
    std::optional<charts::ChartSpec> chart(qint64 id) const;

    // Records a change (and writes the journal); false with *error when the journal cannot be
    // written (then nothing changed).
    std::optional<qint64> add(charts::ChartSpec spec, QString *error);
    bool update(const charts::ChartSpec &spec, QString *error);
    bool setHidden(qint64 id, bool hidden, QString *error);
    bool move(qint64 id, int position, QString *error);

    int pendingCount() const { return int(m_pending.size()); }
    // The id a chart has in the library: the server's for one added offline and sent since.
    qint64 storedId(qint64 id) const { return m_sentIds.value(id, id); }

    // Sends the pending changes, oldest first, through `charts` (which must not keep them offline
    // again); what was sent leaves the journal, and what could not be stays for the next try.
    JournalSendReport send(ChartStore &charts);

private:
    bool record(const PendingChartEdit &edit, QString *error);
    bool save(QString *error) const;
    // The article's charts as the server had them, hidden ones apart.
    QList<charts::ChartSpec> remembered(qint64 articleId) const;
    qint64 articleOf(qint64 chartId) const;

    OfflineJournal m_journal;
    QString m_loadError;
    QHash<qint64, QList<qint64>> m_order;      // article -> its charts' ids, as last read
    QHash<qint64, charts::ChartSpec> m_known;  // every chart read or made, by id
    QList<PendingChartEdit> m_pending;
    QHash<qint64, qint64> m_sentIds;  // provisional id -> the server's
    qint64 m_nextProvisional = -1;
};

} // namespace dokhae::store
