#pragma once

#include "figures/figure.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// 각각 ("respectively"): names joined by 과/와 (or commas) before 각각 take the figures after it
// in order. 2단 우산과 3단 우산 매출은 … 각각 29%와 18% -> 2단 우산: 29%, 3단 우산: 18%.
namespace dokhae::figures::detail {

struct Respective
{
    QString subject;   // the name this figure goes with
    QStringList names; // all the joined names, in order
};

// The joined name the figure goes with, when the sentence says 각각 before it and names as many
// joined names before 각각 as there are figures after it; else empty.
Respective respectiveSubject(QStringView text, qsizetype sentenceStart, qsizetype sentenceEnd,
                             const QList<Figure> &figures, int index);

} // namespace dokhae::figures::detail
