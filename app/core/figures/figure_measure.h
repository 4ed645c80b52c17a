#pragma once

#include "figures/figure.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace dokhae::figures::detail {

// What a figure quantifies, as its own clause names it: a noun phrase whose head names a measure
// or a counted category, stripped of its particle and of the words that only frame it.
//   1,000억 개 이상의 매개변수를       -> 매개변수 (the noun the figure is the genitive of)
//   매개변수 6,710억 개, AI 모델 40개  -> 매개변수, AI 모델 (a bare noun before it)
//   전 세계 AI 논문 인용 비율은 중국이 22.6%로 -> AI 논문 인용 비율 (the nearest one before it)
// Empty when the clause names none; then the caller looks to the figures before it.
QString measureInClause(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, int index);

// A rate or a share named after a list of percents, before the predicate: 스웨덴이 91%, 노르웨이
// 90%, 스페인 89%로 … 긍정적인 인식률이 높았다 -> 인식률; 38.3%로 가장 높은 투표율을 기록했다.
// The stretch ends at a verb or a new subject. Empty when none is named there.
QString measureAfterFigures(QStringView text, qsizetype sentenceEnd, const QList<Figure> &figures, int index);

// The noun phrase the clause marks as its topic (판매된 전기차는 약 1,700만 대였는데), or empty.
// For a whole that later figures split (이 중 64%가 중국에서), that is what is split: its measure.
QString topicOfClause(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, int index);

// The measure a sentence's predicate names, for figures that share it (메타는 100억 달러,
// 마이크로소프트는 50억 달러를 각각 투자했다 -> 투자): the first verb after the figure, when it is
// a measure noun made a verb by 하다 or 되다. Empty otherwise.
QString measureOfPredicate(QStringView text, qsizetype pos, qsizetype sentenceEnd);

} // namespace dokhae::figures::detail
