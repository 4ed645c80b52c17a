#pragma once

#include "figures/figure.h"

#include <QList>
#include <QStringView>

// The extractor's passes, in the order extractFigures runs them. Not part of the public API.
namespace dokhae::figures::detail {

// Calendar dates and years written in a folded text (2023년, 2024년 3월, 6월 10일, 2025.3.1,
// 2014~2023년, 2023년 11월~2025년 9월), in text order.
QList<Figure> findDates(QStringView folded);

// Whether a day count at [start, end) is a day of the month (지난 10일, 10일 오후) rather than a
// number of days (10일간, 10일 만에).
bool readsAsDayOfMonth(QStringView folded, qsizetype start, qsizetype end);

// A money figure in parentheses right after another (672억 달러(약 97조 5,000억 원)) converts it:
// sets converts, impliedRate and rateDisagrees.
void linkConversions(QStringView text, QList<Figure> &figures);

// Sentence spans, then for every figure its year, subject and measure as the sentence and its
// paragraph give them; a conversion takes those of the figure it converts.
void attachContext(QStringView text, QList<Figure> &figures);

} // namespace dokhae::figures::detail
