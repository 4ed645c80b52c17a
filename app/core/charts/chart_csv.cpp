#include "charts/chart_csv.h"

#include "util/csv.h"

#include <QStringList>

namespace dokhae::charts {

QByteArray chartCsv(const ChartSpec &spec, const QString &language)
{
    // Column names are stable English whatever the language: a script reads them; the language
    // only picks the labels and the written values.
    QList<QStringList> rows{{
        QStringLiteral("series"),
        QStringLiteral("label"),
        QStringLiteral("value"),
        QStringLiteral("display"),
        QStringLiteral("unit"),
        QStringLiteral("article_id"),
        QStringLiteral("figure"),
        QStringLiteral("sentence"),
    }};
    // Money carries its currency in the unit column: one chart shows one currency.
    const QString unit = spec.currency.isEmpty() ? spec.unit : spec.currency;
    for (const ChartSeries &series : spec.series) {
        const QString name = seriesName(series, language);
        for (const ChartPoint &point : series.points) {
            rows << QStringList{
                name,
                pointLabel(point, language),
                util::csvNumber(point.value),
                pointDisplay(point, language),
                unit,
                point.source.articleId > 0 ? QString::number(point.source.articleId) : QString(),
                point.source.figureText,
                point.source.sentence,
            };
        }
    }
    return util::csvDocument(rows);
}

} // namespace dokhae::charts
