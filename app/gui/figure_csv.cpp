#include "figure_csv.h"

#include "text/code_points.h"

#include <QStringList>

namespace dokhae::gui {

QByteArray figuresToCsv(const QList<figures::Figure> &figures, const QString &readingText)
{
    const QStringList header{
        QStringLiteral("text"),  QStringLiteral("start"),    QStringLiteral("end"),
        QStringLiteral("kind"),  QStringLiteral("value"),    QStringLiteral("value_max"),
        QStringLiteral("currency"), QStringLiteral("unit"),  QStringLiteral("approx"),
        QStringLiteral("bound"), QStringLiteral("year"),     QStringLiteral("subject"),
        QStringLiteral("sentence"),
    };
    QList<QStringList> rows{header};
    for (const figures::Figure &figure : figures) {
        rows << QStringList{
            figure.text,
            QString::number(text::utf16ToCodePoint(readingText, figure.start)),
            QString::number(text::utf16ToCodePoint(readingText, figure.end)),
            figures::figureKindName(figure.kind),
            util::csvNumber(figure.value),
            figure.valueMax ? util::csvNumber(*figure.valueMax) : QString(),
            figure.currency,
            figure.unit,
            figure.approximate ? QStringLiteral("true") : QStringLiteral("false"),
            figures::boundName(figure.bound),
            figure.year ? QString::number(*figure.year) : QString(),
            figure.subject,
            readingText.mid(figure.sentenceStart, figure.sentenceEnd - figure.sentenceStart).trimmed(),
        };
    }
    return util::csvDocument(rows);
}

} // namespace dokhae::gui
