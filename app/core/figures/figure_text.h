#pragma once

#include "figures/figure.h"

#include <QList>
#include <QStringView>

// How a sentence falls into clauses and words around its figures: where a clause ends, the
// words before a figure, and whether figures stand in a list.
namespace dokhae::figures::detail {

// A comma, a connective or final verb ending (했으며, 있고, 인데, 했다), or the end of a source (보고서에 따르면): what comes before is another statement.
bool endsClause(QStringView word);

struct Word {
    qsizetype start = 0;
    qsizetype end = 0;
    QStringView text;
};

// The words of the clause that ends at `pos`, nearest first, without the word that ends the
// clause and never before `sentenceStart`; at most as many as a clause rarely exceeds.
QList<Word> clauseWordsBefore(QStringView text, qsizetype sentenceStart, qsizetype pos);

// The word that ends right before the space at pos - 1, or empty.
QStringView wordBefore(QStringView text, qsizetype pos);

// Whether the figure is an item of a list of figures, each after one word (미국 42%, 중국 28%;
// 스웨덴이 91%, 노르웨이 90%): the word before each is a name, not what is measured.
bool isEnumerated(QStringView text, qsizetype sentenceStart, const QList<Figure> &figures, int index);

// Whether [start, end) overlaps one of `figures` (sorted, disjoint).
bool overlapsFigure(const QList<Figure> &figures, qsizetype start, qsizetype end);

} // namespace dokhae::figures::detail
