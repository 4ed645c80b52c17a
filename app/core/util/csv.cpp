#include "util/csv.h"

#include <QLocale>

namespace dokhae::util {

QString csvField(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (const QChar c : value)
        quote = quote || special.contains(c);
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString csvNumber(double value)
{
    return QLocale::c().toString(value, 'f', QLocale::FloatingPointShortest);
}

QByteArray csvDocument(const QList<QStringList> &rows)
{
    const QString crlf = QStringLiteral("\r\n");
    QString csv;
    for (const QStringList &row : rows) {
        QStringList quoted;
        quoted.reserve(row.size());
        for (const QString &field : row)
            quoted << csvField(field);
        csv += quoted.join(QLatin1Char(',')) + crlf;
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace dokhae::util
