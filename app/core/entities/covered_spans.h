#pragma once

#include <QtGlobal>

#include <map>

namespace dokhae::entities {

// Offsets of a text covered by spans added so far, asked "is this offset covered?" in logarithmic
// time. Discovery asks it of every candidate; asking the list of names found so far instead made a
// text of thousands of names quadratic.
class CoveredSpans
{
public:
    void add(qsizetype start, qsizetype end); // covers [start, end); an empty span covers nothing
    bool covers(qsizetype offset) const;
    bool overlaps(qsizetype start, qsizetype end) const; // whether any offset of [start, end) is covered

private:
    std::map<qsizetype, qsizetype> m_spans; // start -> end: disjoint, touching spans merged
};

} // namespace dokhae::entities
