#include "charts/chart_shape.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace dokhae::charts::detail {

namespace {

using figures::Figure;
using figures::FigureKind;

// The fullest way the text names the measure (AI 산업 민간 투자액 over 민간 투자액, which later
// sentences shorten it to): a title should say what the whole comparison is of.
QString fullestMeasure(const QList<Comparison> &comparisons)
{
    QString fullest;
    for (const Comparison &comparison : comparisons) {
        for (const SourcedFigure &member : comparison.members) {
            const QString &measure = member.figure.measure;
            if (measure.size() > fullest.size())
                fullest = measure;
        }
    }
    return fullest;
}

QString periodOf(const QList<Comparison> &comparisons)
{
    QStringList years;
    for (const Comparison &comparison : comparisons) {
        if (comparison.year && !years.contains(QString::number(*comparison.year)))
            years << QString::number(*comparison.year);
    }
    return years.join(u'·');
}

} // namespace

QString unitKey(const Figure &figure)
{
    return figure.kind == FigureKind::Money ? figure.currency : figure.unit;
}

ChartPoint pointFor(const SourcedFigure &member, const ChartLabels &labels)
{
    const Figure &f = member.figure;
    ChartPoint point;
    point.labelKo = f.subject.isEmpty() ? f.text : f.subject;
    point.labelEn = f.subject.isEmpty() ? figures::displayValue(f, QStringLiteral("en")) : labels.subjectEn(f.subject);
    point.value = f.value;
    point.displayKo = figures::displayValue(f, QStringLiteral("ko"));
    point.displayEn = figures::displayValue(f, QStringLiteral("en"));
    point.source = member.source;
    return point;
}

ChartKind chooseKind(const ChartSpec &spec)
{
    if (spec.series.size() > 1)
        return ChartKind::GroupedBar;
    if (spec.series.isEmpty())
        return ChartKind::Bar;
    const QList<ChartPoint> &points = spec.series.first().points;
    if (spec.isPercent() && points.size() >= 2) {
        double sum = 0;
        for (const ChartPoint &p : points)
            sum += p.value;
        if (std::abs(sum - 100.0) <= 1.0)
            return ChartKind::Pie;
    }
    const bool longLabels = std::any_of(points.begin(), points.end(), [](const ChartPoint &p) {
        return p.labelKo.size() > 8 || p.labelEn.size() > 16;
    });
    return longLabels || points.size() > 6 ? ChartKind::HorizontalBar : ChartKind::Bar;
}

ChartSpec specFor(const QList<Comparison> &comparisons, const ChartLabels &labels)
{
    ChartSpec spec;
    if (comparisons.isEmpty() || comparisons.first().members.isEmpty())
        return spec;
    const Figure &first = comparisons.first().members.first().figure;
    spec.articleId = comparisons.first().members.first().source.articleId;
    spec.currency = first.kind == FigureKind::Money ? first.currency : QString();
    spec.unit = first.kind == FigureKind::Money ? QString() : first.unit;
    spec.measure = fullestMeasure(comparisons);
    if (comparisons.size() == 1)
        spec.year = comparisons.first().year;
    const QString period = periodOf(comparisons);
    const QString measure = spec.measure.isEmpty() ? first.text : spec.measure;
    spec.titleKo = labels.titleKo(measure, spec.isPercent(), period);
    spec.titleEn = labels.titleEn(measure, spec.isPercent(), period);
    for (const Comparison &comparison : comparisons) {
        ChartSeries series;
        if (comparisons.size() > 1 && comparison.year) {
            series.nameKo = QStringLiteral("%1년").arg(*comparison.year);
            series.nameEn = QString::number(*comparison.year);
        }
        for (const SourcedFigure &member : comparison.members)
            series.points.append(pointFor(member, labels));
        spec.series.append(series);
    }
    spec.kind = chooseKind(spec);
    return spec;
}

} // namespace dokhae::charts::detail
