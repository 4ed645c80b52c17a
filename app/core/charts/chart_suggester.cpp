#include "charts/chart_suggester.h"

#include "charts/chart_shape.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace dokhae::charts {

namespace {

using detail::Comparison;
using figures::Figure;
using figures::FigureKind;

// Past this many characters from the last member, a figure of the same measure belongs to
// another passage of the article, not to the same comparison.
constexpr qsizetype kMaxGap = 800;

bool isComparable(const Figure &f)
{
    static const QSet<FigureKind> kinds{FigureKind::Money, FigureKind::Percent, FigureKind::Count,
                                        FigureKind::Quantity, FigureKind::Ratio};
    return kinds.contains(f.kind) && f.converts < 0 && !f.valueMax && !f.subject.isEmpty()
           && !f.measure.isEmpty();
}

qsizetype paragraphOf(const QString &text, qsizetype offset)
{
    return text.left(offset).count(u'\n');
}

// What must agree for two figures to be one comparison (the year decides the series).
struct GroupKey {
    qsizetype paragraph;
    QString measure;
    FigureKind kind;
    QString unit;
    bool operator==(const GroupKey &) const = default;
};

// A group under construction: one comparison per year, in text order.
struct Group {
    GroupKey key;
    QList<Comparison> byYear;
    qsizetype lastEnd = 0;

    Comparison &comparisonFor(std::optional<int> year)
    {
        for (Comparison &comparison : byYear) {
            if (comparison.year == year)
                return comparison;
        }
        byYear.append(Comparison{year, {}});
        return byYear.last();
    }
};

// Rates the article states through its conversions: units of `to` per unit of `from`.
class StatedRates
{
public:
    explicit StatedRates(const QList<Figure> &figures)
    {
        QHash<QString, QList<double>> seen;
        for (const Figure &f : figures) {
            if (f.converts >= 0 && f.converts < figures.size() && f.impliedRate && *f.impliedRate > 0)
                seen[figures[f.converts].currency + u'>' + f.currency].append(*f.impliedRate);
        }
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            double sum = 0;
            for (double rate : it.value())
                sum += rate;
            m_rates.insert(it.key(), sum / double(it.value().size()));
        }
    }

    std::optional<double> rate(const QString &from, const QString &to) const
    {
        if (const auto it = m_rates.constFind(from + u'>' + to); it != m_rates.cend())
            return *it;
        if (const auto it = m_rates.constFind(to + u'>' + from); it != m_rates.cend())
            return 1.0 / *it;
        return std::nullopt;
    }

private:
    QHash<QString, double> m_rates;
};

QList<Group> groupFigures(const QString &text, const QList<SourcedFigure> &candidates)
{
    QList<Group> groups;
    for (const SourcedFigure &candidate : candidates) {
        const Figure &f = candidate.figure;
        const GroupKey key{paragraphOf(text, f.start), figures::measureKey(f.measure), f.kind, detail::unitKey(f)};
        auto open = std::find_if(groups.rbegin(), groups.rend(), [&](const Group &g) {
            return g.key == key && f.start - g.lastEnd <= kMaxGap;
        });
        Group &group = open != groups.rend() ? *open : (groups.append(Group{key, {}, 0}), groups.last());
        Comparison &comparison = group.comparisonFor(f.year);
        const bool subjectTaken = std::any_of(comparison.members.begin(), comparison.members.end(),
                                              [&](const SourcedFigure &m) { return m.figure.subject == f.subject; });
        if (!subjectTaken)
            comparison.members.append(candidate);
        group.lastEnd = f.end;
    }
    return groups;
}

// Money of another currency joins a comparison of the same measure and year, converted at the
// article's own rate; without one it stays apart.
qsizetype memberCount(const Group &group)
{
    qsizetype count = 0;
    for (const Comparison &comparison : group.byYear)
        count += comparison.members.size();
    return count;
}

void convertCurrencies(QList<Group> &groups, const StatedRates &rates, QHash<const Group *, QString> &notes)
{
    // The currency most of the comparison is written in is the chart's; the others convert to it.
    QList<Group *> targets;
    for (Group &group : groups)
        targets.append(&group);
    std::stable_sort(targets.begin(), targets.end(),
                     [](const Group *a, const Group *b) { return memberCount(*a) > memberCount(*b); });
    for (Group *targetGroup : targets) {
        Group &target = *targetGroup;
        if (target.key.kind != FigureKind::Money || target.byYear.isEmpty()) // emptied: converted already
            continue;
        for (Group &other : groups) {
            if (&other == &target || other.key.kind != FigureKind::Money || other.key.unit == target.key.unit
                || other.key.paragraph != target.key.paragraph || other.key.measure != target.key.measure
                || other.byYear.isEmpty())
                continue;
            const auto rate = rates.rate(other.key.unit, target.key.unit);
            if (!rate)
                continue;
            for (Comparison &comparison : other.byYear) {
                for (SourcedFigure member : comparison.members) {
                    member.figure.value *= *rate;
                    member.figure.currency = target.key.unit;
                    target.comparisonFor(comparison.year).members.append(member);
                }
            }
            other.byYear.clear();
            notes.insert(&target, QStringLiteral("%1>%2>%3").arg(other.key.unit, target.key.unit).arg(*rate, 0, 'g', 12));
        }
    }
}

void addConversionNote(ChartSpec &spec, const QString &note)
{
    const QStringList parts = note.split(u'>');
    if (parts.size() != 3)
        return;
    // Written the way the article would: one of the larger unit in the smaller (1 USD = 1,450 KRW).
    const QString &from = parts[0];
    const QString &to = parts[1];
    const double rate = parts[2].toDouble();
    const bool inverse = rate < 1.0;
    const QString rateText = QLocale(QLocale::English).toString(inverse ? 1.0 / rate : rate, 'f', 2);
    const QString equation = inverse ? QStringLiteral("1 %1 = %2 %3").arg(to, rateText, from)
                                     : QStringLiteral("1 %1 = %2 %3").arg(from, rateText, to);
    spec.noteKo = QStringLiteral("%1 금액은 기사에 나온 환율(%2)로 %3 환산").arg(from, equation, to);
    spec.noteEn = QStringLiteral("%1 amounts converted to %2 at the rate the article states (%3)").arg(from, to, equation);
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
    qsizetype start = std::clamp<qsizetype>(figure.sentenceStart, 0, text.size());
    qsizetype end = std::clamp<qsizetype>(figure.sentenceEnd, start, text.size());
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    PointSource source{articleId, revision, figure.start, figure.end, start, end, figure.text,
                       text.mid(start, end - start)};
    return {figure, source};
}

QList<ChartSpec> suggestCharts(qint64 articleId, const QString &revision, const QString &text,
                               const QList<Figure> &figures, const ChartLabels &labels)
{
    QList<SourcedFigure> candidates;
    for (const Figure &f : figures) {
        if (isComparable(f))
            candidates.append(sourcedFigure(f, articleId, revision, text));
    }
    QList<Group> groups = groupFigures(text, candidates);
    QHash<const Group *, QString> notes;
    convertCurrencies(groups, StatedRates(figures), notes);

    QList<ChartSpec> charts;
    for (const Group &group : groups) {
        QList<Comparison> comparisons;
        for (const Comparison &comparison : group.byYear) {
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
            if (notes.contains(&group))
                addConversionNote(spec, notes.value(&group));
            spec.position = int(charts.size());
            charts.append(spec);
        }
        if (auto line = lineFor(group, labels)) {
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
