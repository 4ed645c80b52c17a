#include "entities/name_matcher.h"

#include "entities/korean_particles.h"
#include "entities/name_key.h"
#include "text/text_normalizer.h"

#include <algorithm>

namespace dokhae::entities {

namespace {

bool isJoiner(QChar c)
{
    return c == u'·' || c == u'-' || c == u'‧' || c == u'–' || c == u'・';
}

} // namespace

void NameMatcher::addName(const QString &name, int entity, bool placeName)
{
    const QString folded = text::toNfc(name).toCaseFolded().trimmed();
    if (folded.isEmpty() || isNameSeparator(folded.front()))
        return;
    if (m_spellings.contains(folded))
        return; // the first entity to claim a spelling keeps it
    m_spellings.insert(folded);
    int node = kRoot;
    for (const QChar c : folded) {
        const quint64 key = isNameSeparator(c) ? separatorKey(node) : edgeKey(node, c);
        auto child = m_edges.constFind(key);
        if (child == m_edges.constEnd())
            child = m_edges.insert(key, m_nodeCount++);
        node = *child;
    }
    m_namesEndingAt[node].append(int(m_candidates.size()));
    m_candidates.append(Candidate{folded.size(), entity, placeName});
}

// Every name that the text at `start` spells. A separator in a name matches one separator in the
// text or none, so "알리바바 클라우드" also finds 알리바바클라우드 and "딥시크 V3" finds 딥시크-V3;
// where the text has a separator, the name's separator takes it.
QList<NameMatcher::Hit> NameMatcher::hitsAt(const QString &text, qsizetype start) const
{
    QList<Hit> hits;
    // Most words begin no name: no root edge, nothing to allocate (names never begin with a separator).
    if (!m_edges.contains(edgeKey(kRoot, text.at(start).toCaseFolded())))
        return hits;
    // (node, position) pairs still to read: a node may go on with a letter and with a separator.
    QList<std::pair<int, qsizetype>> pending{{kRoot, start}};
    while (!pending.isEmpty()) {
        const auto [node, position] = pending.takeLast();
        if (const auto ending = m_namesEndingAt.constFind(node); ending != m_namesEndingAt.constEnd()) {
            for (const int candidate : *ending)
                hits.append(Hit{position, candidate});
        }
        const bool atSeparator = position < text.size() && isNameSeparator(text.at(position));
        if (const auto next = m_edges.constFind(separatorKey(node)); next != m_edges.constEnd())
            pending.append({*next, atSeparator ? position + 1 : position});
        if (position < text.size()) {
            if (const auto next = m_edges.constFind(edgeKey(node, text.at(position).toCaseFolded()));
                next != m_edges.constEnd())
                pending.append({*next, position + 1});
        }
    }
    // Longer names first (딥시크 V3 over 딥시크); of names as long, the one added first.
    std::sort(hits.begin(), hits.end(), [this](const Hit &a, const Hit &b) {
        const qsizetype aLength = m_candidates.at(a.candidate).length, bLength = m_candidates.at(b.candidate).length;
        return aLength != bLength ? aLength > bLength : a.candidate < b.candidate;
    });
    return hits;
}

qsizetype NameMatcher::acceptedEnd(const QString &text, qsizetype start, qsizetype end, const Candidate &candidate) const
{
    const QChar last = text.at(end - 1);
    if (candidate.length == 1 && isHangulSyllable(last)) {
        const bool joinedBefore = start >= 2 && isJoiner(text.at(start - 1)) && isHangulSyllable(text.at(start - 2));
        const bool joinedAfter = end + 1 < text.size() && isJoiner(text.at(end)) && isHangulSyllable(text.at(end + 1));
        if (!joinedBefore && !joinedAfter)
            return -1;
    }
    if (end == text.size() || !isWordChar(text.at(end)))
        return end;
    if (!isHangulSyllable(text.at(end)))
        return -1; // a Latin letter or digit continues the word: Meta is not Metaverse
    qsizetype runEnd = end;
    while (runEnd < text.size() && isHangulSyllable(text.at(runEnd)))
        ++runEnd;
    if (runEnd < text.size() && isWordChar(text.at(runEnd)))
        return -1;
    const QStringView rest = QStringView(text).mid(end, runEnd - end);
    if (isParticleChain(rest, last))
        return end;
    const bool placeSuffix = candidate.placeName && isHangulSyllable(last) && (rest.front() == u'시' || rest.front() == u'성');
    if (placeSuffix && isParticleChain(rest.mid(1), rest.front()))
        return end + 1;
    return -1;
}

QList<NameMatcher::Match> NameMatcher::findAll(const QString &text) const
{
    QList<Match> matches;
    qsizetype position = 0;
    while (position < text.size()) {
        const bool wordStart = position == 0 || !isWordChar(text.at(position - 1));
        bool matched = false;
        if (wordStart) {
            for (const Hit &hit : hitsAt(text, position)) {
                const Candidate &candidate = m_candidates.at(hit.candidate);
                const qsizetype end = acceptedEnd(text, position, hit.end, candidate);
                if (end > position) {
                    matches.append(Match{position, end, candidate.entity});
                    position = end;
                    matched = true;
                    break;
                }
            }
        }
        if (!matched)
            ++position;
    }
    return matches;
}

} // namespace dokhae::entities
