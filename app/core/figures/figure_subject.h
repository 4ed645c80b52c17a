#pragma once

#include "figures/figure.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace dokhae::figures::detail {

// What a figure is about, from the words before it in its clause: the nearest noun phrase marked
// by 이/가/은/는/의 whose head is not itself a measure (투자액은, 비율은) or a bare category
// (기업은), stripped of its particle: 중국이 22.6%로 -> 중국; 미국의 AI 산업 민간 투자액은
// 672억 달러 -> 미국. In an enumeration without particles (미국 42%, 중국 28%) the word right
// before each figure. Empty when the clause names none; then `ownerImplied` tells whether the
// clause marked a measure or category as its topic (민간 투자액은, AI 기업은): an owner left
// unsaid, who is the subject already in play.
QString subjectBefore(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, int index,
                      bool *ownerImplied = nullptr);

} // namespace dokhae::figures::detail
