#pragma once

#include "entities/entity.h"

#include <QHash>
#include <QList>
#include <QSet>
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
        qsizetype length = 0; // of the folded name (NFC, case-folded), separators included
        int entity = -1;
        bool placeName = false;
    };
    // A name found at a position, before the word's end is judged.
    struct Hit {
        qsizetype end = 0;
        int candidate = -1; // index in m_candidates, which is also the order names were added in
    };
    static constexpr int kRoot = 0;
    // Edge keys: a node and a character, or a node and "a separator" (which the text may omit).
    static quint64 edgeKey(int node, QChar c) { return (quint64(node) << 17) | c.unicode(); }
    static quint64 separatorKey(int node) { return (quint64(node) << 17) | 0x10000; }

    QList<Hit> hitsAt(const QString &text, qsizetype start) const;
    // The end of the mention if the word may end there (after particles), else -1.
    qsizetype acceptedEnd(const QString &text, qsizetype start, qsizetype end, const Candidate &candidate) const;

    // The names as a trie: a word start reads only the names that begin like the text there,
    // however many names share its first letter (20,000 discovered names made the per-letter
    // lists of before quadratic).
    QHash<quint64, int> m_edges;            // (node, character or separator) -> child node
    QHash<int, QList<int>> m_namesEndingAt; // node -> candidates whose name ends there
    int m_nodeCount = 1;                    // the root
    QList<Candidate> m_candidates;
    QSet<QString> m_spellings;              // folded names already claimed
};

} // namespace dokhae::entities
