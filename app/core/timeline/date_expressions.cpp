#include "timeline/date_expressions.h"

#include "timeline/relative_words.h"
#include "timeline/written_date.h"

#include <QRegularExpression>

#include <algorithm>

namespace dokhae::timeline {

namespace {

// A date of the figure extractor, with the part of a year or month written after it.
std::optional<DateExpression> figureDate(const QString &text, const figures::Figure &figure, int index,
                                         const QDate &published)
{
    const QList<QStringView> ends = QStringView(figure.isoDate).split(u'/');
    std::optional<WrittenDate> first = writtenFromIsoDate(ends.value(0));
    std::optional<WrittenDate> last = ends.size() == 2 ? writtenFromIsoDate(ends.value(1)) : std::nullopt;
    if (!first || (ends.size() == 2 && !last) || ends.size() > 2)
        return std::nullopt;
    DateExpression expression;
    expression.start = figure.start;
    expression.end = figure.end;
    expression.figure = index;
    if (!last) {
        WrittenDate written = *first;
        expression.end += readPartAfter(text, figure.end, written);
        expression.date = resolve(written, published);
    } else {
        if (!last->year && first->year && last->month > 0)  // 2024년 3월~6월
            last->year = first->year;
        const EventDate from = resolve(*first, published);
        const EventDate to = resolve(*last, published);
        expression.date = from;
        expression.date.end = to.end;
        expression.date.precision = DatePrecision::Range;
        expression.date.relative = from.relative || to.relative;
        expression.date.certainty = std::max(from.certainty, to.certainty);
        if (!from.isResolved() || !to.isResolved())
            expression.date.start = expression.date.end = QDate();
    }
    return expression;
}

} // namespace

QList<DateExpression> findDateExpressions(const QString &text, const QList<figures::Figure> &figures,
                                          const QDate &published)
{
    QList<DateExpression> candidates;
    for (const RelativeWords &found : findRelativeWords(text)) {
        DateExpression expression;
        expression.start = found.start;
        expression.end = found.end;
        expression.date = resolve(found.written, published);
        candidates << expression;
    }
    for (int i = 0; i < figures.size(); ++i) {
        if (figures[i].kind != figures::FigureKind::Date)
            continue;
        if (auto expression = figureDate(text, figures[i], i, published))
            candidates << *expression;
    }
    // The longest reading wins where two overlap: 지난 6월 10일 over 6월 10일, 2023년 상반기 over
    // 상반기.
    std::sort(candidates.begin(), candidates.end(), [](const DateExpression &a, const DateExpression &b) {
        return a.end - a.start != b.end - b.start ? a.end - a.start > b.end - b.start : a.start < b.start;
    });
    QList<DateExpression> kept;
    for (const DateExpression &candidate : candidates) {
        const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const DateExpression &other) {
            return candidate.start < other.end && other.start < candidate.end;
        });
        if (!overlaps)
            kept << candidate;
    }
    std::sort(kept.begin(), kept.end(), [](const DateExpression &a, const DateExpression &b) { return a.start < b.start; });
    for (DateExpression &expression : kept)
        expression.date.written = text.mid(expression.start, expression.end - expression.start);
    return kept;
}

} // namespace dokhae::timeline
