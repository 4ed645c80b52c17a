#include "charts/chart_grouping.h"

#include <QLocale>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace dokhae::charts::detail {

namespace {

using figures::Figure;
using figures::FigureKind;

// Past this many characters from the last member, a figure of the same measure belongs to
// another passage of the article, not to the same comparison.
constexpr qsizetype kMaxGap = 800;
// A chart past this many bars is no longer read, and a hostile text must not make grouping
// quadratic: each comparison keeps its first points, and a figure looks at the latest groups only.
constexpr qsizetype kMaxPoints = 30;
constexpr qsizetype kOpenGroups = 32;

// Paragraph numbers of offsets asked for in increasing order, counted once over the text: a long
// article with many figures must not be read again for each one.
class ParagraphCounter
{
public:
    explicit ParagraphCounter(const QString &text)
        : m_text(text)
    {
    }

    qsizetype at(qsizetype offset)
    {
        if (offset < m_position) { // out of order: count again from the start
            m_position = 0;
            m_paragraph = 0;
        }
        for (; m_position < std::min(offset, m_text.size()); ++m_position)
            m_paragraph += m_text[m_position] == u'\n';
        return m_paragraph;
    }

private:
    const QString &m_text;
    qsizetype m_position = 0;
    qsizetype m_paragraph = 0;
};

qsizetype memberCount(const Group &group)
{
    qsizetype count = 0;
    for (const Comparison &comparison : group.byYear)
        count += comparison.members.size();
    return count;
}

} // namespace

bool isComparable(const Figure &f)
{
    static const QSet<FigureKind> kinds{FigureKind::Money, FigureKind::Percent, FigureKind::Count,
                                        FigureKind::Quantity, FigureKind::Ratio};
    return kinds.contains(f.kind) && f.converts < 0 && !f.valueMax && !f.subject.isEmpty()
           && !f.measure.isEmpty();
}

Comparison &Group::comparisonFor(std::optional<int> year)
{
    for (Comparison &comparison : byYear) {
        if (comparison.year == year)
            return comparison;
    }
    byYear.append(Comparison{year, {}});
    return byYear.last();
}

QList<Group> groupFigures(const QString &text, const QList<SourcedFigure> &candidates)
{
    QList<Group> groups;
    ParagraphCounter paragraphs(text);
    for (const SourcedFigure &candidate : candidates) {
        const Figure &f = candidate.figure;
        const GroupKey key{paragraphs.at(f.start), figures::measureKey(f.measure), f.kind, detail::unitKey(f)};
        const auto latest = groups.rbegin() + std::min(kOpenGroups, groups.size());
        auto open = std::find_if(groups.rbegin(), latest, [&](const Group &g) {
            return g.key == key && f.start - g.lastEnd <= kMaxGap;
        });
        if (open == latest)
            open = groups.rend();
        Group &group = open != groups.rend() ? *open : (groups.append(Group{key, {}, 0}), groups.last());
        Comparison &comparison = group.comparisonFor(f.year);
        group.lastEnd = f.end;
        if (comparison.members.size() >= kMaxPoints)
            continue;
        const bool subjectTaken = std::any_of(comparison.members.begin(), comparison.members.end(),
                                              [&](const SourcedFigure &m) { return m.figure.subject == f.subject; });
        if (!subjectTaken)
            comparison.members.append(candidate);
    }
    return groups;
}

void convertCurrencies(QList<Group> &groups, const QList<Figure> &articleFigures, QHash<const Group *, QString> &notes)
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
            const auto rate = figures::statedRate(articleFigures, other.key.unit, target.key.unit);
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

std::optional<SourcedFigure> takeOutWhole(Comparison &comparison)
{
    if (comparison.members.size() < 3)
        return std::nullopt;
    double sum = 0;
    for (const SourcedFigure &m : comparison.members)
        sum += m.figure.value;
    for (qsizetype i = 0; i < comparison.members.size(); ++i) {
        const double value = comparison.members[i].figure.value;
        const double others = sum - value;
        if (value > 0 && std::abs(others - value) <= 0.005 * value)
            return comparison.members.takeAt(i);
    }
    return std::nullopt;
}

bool isVagueMeasure(const QString &measure)
{
    static const QSet<QString> vague{QStringLiteral("증가"), QStringLiteral("감소"), QStringLiteral("인상"),
                                     QStringLiteral("인하"), QStringLiteral("상승"), QStringLiteral("하락"),
                                     QStringLiteral("평균"), QStringLiteral("규모"), QStringLiteral("합계"),
                                     QStringLiteral("전체"), QStringLiteral("변화"), QStringLiteral("차이")};
    return vague.contains(measure.trimmed());
}

} // namespace dokhae::charts::detail
