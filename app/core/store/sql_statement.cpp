#include "store/sql_statement.h"

#include "store/sqlite_dialect.h"

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

bool inWriteTransaction(QSqlDatabase &db, const std::function<bool(QString *error)> &work, QString *error)
{
    QSqlError sqlError;
    if (!sqlite::beginWrite(db, &sqlError)) {
        if (error)
            *error = sqlite::errorDetail(sqlError);
        return false;
    }
    QString reason;
    if (work(&reason) && db.commit())
        return true;
    if (reason.isEmpty())
        reason = sqlite::errorDetail(db.lastError());
    db.rollback();
    if (error)
        *error = reason;
    return false;
}

QString textOrEmpty(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString utcTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace dokhae::store
