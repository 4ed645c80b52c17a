#pragma once

#include <QList>
#include <QString>

namespace dokhae::entities {

// A whitespace-separated token of the reading text and its core: the token without the quotes,
// brackets and punctuation around it (‘딥시크’와 → 딥시크). The core keeps punctuation that joins
// word characters (2.5-맥스, R&D) and the particles glued to it.
struct Word {
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype coreStart = 0;
    qsizetype coreEnd = 0;
    QString core;

    bool punctuationBefore() const { return coreStart > start; }
    bool punctuationAfter() const { return coreEnd < end; }
};

QList<Word> splitWords(const QString &text);

// The index of the word whose token contains `offset`, or -1.
qsizetype wordAt(const QList<Word> &words, qsizetype offset);

} // namespace dokhae::entities
