#include "timeline/figure_years.h"

#include <QRegularExpression>

namespace dokhae::timeline {

namespace {

// Where the clause that goes on after `from` ends: a comma, a closing sentence mark, or a word with
// a connective or final verb ending (출시했고, 공개했으며, 밝혔다, 늘었지만, 했는데).
qsizetype clauseEnd(const QString &text, qsizetype from, qsizetype sentenceEnd)
{
    static const QRegularExpression end(QStringLiteral(
        "[,;:.?!]|(?:했|였|었|았|겠|이)?(?:고|며|으며|지만|는데|은데|다|서)(?=[ ,.\"'”’)]|$)"));
    const QRegularExpressionMatch m = end.match(QStringView(text).first(sentenceEnd), from);
    return m.hasMatch() ? m.capturedStart() : sentenceEnd;
}

bool comparesOrStates(QStringView after)
{
    static const QRegularExpression basis(QStringLiteral("^ ?(?:기준|대비|보다|比)"));
    return basis.match(after).hasMatch();
}

// 2021년 설립된 회사는 직원 300명: a verb between the date and the measure (설립된, 발표한, 이끌던)
// is what the date dates.
bool tellsWhatHappened(QStringView words)
{
    static const QRegularExpression adnominalVerb(QStringLiteral("(?:된|한|던|낸|진|린|온) "));
    return adnominalVerb.match(words.toString() + u' ').hasMatch();
}

} // namespace

bool datesOnlyAFigure(const QString &text, qsizetype end, qsizetype sentenceEnd,
                      const QList<figures::Figure> &figures)
{
    if (comparesOrStates(QStringView(text).mid(end, 4)))
        return true;
    // 2025년까지 인재 2만 명을 유치한다: a deadline (or a start) is a plan's date, not a figure's year.
    if (QStringView(text).mid(end, 2) == u"까지" || QStringView(text).mid(end, 2) == u"부터")
        return false;
    const qsizetype clauseStop = clauseEnd(text, end, sentenceEnd);
    // The first three words after the date: where a measure that the date qualifies may begin.
    qsizetype threeWordsEnd = end;
    for (int words = 0; words < 3 && threeWordsEnd < clauseStop; ++words) {
        const qsizetype space = text.indexOf(u' ', threeWordsEnd + 1);
        threeWordsEnd = space < 0 ? clauseStop : std::min(space, clauseStop);
    }
    for (const figures::Figure &figure : figures) {
        if (figure.start < end || figure.start >= clauseStop || figure.measure.isEmpty()
            || figure.kind == figures::FigureKind::Date || figure.kind == figures::FigureKind::Duration)
            continue;
        // The whole measure, or its first word where the text puts more inside it (AI 분야 민간 투자액).
        const QStringView between = QStringView(text).mid(end, figure.start - end);
        qsizetype measure = between.indexOf(figure.measure);
        if (measure < 0)
            measure = between.indexOf(figure.measure.section(u' ', 0, 0));
        if (measure >= 0 && end + measure <= threeWordsEnd && !tellsWhatHappened(between.first(measure)))
            return true;
    }
    return false;
}

} // namespace dokhae::timeline
