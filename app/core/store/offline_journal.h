#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace dokhae::store {

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

private:
    QString m_path;
};

// The journal of a kind of change ("annotations", "corrections") of a library, in the app's state folder.
QString offlineJournalPath(const QString &libraryLocation, const QString &kind);

} // namespace dokhae::store
