#pragma once

#include <QString>

// Where a library lives: a file of its own (SQLite), or a database on a team's PostgreSQL server
// named by a libpq connection URI (postgresql://user@host:port/database?sslmode=require). The
// window, the CLI and the importer pass the text around; Library::open tells the two apart here.
//
// A password is never part of what is kept: toString() leaves it out, and a URI that carries one
// is refused, so that it cannot end up in the settings file, a log or the recent-libraries menu.
// The server's password comes from libpq's own conventions (~/.pgpass, PGPASSFILE, a service
// file named by ?service=…), or is typed into the connection dialog and held in memory only.
namespace dokhae::store {

class LibraryLocation {
public:
    enum class Kind { File, Server };

    // A file path (made absolute), or a postgresql:// or postgres:// URI. isValid() is false,
    // with error() saying why (translated), for an empty text or a URI libpq would not take.
    static LibraryLocation parse(const QString &text);
    static bool looksLikeServer(const QString &text);
    // A server's location from its parts, as a connection dialog has them (port 0: libpq's
    // default; options as connectOptions() gives them).
    static LibraryLocation server(const QString &host, int port, const QString &database, const QString &user,
                                  const QString &options = {});

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }

    QString filePath() const { return m_filePath; }  // File
    // Server: a host name, or the folder of the server's Unix socket (starts with '/'); empty
    // for libpq's default.
    QString host() const { return m_host; }
    int port() const { return m_port; }  // 0: libpq's default (5432)
    QString database() const { return m_database; }
    QString user() const { return m_user; }  // empty: libpq's default (the login name)
    // Further libpq options from the URI's query (sslmode, service, connect_timeout, …), as
    // "key=value" joined by ';' for QSqlDatabase::setConnectOptions.
    QString connectOptions() const { return m_options; }

    // The text to keep and show: the path, or the URI without any password.
    QString toString() const;
    bool operator==(const LibraryLocation &other) const { return toString() == other.toString(); }

private:
    Kind m_kind = Kind::File;
    QString m_filePath;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_user;
    QString m_options;
    QString m_error;
};

} // namespace dokhae::store
