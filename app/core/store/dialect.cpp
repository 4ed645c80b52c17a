#include "store/dialect.h"

#include "store/postgres_dialect.h"
#include "store/sql_statement.h"
#include "store/sqlite_dialect.h"

#include <QSqlQuery>

namespace dokhae::store {

namespace {

const QString kArticleSavepoint = QStringLiteral("article");

} // namespace

const Dialect &dialectOf(const QSqlDatabase &db)
{
    static const sqlite::SqliteDialect sqliteDialect;
    static const postgres::PostgresDialect postgresDialect;
    if (db.driverName() == QLatin1String(postgres::kDriver))
        return postgresDialect;
    return sqliteDialect;
}

bool beginSavepoint(QSqlDatabase &db, QSqlError *error)
{
    return runControl(db, QStringLiteral("SAVEPOINT ") + kArticleSavepoint, error);
}

bool releaseSavepoint(QSqlDatabase &db, QSqlError *error)
{
    return runControl(db, QStringLiteral("RELEASE ") + kArticleSavepoint, error);
}

void rollbackToSavepoint(QSqlDatabase &db)
{
    // ROLLBACK TO leaves the savepoint open; RELEASE closes it, the batch's transaction goes on.
    QSqlQuery query(db);
    query.exec(QStringLiteral("ROLLBACK TO ") + kArticleSavepoint);
    query.exec(QStringLiteral("RELEASE ") + kArticleSavepoint);
}

} // namespace dokhae::store
