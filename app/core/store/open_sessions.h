#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dokhae::store::sessions {

// Which connections have a library open, recorded in the library itself (open_sessions,
// migrations version 6), so that opening it after a crash or a power cut checks the whole file
// and opening it after clean closes does not. Reading every page of a 1 GB library took most of
// the time of a search from the command line; a clean close cannot have damaged it.
//
// A session is one connection: its host, the boot it ran in (a power cut ends a boot; process
// ids start again after it) and its process id, and its connection name. One left behind by a
// process that is gone on this host, or by an earlier boot of it, means that process never closed
// the library. Sessions of other hosts cannot be judged and are left alone.

enum class LastClose {
    Clean,     // every session that ended, ended by closing
    Unclean,   // a session was left by a process that is gone
    Unknown,   // no record (a library from before version 6, or unreadable): check to be safe
};

LastClose lastClose(QSqlDatabase &db);

// Records this connection's session, or removes it again; false (with the reason) when the
// library cannot be written. `connection` tells connections of one process apart.
bool begin(QSqlDatabase &db, const QString &connection, QString *error);
void end(QSqlDatabase &db, const QString &connection);

// Removes the sessions of processes that are gone, once the file has been checked.
void forgetAbandoned(QSqlDatabase &db);

} // namespace dokhae::store::sessions
