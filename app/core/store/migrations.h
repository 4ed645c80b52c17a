#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dokhae::store {

// The schema version this build writes. A library with a higher version is refused, not touched.
int latestSchemaVersion();

// Version recorded in the meta table; 0 for a database without one (new file).
int schemaVersionOf(QSqlDatabase &db);

// True for an empty database or one whose meta table says it is a Dokhae library; false for
// someone else's SQLite file, which must not be touched.
bool isDokhaeLibrary(QSqlDatabase &db);

// Brings db from its version up to target (default: latest), each step in its own transaction.
// The connection must be configured first (sqlite::configureConnection): the search index needs
// the bigram tokenizer.
bool migrate(QSqlDatabase &db, QString *error, int targetVersion = -1);

} // namespace dokhae::store
