#pragma once

#include "figures/figure.h"

#include <QList>
#include <QString>
#include <QStringView>

// Whom or what a figure is about, in the forms Korean news writes it. Each reader returns the
// name stripped of its particle, or empty when its form is not there.
namespace dokhae::figures::detail {

// From the words before the figure in its clause: the nearest noun phrase marked by
// 이/가/은/는/의 whose head is not itself a measure (투자액은, 비율은) or a category (기업은):
// 중국이 22.6%로 -> 중국; 미국의 AI 산업 민간 투자액은 672억 달러 -> 미국. In an enumeration
// without particles (미국 42%, 중국 28%) the word right before each figure; a quoted name
// (‘라마 2’의). When the clause names none, `unownedMeasures` gets the measures and categories
// it marked instead (민간 투자액은, AI 기업은): if the figure quantifies one of them, its owner
// is left unsaid, and is the subject already in play.
QString subjectBefore(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, int index,
                      QStringList *unownedMeasures = nullptr);

// From the words after the figure: a share located by its subject (69.7%가 중국에서 나왔다;
// 70%인 약 3만 8,000건이 중국에서), the name that takes it (85%를 중국이 차지했다), or the name
// a relative clause describes (매개변수 6,710억 개를 자랑하는 ‘딥시크 V3’는).
QString subjectAfter(QStringView text, const QList<Figure> &figures, int index);

// The name the figure is written beside in parentheses: 일본(12.5%)과 인도(8.1%) -> 일본, 인도.
// A measure so written (매출(약 3조 원)) is no subject.
QString subjectInParentheses(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, int index);

// What a sentence is about by its topic marker (중국은 … 보였습니다 -> 중국), or empty.
QString topicOfSentence(QStringView text, qsizetype start, qsizetype end);

// Whether the figure is the whole that the next figure takes a part of (5만 4,000건인데, 그 중
// 70%; 10곳 중 7곳): a total, not a quantity of any one subject.
bool isWholeOfPart(QStringView text, const QList<Figure> &figures, int index);

} // namespace dokhae::figures::detail
