#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace dokhae::store {

class Library;

// What sending a journal's changes did (each kind of journal may tell more).
struct JournalSendReport {
    int sent = 0;
    bool complete = true;   // false: the server went away again (or the journal failed); the rest stays pending
    QStringList refused;    // the server's reasons; each change set aside in setAsidePath
    QString setAsidePath;
    QString error;
};

// A file of changes made while a team library's server was away (a JSON array, one object per
// change), for OfflineAnnotations and OfflineCorrections: read when a window opens the library,
// written whole and atomically at each change (so that quitting or a crash loses none of it),
// removed once empty. Changes the server refused go to a file beside it, one line each, with
// the server's reason.
class OfflineJournal {
public:
    explicit OfflineJournal(QString path);

    QString path() const { return m_path; }
    QString setAsidePath() const { return m_path + QStringLiteral(".refused"); }

    // The changes kept last time; an unreadable file is renamed ".unreadable" (kept for the
    // analyst), and *error says why.
    QJsonArray load(QString *error) const;
    bool save(const QJsonArray &changes, QString *error) const;
    bool setAside(QJsonObject change, const QString &reason, QString *error) const;

    // After `change` failed to send with `reason`: when the server still answers it said no (a
    // role's rules, a constraint), so the change is set aside and true returned, and sending goes
    // on with the next; when the server is away (or the change cannot be set aside), false, and
    // the rest waits. Either way `report` says so.
    bool passOver(const QJsonObject &change, const QString &reason, bool serverAnswers, JournalSendReport *report) const;

private:
    QString m_path;
};

// After a change failed on a team library: when its server is away, `keep` records the change in a
// journal instead, and true is returned (*lastError cleared). False when the server answers (the
// failure stands as it is) or the journal could not take it (*lastError then says why). The one
// decision the stores that keep changes offline (annotations, charts) share.
bool keptWhileAway(const Library &library, const std::function<bool(QString *error)> &keep, QString *lastError);

// The journal of a kind of change ("annotations", "corrections") of a library, in the app's state folder.
QString offlineJournalPath(const QString &libraryLocation, const QString &kind);

} // namespace dokhae::store
