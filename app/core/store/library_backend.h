#pragma once

#include "store/library_location.h"
#include "store/storage_health.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

// How a Library reaches its database, the one part of opening and closing that differs between a
// library file of one analyst (SQLite) and a team's server (PostgreSQL): what is checked before
// and at open, how the schema is brought up to date, what a session records, and what a failure
// means where the library lives. Everything after open (articles, search, entities, figures,
// charts, annotations) is the same SQL for both, with the differences asked of the connection's
// Dialect. The shape follows qBittorrent's resume-data storage: one abstract class, one
// implementation per database, chosen by the location at open.
namespace dokhae::store {

enum class OpenError;

struct BackendOptions {
    int busyTimeoutMs = 5000;
    // Told how a whole-library check goes, a few times a second; false stops it.
    std::function<bool(qint64 done, qint64 total)> checkProgress;
};

class LibraryBackend {
public:
    virtual ~LibraryBackend() = default;

    // Adds the connection `connectionName`, opens it and makes it ready: a library of a schema
    // this version knows, brought up to date, with this session recorded. On a refusal, *why and
    // a translated *message; the connection may be left for the caller to remove, and nothing at
    // the location was changed.
    virtual bool open(const QString &connectionName, OpenError *why, QString *message) = 0;
    // Before the connection closes: the session is ended.
    virtual void close(QSqlDatabase &db, const QString &connectionName) = 0;
    // Whether open() read the whole library (after an unclean close).
    virtual bool checkedWholeOnOpen() const = 0;
    // Reads everything there is to check, on demand: Ok, or why not with a translated *message.
    virtual Health checkWhole(QSqlDatabase &db, QString *message) = 0;
    // What a failed statement's health means given where the library lives (a write that failed
    // for lack of room is a full disk, whatever the database said).
    virtual Health accountFor(Health health) const = 0;
    // The library as messages name it: the file's path, or the server's URI.
    virtual QString name() const = 0;
    // Whether `db` answers; if not and the library can be reached again, `db` is opened anew
    // (a server that restarted ends its sessions). False while it cannot be reached.
    // ServerTrial::Answered: the caller has just seen the server answer a connection of its own
    // (off the GUI thread), so it is not tried again here, where a distant server would hold it.
    virtual bool reconnect(QSqlDatabase &db, ServerTrial trial) = 0;
};

// The backend for a location (which must be valid).
std::unique_ptr<LibraryBackend> makeBackend(const LibraryLocation &location, BackendOptions options);

} // namespace dokhae::store
