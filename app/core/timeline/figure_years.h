#pragma once

#include "figures/figure.h"

#include <QList>
#include <QString>

namespace dokhae::timeline {

// Whether the date that ends at `end` in a sentence only says which year (or month) a figure of
// that sentence is for, as in 2023년 민간 투자액은 672억 달러, 2023년 기준, 전월 대비: then it
// dates a number, not something that happened, and is no event.
//
// The rule: the date is followed, in its clause, by 기준 / 대비 / 보다 (as of, compared with), or
// within its first three words by the start of the measure of a figure that comes later in the
// same clause (2023년 미국의 AI 민간 투자액은 …: the measure 민간 투자액 follows the date), with
// no verb between them (2021년 설립된 회사의 직원 수: the date is the founding's), and the date is
// not a deadline or a start (2030년까지 인재 5만 명: a plan's date). A clause ends at a comma or a connective or final verb ending. A figure counted by the event's
// own words (지난해 9월 100개 이상의 모델을 공개했다) has its measure after it, so that date stays
// an event.
bool datesOnlyAFigure(const QString &text, qsizetype end, qsizetype sentenceEnd,
                      const QList<figures::Figure> &figures);

} // namespace dokhae::timeline
