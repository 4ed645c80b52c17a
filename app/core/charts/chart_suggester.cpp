#include "charts/chart_suggester.h"

#include "charts/chart_grouping.h"
#include "charts/chart_shape.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace dokhae::charts {

namespace {

using detail::Comparison;
using detail::Group;
using figures::Figure;
using figures::FigureKind;

// The parts of a whole are a pie; the whole itself is told in the note (합계 2,959표 / total 2,959).
void describeWhole(ChartSpec &spec, const SourcedFigure &whole)
{
    spec.kind = ChartKind::Pie;
    const QString ko = QStringLiteral("합계 %1").arg(figures::displayValue(whole.figure, QStringLiteral("ko")));
    const QString en = QStringLiteral("Total %1").arg(figures::displayValue(whole.figure, QStringLiteral("en")));
    spec.noteKo = spec.noteKo.isEmpty() ? ko : spec.noteKo + QStringLiteral(" · ") + ko;
    spec.noteEn = spec.noteEn.isEmpty() ? en : spec.noteEn + QStringLiteral(" · ") + en;
}

// One subject in three or more years of the same measure: a time series.
std::optional<ChartSpec> lineFor(const Group &group, const ChartLabels &labels)
{
    QHash<QString, QList<SourcedFigure>> bySubject;
    for (const Comparison &comparison : group.byYear) {
        if (!comparison.year)
            continue;
        for (const SourcedFigure &member : comparison.members)
            bySubject[member.figure.subject].append(member);
    }
    for (auto it = bySubject.begin(); it != bySubject.end(); ++it) {
        if (it.value().size() < 3)
            continue;
        QList<SourcedFigure> members = it.value();
        std::sort(members.begin(), members.end(),
                  [](const SourcedFigure &a, const SourcedFigure &b) { return *a.figure.year < *b.figure.year; });
        ChartSpec spec = detail::specFor({Comparison{std::nullopt, members}}, labels);
        ChartSeries &series = spec.series.first();
        series.nameKo = it.key();
        series.nameEn = labels.subjectEn(it.key());
        for (qsizetype i = 0; i < members.size(); ++i) {
            series.points[i].labelKo = QStringLiteral("%1년").arg(*members[i].figure.year);
            series.points[i].labelEn = QString::number(*members[i].figure.year);
        }
        const QString period = QStringLiteral("%1–%2").arg(*members.first().figure.year).arg(*members.last().figure.year);
        spec.titleKo = QStringLiteral("%1 %2").arg(it.key(), labels.titleKo(spec.measure, spec.isPercent(), period));
        spec.titleEn = QStringLiteral("%1: %2").arg(series.nameEn, labels.titleEn(spec.measure, spec.isPercent(), period));
        spec.kind = ChartKind::Line;
        return spec;
    }
    return std::nullopt;
}

} // namespace

SourcedFigure sourcedFigure(const Figure &figure, qint64 articleId, const QString &revision, const QString &text)
{
    const figures::QuotedPassage passage = figures::quotedPassage(figure, text);
    PointSource source{articleId, revision,    figure.start, figure.end, passage.start, passage.end, figure.text,
                       text.mid(passage.start, passage.end - passage.start)};
    return {figure, source};
}

QList<ChartSpec> suggestCharts(qint64 articleId, const QString &revision, const QString &text,
                               const QList<Figure> &figures, const ChartLabels &labels)
{
    QList<SourcedFigure> candidates;
    for (const Figure &f : figures) {
        if (detail::isComparable(f))
            candidates.append(sourcedFigure(f, articleId, revision, text));
    }
    QList<Group> groups = detail::groupFigures(text, candidates);
    QHash<const Group *, QString> notes;
    detail::convertCurrencies(groups, figures, notes);

    QList<ChartSpec> charts;
    // An article compares a handful of things; past this many suggestions a text is not an article.
    constexpr qsizetype kMaxCharts = 40;
    for (const Group &group : groups) {
        if (charts.size() >= kMaxCharts)
            break;
        QList<Comparison> comparisons;
        std::optional<SourcedFigure> whole;
        for (Comparison comparison : group.byYear) {
            if (group.byYear.size() == 1)
                whole = detail::takeOutWhole(comparison);
            if (comparison.members.size() >= 2)
                comparisons.append(comparison);
        }
        // Two years side by side only when they compare the same subjects; otherwise each year
        // is a chart of its own.
        QList<QList<Comparison>> charted;
        for (const Comparison &comparison : comparisons) {
            const auto sameSubjects = [&](const QList<Comparison> &chart) {
                QStringList a, b;
                for (const SourcedFigure &m : chart.first().members)
                    a << m.figure.subject;
                for (const SourcedFigure &m : comparison.members)
                    b << m.figure.subject;
                std::sort(a.begin(), a.end());
                std::sort(b.begin(), b.end());
                return a == b;
            };
            auto match = std::find_if(charted.begin(), charted.end(), sameSubjects);
            if (match != charted.end())
                match->append(comparison);
            else
                charted.append({comparison});
        }
        for (const QList<Comparison> &chart : charted) {
            ChartSpec spec = detail::specFor(chart, labels);
            if (detail::isVagueMeasure(spec.measure))
                continue;
            if (notes.contains(&group))
                detail::addConversionNote(spec, notes.value(&group));
            if (whole)
                describeWhole(spec, *whole);
            spec.position = int(charts.size());
            charts.append(spec);
        }
        if (auto line = lineFor(group, labels); line && !detail::isVagueMeasure(line->measure)) {
            line->position = int(charts.size());
            charts.append(*line);
        }
    }
    return charts;
}

ChartSpec chartFromFigures(const QList<SourcedFigure> &chosen, const ChartLabels &labels)
{
    QList<Comparison> comparisons;
    std::optional<std::pair<FigureKind, QString>> shape;
    for (const SourcedFigure &member : chosen) {
        const Figure &f = member.figure;
        if (f.kind == FigureKind::Date || f.kind == FigureKind::Duration)
            continue;
        if (!shape)
            shape = std::pair{f.kind, detail::unitKey(f)};
        if (shape != std::pair{f.kind, detail::unitKey(f)})
            continue;
        auto it = std::find_if(comparisons.begin(), comparisons.end(), [&](const Comparison &c) { return c.year == f.year; });
        if (it == comparisons.end()) {
            comparisons.append(Comparison{f.year, {}});
            it = comparisons.end() - 1;
        }
        it->members.append(member);
    }
    // Separate series per year only when the years compare the same names again.
    if (comparisons.size() > 1) {
        QSet<QString> first;
        for (const SourcedFigure &m : comparisons.first().members)
            first.insert(m.figure.subject);
        const bool repeated = std::all_of(comparisons.begin(), comparisons.end(), [&](const Comparison &c) {
            return std::any_of(c.members.begin(), c.members.end(),
                               [&](const SourcedFigure &m) { return first.contains(m.figure.subject); });
        });
        if (!repeated) {
            Comparison all{std::nullopt, {}};
            for (const Comparison &c : comparisons)
                all.members += c.members;
            comparisons = {all};
        }
    }
    ChartSpec spec = detail::specFor(comparisons, labels);
    spec.origin = ChartOrigin::User;
    return spec;
}

} // namespace dokhae::charts
