#include "claims/claim_chart.h"

#include <QSet>

namespace dokhae::claims {

namespace {

QString outletLabel(const ClaimMember &member)
{
    return member.article.outlet.isEmpty() ? member.article.title.left(24) : member.article.outlet;
}

// "테크브리프 · 2025-01-12" when that outlet has another point on the chart.
QString pointLabel(const ClaimGroup &group, const ClaimMember &member)
{
    const QString outlet = outletLabel(member);
    const auto sameOutlet = std::count_if(group.members.cbegin(), group.members.cend(),
                                          [&](const ClaimMember &m) { return outletLabel(m) == outlet; });
    if (sameOutlet < 2)
        return outlet;
    return member.article.published.isValid()
               ? QStringLiteral("%1 · %2").arg(outlet, member.article.published.toString(Qt::ISODate))
               : QStringLiteral("%1 · #%2").arg(outlet).arg(member.article.id);
}

} // namespace

charts::ChartSpec comparisonChart(const ClaimGroup &group, const QHash<qint64, QString> &revisions)
{
    charts::ChartSpec spec;
    spec.origin = charts::ChartOrigin::User;
    spec.articleId = group.members.isEmpty() ? 0 : group.members.first().article.id;
    spec.measure = group.measure;
    spec.year = group.year;
    const bool money = group.kind == figures::FigureKind::Money;
    spec.currency = money ? group.unit : QString();
    spec.unit = money ? QString() : group.unit;
    const QString year = group.year ? QString::number(*group.year) : QString();
    spec.titleKo = QStringLiteral("%1 %2%3: 출처별 비교")
                       .arg(group.subjectKo, group.measure, year.isEmpty() ? QString() : QStringLiteral(" (%1년)").arg(year));
    spec.titleEn = QStringLiteral("%1 %2%3 by source")
                       .arg(group.subjectEn, group.measure, year.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(year));

    charts::ChartSeries series;
    bool converted = false;
    for (const ClaimMember &member : group.members) {
        charts::ChartPoint point;
        point.labelKo = point.labelEn = pointLabel(group, member);
        point.value = member.normalized;
        point.displayKo = displayNormalized(group, member.normalized, QStringLiteral("ko"));
        point.displayEn = displayNormalized(group, member.normalized, QStringLiteral("en"));
        point.source.articleId = member.article.id;
        point.source.revision = revisions.value(member.article.id);
        point.source.start = member.figure.start;
        point.source.end = member.figure.end;
        point.source.sentenceStart = member.sentenceStart;
        point.source.sentenceEnd = member.sentenceStart + member.sentence.size();
        point.source.figureText = member.figure.text;
        point.source.sentence = member.sentence;
        converted = converted || (money && member.figure.currency != group.unit);
        series.points.append(point);
    }
    spec.series = {series};
    // Long outlet names read better across than under a bar.
    const bool longLabels = std::any_of(series.points.cbegin(), series.points.cend(),
                                        [](const charts::ChartPoint &p) { return p.labelKo.size() > 10; });
    spec.kind = longLabels || series.points.size() > 6 ? charts::ChartKind::HorizontalBar : charts::ChartKind::Bar;
    if (converted) {
        spec.noteKo = QStringLiteral("달러가 아닌 금액은 각 기사가 밝힌 환율로 환산");
        spec.noteEn = QStringLiteral("Amounts in other currencies converted at the rate each article states");
    }
    return spec;
}

} // namespace dokhae::claims
