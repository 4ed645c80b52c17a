#pragma once

#include "annotations/annotation.h"
#include "store/annotation_rows.h"
#include "store/offline_journal.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dokhae::store {

// One change to an annotation made while the team library's server was away.
struct PendingAnnotationEdit {
    enum class Kind { Put, Remove };
    Kind kind = Kind::Put;
    annotations::Annotation annotation;  // Put: the state to store; Remove: the state removed
    // When the server's version the change was made on was last modified; invalid for an
    // annotation made offline. Sending compares it with the server's version then.
    QDateTime base;
};

// What sending the pending changes did.
struct PendingSendReport : JournalSendReport {
    int keptBoth = 0;    // the server's version had changed too: both kept, ours as a copy tagged "conflict"
    int keptTheirs = 0;  // a removal of a version the server had changed since: not removed
};

// What an analyst does to annotations while the team library's server cannot be reached: kept in
// a journal file (so that quitting, or a crash, loses none of it), shown in the window as if
// stored, and sent when the server returns. The last annotations and texts read from the server
// stay readable meanwhile. A change of an annotation a teammate changed meanwhile keeps both.
// Used by AnnotationStore (setOffline) and, for sending, by the window's connection watch.
class OfflineAnnotations {
public:
    // Loads the pending changes a previous session left in journalPath, if any.
    explicit OfflineAnnotations(QString journalPath);

    QString journalPath() const { return m_journal.path(); }
    QString loadError() const { return m_loadError; }

    // What the server said last, for reading while it is away.
    void rememberArticle(qint64 articleId, const QList<annotations::Annotation> &stored,
                         const std::optional<annotation_rows::CurrentRevision> &revision);
    std::optional<annotation_rows::CurrentRevision> revision(qint64 articleId) const;
    // The remembered annotations with the pending changes applied.
    QList<annotations::Annotation> articleAnnotations(qint64 articleId) const;
    std::optional<annotations::Annotation> annotation(const QString &id) const;

    // Records a change (and writes the journal); false with *error when the journal cannot be written.
    bool put(const annotations::Annotation &state, QString *error);
    bool remove(const QString &id, QString *error);

    int pendingCount() const { return int(m_pending.size()); }
    QList<PendingAnnotationEdit> pending() const { return m_pending; }

    // Sends the pending changes, oldest first, each in a transaction of its own; what was sent
    // leaves the journal, and what could not be stays for the next try.
    PendingSendReport send(QSqlDatabase &db);

private:
    std::optional<annotations::Annotation> remembered(const QString &id) const;
    bool save(QString *error) const;

    OfflineJournal m_journal;
    QString m_loadError;
    QHash<qint64, QList<annotations::Annotation>> m_known;
    QHash<qint64, annotation_rows::CurrentRevision> m_revisions;
    QList<PendingAnnotationEdit> m_pending;
};

} // namespace dokhae::store
