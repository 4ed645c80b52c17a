#pragma once

#include "entities/entity.h"
#include "store/entity_corrections.h"
#include "store/offline_journal.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dokhae::store {

class Library;

// One entity correction made while the team library's server was away.
struct PendingCorrection {
    enum class Kind { SaveEntity, RemoveEntity, Hide, Show, Merge, Unmerge };
    Kind kind = Kind::Hide;
    QString id;              // the entity; for merges the one merged away
    QString into;            // Merge: the entity it is merged into
    entities::Entity entity; // SaveEntity: the entity as saved
};


// The analyst's entity corrections (their own entities, hidden entities, merges) while a team
// library's server cannot be reached, as OfflineAnnotations keeps notes: in a journal, shown as if
// stored (over the corrections read last), and sent when the server returns, through the
// library's own calls. The last writer wins, as it does online. Used by Library (setOffline).
class OfflineCorrections {
public:
    explicit OfflineCorrections(QString journalPath);

    QString journalPath() const { return m_journal.path(); }
    QString loadError() const { return m_loadError; }

    // What the server said last.
    void rememberCorrections(const EntityCorrections &corrections) { m_corrections = corrections; }
    void rememberUserEntities(const QList<entities::Entity> &entities) { m_userEntities = entities; }
    // The remembered state with the pending corrections applied.
    EntityCorrections corrections() const;
    QList<entities::Entity> userEntities() const;

    bool record(const PendingCorrection &correction, QString *error);
    int pendingCount() const { return int(m_pending.size()); }

    // Sends the pending corrections, oldest first, through `library`'s calls (which must not
    // keep them offline again: Library detaches this journal while it sends).
    JournalSendReport send(Library &library);

private:
    bool save(QString *error) const;

    OfflineJournal m_journal;
    QString m_loadError;
    EntityCorrections m_corrections;
    QList<entities::Entity> m_userEntities;
    QList<PendingCorrection> m_pending;
};

} // namespace dokhae::store
