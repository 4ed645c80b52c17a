#pragma once

#include "bench_library_sections.h"

#include <QList>
#include <QString>

#include <functional>

// The sections of bench_team_library: the same measurement on the local SQLite library and on a
// team library on PostgreSQL, in one run, printed side by side (SQLite first, then PostgreSQL, then
// PostgreSQL / SQLite).
namespace dokhae::bench {

struct Backend {
    QString name;      // "SQLite", "PostgreSQL"
    QString location;  // what Library::open takes: a file path or a postgresql:// URI
    // What the library takes on disk now (the file and its WAL, or the database's size).
    std::function<qint64()> storedBytes;
    QString about;  // a line that says what it is, when the name does not
};

// "2.50" for a / b, a dash when b is zero.
QString ratio(double a, double b);

// The corpus imported into each library with the importer, as dokhae-cli import and the window
// do (files read ahead on worker threads, articles stored in batches); false when one failed.
bool measureTeamImport(const Setup &setup, const QList<Backend> &backends);

// The queries of bench_queries.h as the window runs them, the backends taking turns.
void measureTeamSearch(const Setup &setup, const QList<Backend> &backends);

struct ClientsPlan {
    int clients = 10;
    int annotationsEach = 200;
    int articlesEach = 20;  // the articles a client has open, besides the one all share
    double sharedShare = 0.25;  // of its annotations a client puts on the shared article
};
// Concurrent annotating clients, a thread and a connection each, on each backend in turn.
void measureAnnotatingClients(const QList<Backend> &backends, const ClientsPlan &plan);

} // namespace dokhae::bench
