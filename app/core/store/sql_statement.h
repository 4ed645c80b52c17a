#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace dokhae::store {

// Prepares and runs one statement with its values bound in order: the one way the store's files
// run parameterised SQL, so binding stays positional and failures stay visible in query.lastError().
bool runStatement(QSqlQuery &query, const QString &sql, const QVariantList &values = {});

// Runs statements without values in order, stopping at the first that fails (its error in *error).
bool runStatements(QSqlDatabase &db, const QStringList &statements, QString *error);

// Runs one statement without values (transaction control, a pragma); its error, if any, into *error.
bool runControl(QSqlDatabase &db, const QString &sql, QSqlError *error);

// Runs `work` inside a transaction that holds the write lock from its start and commits it; on
// any failure rolls it back and returns false, with the reason in *error: the one `work` gave,
// else the database's. The one way the stores write more than one statement.
bool inWriteTransaction(QSqlDatabase &db, const std::function<bool(QString *error)> &work, QString *error);

// Qt's SQL drivers bind a null QString as SQL NULL; a text column that is NOT NULL takes an empty
// value as text all the same.
QString textOrEmpty(const QString &value);

// The database's own words for an error, without the driver's generic suffix.
QString errorDetail(const QSqlError &error);

// Whether the connection answers a statement now (a team library's server may have gone away):
// the one probe the library, its journals and its backend ask.
bool connectionAnswers(QSqlDatabase &db);

// The moment of a write as the library stores it: UTC, ISO 8601 with milliseconds.
QString utcTimestamp();

} // namespace dokhae::store
