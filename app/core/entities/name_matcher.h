#pragma once

#include "entities/entity.h"

#include <QHash>
#include <QList>
#include <QString>

namespace dokhae::entities {

// Finds the names of a set of entities in a reading text. A name matches only at the start of a
// word, and only if the rest of that word is a particle chain: 딥시크는 is 딥시크, but 중국 does
// not match inside 중국인민은행 or 중국인 — those are other words, and a catalog that wants them
// lists them. Longer names win (딥시크 V3 over 딥시크). A one-syllable Hangul abbreviation (미, 중)
// matches only when joined to another by a middle dot or hyphen (미·중), where it cannot be a word.
class NameMatcher
{
public:
    struct Match {
        qsizetype start = 0;
        qsizetype end = 0;
        int entity = -1; // the index given to addName
    };

    // placeName: the name may carry a place-kind suffix that the span then includes (쑤저우시, 광둥성).
    void addName(const QString &name, int entity, bool placeName = false);
    // Non-overlapping matches, in text order.
    QList<Match> findAll(const QString &text) const;

private:
    struct Candidate {
        QString folded; // NFC, case-folded, separators kept
        int entity = -1;
        bool placeName = false;
    };
    qsizetype matchEnd(const QString &text, qsizetype start, const QString &folded) const;
    // The end of the mention if the word may end there (after particles), else -1.
    qsizetype acceptedEnd(const QString &text, qsizetype start, qsizetype end, const Candidate &candidate) const;

    QHash<QChar, QList<Candidate>> m_byFirstChar; // each list longest first
};

} // namespace dokhae::entities
