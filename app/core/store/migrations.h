#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dokhae::store {

// The schema version this build writes. A library with a higher version is refused, not touched.
int latestSchemaVersion();

// Version recorded in the meta table; 0 for a database without one (new file).
int schemaVersionOf(QSqlDatabase &db);

// Brings db from its version up to target (default: latest), each step in its own transaction.
bool migrate(QSqlDatabase &db, QString *error, int targetVersion = -1);

} // namespace dokhae::store
