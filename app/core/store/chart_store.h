#pragma once

#include "charts/chart_spec.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;

namespace dokhae::store {

class Library;
class OfflineCharts;

// A chart with what the views leave out: whether it is hidden (deleted, kept for undo), whether
// it is a suggestion the analyst edited, and the revision it was suggested from.
struct StoredChart {
    charts::ChartSpec spec;
    QString revision;  // SHA-256 of that revision; empty for the analyst's own charts
    bool hidden = false;
    bool edited = false;
};

// The charts kept in the library: those suggested at import and those the analyst made. Each
// change is one transaction; a deleted chart is hidden, not erased, so undo brings it back whole.
// Use it on the thread that opened the library. Each call returns false / nullopt (and sets
// lastError()) when nothing was stored.
class ChartStore
{
public:
    explicit ChartStore(const Library &library);

    const Library &library() const { return m_library; }
    // On a team library: while the server cannot be reached, changes go to `offline` (kept and
    // sent when it returns) and reads answer from what was read last. Not owned; null: none.
    void setOffline(OfflineCharts *offline) { m_offline = offline; }

    // The charts of an article (its own and those with points from it), in their order.
    QList<charts::ChartSpec> articleCharts(qint64 articleId) const;
    QList<charts::ChartSpec> allCharts() const;
    std::optional<charts::ChartSpec> chart(qint64 id) const;
    // Every chart the article owns, hidden ones included, in the order they were stored (for a
    // copy of the library: the n-th suggestion of a revision is the n-th in any library). nullopt
    // when the library could not be read.
    std::optional<QList<StoredChart>> ownedCharts(qint64 articleId) const;

    // A new chart of the analyst's, after the article's others; returns its id.
    std::optional<qint64> add(charts::ChartSpec spec);
    // Title, kind, labels, points of the chart with spec.id; an edited suggestion is kept when the
    // article is read again.
    bool update(const charts::ChartSpec &spec);
    bool setHidden(qint64 id, bool hidden);
    // Moves a chart to `position` among its article's charts, shifting the others. Positions are
    // kept dense (0, 1, 2, … hidden charts included), so a chart's position is its index there.
    bool move(qint64 id, int position);

    QString lastError() const { return m_lastError; }
    // Whether the last change was kept offline, to be sent when the server returns.
    bool lastChangeWaits() const { return m_lastChangeWaits; }

private:
    // After a failure: true when the server is away and the change could be kept offline by `keep`.
    bool keptOffline(const std::function<bool(OfflineCharts &, QString *)> &keep);
    // A chart's id in the library (one added offline has the server's id once sent).
    qint64 storedId(qint64 id) const;

    bool inTransaction(const QString &what, const std::function<bool(QSqlDatabase &)> &work);
    // Keeps the statement's error for the message; false.
    bool failedWith(const QSqlQuery &query);

    const Library &m_library;
    OfflineCharts *m_offline = nullptr;
    mutable QString m_lastError;
    bool m_lastChangeWaits = false;
};

} // namespace dokhae::store
