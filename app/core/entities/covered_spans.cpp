#include "entities/covered_spans.h"

#include <algorithm>
#include <iterator>

namespace dokhae::entities {

void CoveredSpans::add(qsizetype start, qsizetype end)
{
    if (start >= end)
        return;
    auto it = m_spans.upper_bound(start);
    if (it != m_spans.begin() && std::prev(it)->second >= start)
        --it;
    // Absorb every span that overlaps or touches the new one.
    while (it != m_spans.end() && it->first <= end) {
        start = std::min(start, it->first);
        end = std::max(end, it->second);
        it = m_spans.erase(it);
    }
    m_spans.emplace(start, end);
}

bool CoveredSpans::covers(qsizetype offset) const
{
    auto it = m_spans.upper_bound(offset);
    if (it == m_spans.begin())
        return false;
    return offset < std::prev(it)->second;
}

bool CoveredSpans::overlaps(qsizetype start, qsizetype end) const
{
    if (start >= end)
        return false;
    if (covers(start))
        return true;
    const auto next = m_spans.upper_bound(start);
    return next != m_spans.end() && next->first < end;
}

} // namespace dokhae::entities
