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
    // One index for all offsets: a conversion from the text's start per figure made an article of
    // thousands of figures cost thousands of passes over its text.
    const text::CodePointIndex codePoints(readingText);
    for (const figures::Figure &figure : figures) {
        // The quoted passage, not the whole sentence: a sentence of thousands of figures would be
        // written in full on each of their rows.
        const figures::QuotedPassage passage = figures::quotedPassage(figure, readingText);
        rows << QStringList{
            figure.text,
            QString::number(codePoints.toCodePoint(figure.start)),
            QString::number(codePoints.toCodePoint(figure.end)),
            figures::figureKindName(figure.kind),
            util::csvNumber(figure.value),
            figure.valueMax ? util::csvNumber(*figure.valueMax) : QString(),
            figure.currency,
            figure.unit,
            figure.approximate ? QStringLiteral("true") : QStringLiteral("false"),
            figures::boundName(figure.bound),
            figure.year ? QString::number(*figure.year) : QString(),
            figure.subject,
            readingText.mid(passage.start, passage.end - passage.start),
        };
    }
    return util::csvDocument(rows);
}

} // namespace dokhae::gui
