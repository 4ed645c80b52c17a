#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace dokhae::store {

// How one database's schema is made and brought up to date: `create` makes an empty database a
// library of createdVersion in one step; upgrades[i] brings version createdVersion + i to the
// next. Each database has its own list (SQLite's started at version 1; PostgreSQL's, added at
// version 8, creates that version at once); both end at latestSchemaVersion().
struct SchemaSteps {
    using Step = std::function<bool(QSqlDatabase &, QString *)>;
    Step create;
    int createdVersion = 1;
    std::vector<Step> upgrades;
    int latestVersion() const { return createdVersion + static_cast<int>(upgrades.size()); }
};
const SchemaSteps &sqliteSchemaSteps();

// What the meta table's "application" key holds in every Dokhae library.
QString applicationName();

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
// The same with another database's steps.
bool migrate(QSqlDatabase &db, const SchemaSteps &schema, QString *error, int targetVersion = -1);

} // namespace dokhae::store
