#pragma once

#include "charts/chart_shape.h"

#include <QHash>
#include <QList>
#include <QString>

// How the suggester groups an article's figures into comparisons, and brings money written in
// another currency into one at the article's own rate. Not part of the public API.
namespace dokhae::charts::detail {

// A figure that can be a point of a suggested chart: a quantity with a subject and a measure,
// not a conversion in parentheses, not a range.
bool isComparable(const figures::Figure &f);

// What must agree for two figures to be one comparison (the year decides the series).
struct GroupKey {
    qsizetype paragraph;
    QString measure;
    figures::FigureKind kind;
    QString unit;
    bool operator==(const GroupKey &) const = default;
};

// A group: one comparison per year, in text order.
struct Group {
    GroupKey key;
    QList<Comparison> byYear;
    qsizetype lastEnd = 0;

    Comparison &comparisonFor(std::optional<int> year);
};

// Figures of one measure, kind, unit and paragraph, close together, one subject once per year.
QList<Group> groupFigures(const QString &text, const QList<SourcedFigure> &candidates);

// Money of another currency joins the group of the same measure and paragraph written in the
// currency most of it uses, converted at the rate `articleFigures` state
// (figures::statedRate); `notes` records, per group that took some, the conversion for its note
// ("KRW>USD>rate").
void convertCurrencies(QList<Group> &groups, const QList<figures::Figure> &articleFigures,
                       QHash<const Group *, QString> &notes);

// A point whose value is the sum of all the others' (within 0.5%) is their whole (유효표 2,959 =
// 찬성 2,955 + 반대 1 + 기권 3), not one of the things compared: it is taken out of a comparison
// of three or more and returned, and the rest are the parts of it.
std::optional<SourcedFigure> takeOutWhole(Comparison &comparison);

// A measure too vague to say what a comparison is of: a change or an aggregate alone (증가,
// 인상, 평균, 규모). Such a comparison is not suggested; its figures stay in the table.
bool isVagueMeasure(const QString &measure);

// The note a chart carries about a conversion recorded by convertCurrencies, in both languages.
void addConversionNote(ChartSpec &spec, const QString &note);

} // namespace dokhae::charts::detail
