#include "store/sql_statement.h"

#include "store/dialect.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dokhae::store {

bool runStatement(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

bool runStatements(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            if (error)
                *error = errorDetail(query.lastError());
            return false;
        }
    }
    return true;
}

bool runControl(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

bool inWriteTransaction(QSqlDatabase &db, const std::function<bool(QString *error)> &work, QString *error)
{
    QSqlError sqlError;
    if (!dialectOf(db).beginWrite(db, &sqlError)) {
        if (error)
            *error = errorDetail(sqlError);
        return false;
    }
    QString reason;
    if (work(&reason) && db.commit())
        return true;
    if (reason.isEmpty())
        reason = errorDetail(db.lastError());
    db.rollback();
    if (error)
        *error = reason;
    return false;
}

QString textOrEmpty(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString errorDetail(const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // Qt refuses statements on a connection it has closed (a team library's server that went
    // away) without recording an error.
    if (detail.trimmed().isEmpty())
        return QCoreApplication::translate("Library", "the connection to the library is closed");
    // PostgreSQL's "insufficient privilege" (SQLite's codes are small numbers): a GRANT or a row
    // rule of a team library refused this role the statement, which the server words in terms of
    // tables and policies.
    if (error.nativeErrorCode() == QLatin1String("42501")) {
        // The server's first line, without its "ERROR:" and the PL/pgSQL context after it.
        QString said = detail.section(u'\n', 0, 0).trimmed();
        if (said.startsWith(QLatin1String("ERROR:")))
            said = said.mid(6).trimmed();
        return QCoreApplication::translate("Library", "your role in this team library may not do this; ask an editor "
                                                      "or the library's administrator (the server said: %1)")
            .arg(said);
    }
    return detail;
}

bool connectionAnswers(QSqlDatabase &db)
{
    if (!db.isOpen())
        return false;
    QSqlQuery probe(db);
    return probe.exec(QStringLiteral("SELECT 1"));
}

QString utcTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace dokhae::store
