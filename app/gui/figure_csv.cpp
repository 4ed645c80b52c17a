#include "figure_csv.h"

#include "text/code_points.h"

#include <QLocale>
#include <QStringList>

namespace dokhae::gui {

namespace {

QString number(double value)
{
    // Shortest exact digits, never an exponent or a group separator: 67200000000, 22.6.
    return QLocale::c().toString(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

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

QByteArray figuresToCsv(const QList<figures::Figure> &figures, const QString &readingText)
{
    const QStringList header{
        QStringLiteral("text"),  QStringLiteral("start"),    QStringLiteral("end"),
        QStringLiteral("kind"),  QStringLiteral("value"),    QStringLiteral("value_max"),
        QStringLiteral("currency"), QStringLiteral("unit"),  QStringLiteral("approx"),
        QStringLiteral("bound"), QStringLiteral("year"),     QStringLiteral("subject"),
        QStringLiteral("sentence"),
    };
    const QString crlf = QStringLiteral("\r\n");
    QString csv = header.join(QLatin1Char(',')) + crlf;
    for (const figures::Figure &figure : figures) {
        const QStringList fields{
            figure.text,
            QString::number(text::utf16ToCodePoint(readingText, figure.start)),
            QString::number(text::utf16ToCodePoint(readingText, figure.end)),
            figures::figureKindName(figure.kind),
            number(figure.value),
            figure.valueMax ? number(*figure.valueMax) : QString(),
            figure.currency,
            figure.unit,
            figure.approximate ? QStringLiteral("true") : QStringLiteral("false"),
            figures::boundName(figure.bound),
            figure.year ? QString::number(*figure.year) : QString(),
            figure.subject,
            readingText.mid(figure.sentenceStart, figure.sentenceEnd - figure.sentenceStart).trimmed(),
        };
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        csv += quoted.join(QLatin1Char(',')) + crlf;
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace dokhae::gui
