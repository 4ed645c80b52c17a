#pragma once

#include "figures/figure.h"
#include "timeline/event_date.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dokhae::timeline {

// One date expression of a reading text, read against the article's publication date.
struct DateExpression {
    qsizetype start = 0;  // UTF-16 span in the reading text
    qsizetype end = 0;
    EventDate date;
    int figure = -1;  // index of the figures::FigureKind::Date figure it grew from, or -1
};

// Every date expression of a reading text, in text order, none overlapping:
// - the calendar dates the figure extractor reads (2024년 3월, 6월 10일, 2014~2023년, 1분기, 지난
//   10일), given the words it leaves around them (2023년 상반기, 2024년 3월 말);
// - dates written relative to publication: 올해, 지난해, 작년, 내년 (with 상반기, 1분기, 9월, 초,
//   말 after them), 이달, 지난달, 다음 달, 지난 6월 10일, 오는 3월, 어제, 지난주, 3년 전, 두 달 전;
// - stretches the text leaves open: 최근, 요즘, 조만간 (bounded by publication on one side) and
//   한때 (unresolved).
// `figures` are extractFigures(text); `published` may be invalid (relative dates stay unresolved).
QList<DateExpression> findDateExpressions(const QString &text, const QList<figures::Figure> &figures,
                                          const QDate &published);

} // namespace dokhae::timeline
