#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace dokhae::store {

// Prepares and runs one statement with its values bound in order: the one way the store's files
// run parameterised SQL, so binding stays positional and failures stay visible in query.lastError().
bool runStatement(QSqlQuery &query, const QString &sql, const QVariantList &values = {});

// The moment of a write as the library stores it: UTC, ISO 8601 with milliseconds.
QString utcTimestamp();

} // namespace dokhae::store
