#include "entities/covered_spans.h"
#include "entities/discovery_lexicon.h"
#include "entities/discovery_rules.h"
#include "entities/korean_particles.h"
#include "entities/name_key.h"

#include <QRegularExpression>
#include <QSet>

namespace dokhae::entities::discovery {

namespace {

constexpr int maxWordsBetweenNameAndTitle = 2;
constexpr int minVersionYear = 1900;

constexpr int maxPersonNameSyllables = 4;

// 이정동 서울대 교수, 리창 중국 국무원 총리, 류웨이 화신정밀 부사장: organizations and places may
// sit between name and title — known ones, ones found earlier in the text, or words too long for
// a name.
bool isAffiliation(const Input &input, const QSet<QString> &discovered, QStringView core)
{
    const auto known = input.knownType(core.left(stemLength(core)));
    if (known)
        return *known != EntityType::Person;
    if (discovered.contains(nameKey(core)))
        return true;
    if (isAllHangul(core) && core.size() > maxPersonNameSyllables && isNameLikeWord(core))
        return true;
    static const QRegularExpression latinAcronym(QStringLiteral("^[A-Z][A-Za-z0-9&]+$"));
    return !lexicon::organizationSuffix(core).isEmpty() || latinAcronym.match(core).hasMatch();
}

bool isPersonNameCandidate(const Input &input, QStringView core)
{
    const int syllables = hangulSyllableCount(core);
    return isAllHangul(core) && syllables >= 2 && syllables <= maxPersonNameSyllables && isNameLikeWord(core)
           && !input.isKnownName(core) && !lexicon::classNounType(core) && lexicon::organizationSuffix(core).isEmpty();
}

// The longest stem of `core` (particles stripped one chain at a time) that ends in an
// organization suffix: 교육부는 → 교육부, 삼성전자가 → 삼성전자. Never cuts inside the stem.
QStringView organizationStem(QStringView core)
{
    for (qsizetype length = core.size(); length >= 2; --length) {
        const QStringView stem = core.left(length);
        if (length < core.size() && !isParticleChain(core.mid(length), stem.back()))
            continue;
        if (!lexicon::organizationSuffix(stem).isEmpty())
            return stem;
    }
    return {};
}

// 차이웨이 천(Caiwei Chen) MIT 테크놀로지 리뷰 기자: the person was named just before, so the
// words between are the affiliation, not a second person.
bool titleHolderNamedBefore(const Input &input, const CoveredSpans &persons, qsizetype candidate)
{
    for (qsizetype index = candidate - 1; index >= 0 && index >= candidate - 4; --index) {
        if (!input.joinedToNext(index))
            return false;
        const Word &word = input.words.at(index);
        if (persons.covers(word.start) || input.knownType(word.core) == EntityType::Person)
            return true;
        if (input.words.at(index).punctuationAfter() && input.text.at(input.words.at(index).end - 1) != u')')
            return false;
    }
    return false;
}

// 한국과학기술원(KAIST) 교수: an affiliation may carry its original in parentheses.
bool endsWithParenthesis(const Input &input, const Word &word)
{
    return word.coreEnd < word.end && input.text.at(word.coreEnd) == u'(' && input.text.at(word.end - 1) == u')';
}

} // namespace

void findByTitles(const Input &input, QList<DiscoveredName> &found)
{
    QSet<QString> discovered;
    CoveredSpans persons; // the spans of the people named so far
    for (const DiscoveredName &name : std::as_const(found)) {
        for (const QString &spelling : name.names())
            discovered.insert(nameKey(spelling));
        if (name.type == EntityType::Person)
            persons.add(name.start, name.end);
    }
    for (qsizetype index = 1; index < input.words.size(); ++index) {
        const QString &title = input.words.at(index).core;
        if (!lexicon::isPersonTitle(title) || input.words.at(index).punctuationBefore())
            continue;
        if (title.contains(u'들'))
            continue; // 창업자들: a plural title names a group, not the word before it
        qsizetype candidate = index - 1;
        while (candidate >= 0 && index - candidate <= maxWordsBetweenNameAndTitle + 1) {
            const Word &word = input.words.at(candidate);
            if (!input.joinedToNext(candidate) || (word.punctuationAfter() && !endsWithParenthesis(input, word)))
                break;
            if (!isAffiliation(input, discovered, word.core))
                break;
            --candidate;
        }
        if (candidate < 0 || index - candidate > maxWordsBetweenNameAndTitle + 1)
            continue;
        const Word &word = input.words.at(candidate);
        if (!input.joinedToNext(candidate) || word.punctuationAfter() || !isPersonNameCandidate(input, word.core))
            continue;
        if (titleHolderNamedBefore(input, persons, candidate))
            continue;
        // 샤오펑 회장 허샤오펑(何小鵬): when a name in parentheses follows the title, the word before
        // the title is the organization.
        const bool nameFollows = index + 1 < input.words.size() && input.joinedToNext(index)
                                 && input.words.at(index + 1).coreEnd < input.words.at(index + 1).end
                                 && input.text.at(input.words.at(index + 1).coreEnd) == u'(';
        if (nameFollows && candidate == index - 1) {
            found.append(DiscoveredName{EntityType::Organization, word.core, {}, word.coreStart, word.coreEnd,
                                        QStringLiteral("title-organization")});
            continue;
        }
        found.append(DiscoveredName{EntityType::Person, word.core, {}, word.coreStart, word.coreEnd,
                                    QStringLiteral("title")});
        persons.add(word.coreStart, word.coreEnd);
        // 정하늘 누리소프트 부사장: an affiliation nobody knew yet is an organization.
        for (qsizetype between = candidate + 1; between < index; ++between) {
            const Word &affiliation = input.words.at(between);
            if (!input.isKnownName(affiliation.core) && !discovered.contains(nameKey(affiliation.core))
                && isAllHangul(affiliation.core))
                found.append(DiscoveredName{EntityType::Organization, affiliation.core, {}, affiliation.coreStart,
                                            affiliation.coreEnd, QStringLiteral("title-affiliation")});
        }
    }
}

void findBySuffixes(const Input &input, QList<DiscoveredName> &found)
{
    for (qsizetype index = 0; index < input.words.size(); ++index) {
        const Word &word = input.words.at(index);
        if (lexicon::isPersonTitle(word.core))
            continue; // 수석연구원 is a person's title, not an institute
        const QStringView bareSuffix = QStringView(word.core).left(stemLength(word.core));
        const bool detached = lexicon::isDetachedOrganizationSuffix(bareSuffix);
        const QStringView stem = detached ? bareSuffix : organizationStem(word.core);
        if (stem.isEmpty() || lexicon::isStopWord(stem) || input.isKnownName(stem))
            continue;
        qsizetype start = word.coreStart;
        // 스탠포드 대학, 알리바바 그룹: a suffix written as its own word takes the name before it.
        if (detached) {
            if (index == 0 || !input.joinedToNext(index - 1) || word.punctuationBefore())
                continue;
            const Word &previous = input.words.at(index - 1);
            if (previous.punctuationAfter() || !isNameLikeWord(previous.core) || lexicon::classNounType(previous.core)
                || lexicon::isGenericAcronym(previous.core))
                continue;
            start = previous.coreStart;
        } else if (stem.size() - lexicon::organizationSuffix(stem).size() < 2 && isAllHangul(stem)) {
            continue; // 중부, 본청: too short to be a name plus a suffix
        }
        const QString name = input.text.mid(start, word.coreStart + stem.size() - start);
        found.append(DiscoveredName{EntityType::Organization, name, {}, start, word.coreStart + stem.size(),
                                    QStringLiteral("suffix")});
    }
}

void findAcronymsAndVersions(const Input &input, QList<DiscoveredName> &found)
{
    static const QRegularExpression acronymWithParticle(QStringLiteral("^([A-Z][A-Z&]+[A-Z0-9&]*)([가-힣]+)$"));
    for (qsizetype index = 0; index < input.words.size(); ++index) {
        const Word &word = input.words.at(index);
        const auto match = acronymWithParticle.match(word.core);
        if (match.hasMatch() && isParticleChain(match.capturedView(2), match.capturedView(1).back())
            && !lexicon::isGenericAcronym(match.capturedView(1)) && !input.isKnownName(match.capturedView(1))) {
            found.append(DiscoveredName{EntityType::Organization, {}, {match.captured(1)}, word.coreStart,
                                        word.coreStart + match.capturedLength(1), QStringLiteral("acronym")});
        }
        // 딥시크 V3, 어니 4.5: a known company or product followed by a version is a product of its own.
        if (index + 1 >= input.words.size() || !input.joinedToNext(index) || word.punctuationAfter())
            continue;
        const auto known = input.knownType(word.core);
        if (!known || (*known != EntityType::Organization && *known != EntityType::Product))
            continue;
        const Word &next = input.words.at(index + 1);
        const QStringView version = QStringView(next.core).left(stemLength(next.core, 1));
        bool isNumber = false;
        const int year = version.toInt(&isNumber);
        if (!lexicon::isVersionToken(version) || (isNumber && year >= minVersionYear))
            continue;
        const QString name = input.text.mid(word.coreStart, next.coreStart + version.size() - word.coreStart);
        found.append(DiscoveredName{EntityType::Product, name, {}, word.coreStart, next.coreStart + version.size(),
                                    QStringLiteral("version")});
    }
}

} // namespace dokhae::entities::discovery
