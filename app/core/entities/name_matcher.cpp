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
    QList<Candidate> &list = m_byFirstChar[folded.front()];
    for (const Candidate &existing : std::as_const(list)) {
        if (existing.folded == folded)
            return; // the first entity to claim a spelling keeps it
    }
    const auto position = std::find_if(list.begin(), list.end(), [&](const Candidate &other) {
        return other.folded.size() < folded.size();
    });
    list.insert(position, Candidate{folded, entity, placeName});
}

// Separators in a name match one optional separator in the text, so "알리바바 클라우드" also
// finds 알리바바클라우드 and "딥시크 V3" finds 딥시크-V3.
qsizetype NameMatcher::matchEnd(const QString &text, qsizetype start, const QString &folded) const
{
    qsizetype position = start;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar wanted = folded.at(i);
        if (isNameSeparator(wanted)) {
            if (position < text.size() && isNameSeparator(text.at(position)))
                ++position;
            continue;
        }
        if (position >= text.size() || text.at(position).toCaseFolded() != wanted)
            return -1;
        ++position;
    }
    return position;
}

qsizetype NameMatcher::acceptedEnd(const QString &text, qsizetype start, qsizetype end, const Candidate &candidate) const
{
    const QChar last = text.at(end - 1);
    if (candidate.folded.size() == 1 && isHangulSyllable(last)) {
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
        const auto candidates = wordStart ? m_byFirstChar.constFind(text.at(position).toCaseFolded())
                                          : m_byFirstChar.constEnd();
        bool matched = false;
        if (candidates != m_byFirstChar.constEnd()) {
            for (const Candidate &candidate : *candidates) {
                qsizetype end = matchEnd(text, position, candidate.folded);
                if (end > position)
                    end = acceptedEnd(text, position, end, candidate);
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
