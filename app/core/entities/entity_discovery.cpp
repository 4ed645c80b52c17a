#include "entities/entity_discovery.h"

#include "entities/discovery_lexicon.h"
#include "entities/discovery_rules.h"
#include "entities/korean_particles.h"
#include "entities/name_key.h"

namespace dokhae::entities {

QStringList DiscoveredName::names() const
{
    QStringList all;
    if (!nameKo.isEmpty())
        all.append(nameKo);
    all.append(originals);
    return all;
}

namespace discovery {

bool Input::joinedToNext(qsizetype index) const
{
    if (index + 1 >= words.size())
        return false;
    return !QStringView(text).mid(words.at(index).end, words.at(index + 1).start - words.at(index).end).contains(u'\n');
}

std::optional<EntityType> Input::knownType(QStringView name) const
{
    const Entity *entity = catalog.findByName(name);
    return entity ? std::optional(entity->type) : std::nullopt;
}

std::optional<EntityType> Input::classBefore(qsizetype index) const
{
    // Only the word right before: AI 모델 ‘큐원’, 메신저 앱 ‘위챗’, but not 서비스를 제한하는 ‘틱톡 금지법’.
    if (index < 1 || !joinedToNext(index - 1))
        return std::nullopt;
    return lexicon::classNounType(words.at(index - 1).core);
}

std::optional<EntityType> Input::classAfter(qsizetype index) const
{
    for (qsizetype i = index; i < words.size() && i < index + 2; ++i) {
        if (i > 0 && !joinedToNext(i - 1))
            break;
        if (const auto type = lexicon::classNounType(words.at(i).core))
            return type;
        if (words.at(i).punctuationAfter())
            break;
    }
    return std::nullopt;
}

bool isNameLikeWord(QStringView core)
{
    if (core.isEmpty() || lexicon::isStopWord(core) || lexicon::isPersonTitle(core)
        || lexicon::hasModifierEnding(core))
        return false;
    for (QChar c : core) {
        if (!isWordChar(c) && !QStringView(u".-·&+").contains(c))
            return false;
    }
    // A word of two or more syllables that ends in a particle is a noun phrase, not a name part.
    return !(isAllHangul(core) && core.size() > 2 && stemLength(core) < core.size());
}

} // namespace discovery

QList<DiscoveredName> discoverEntities(const QString &text, const EntityCatalog &catalog)
{
    const discovery::Input input{text, splitWords(text), catalog};
    QList<DiscoveredName> found;
    // Brackets first: in 《브레이크넥(Breakneck)》 the brackets know the type better than the parenthesis.
    discovery::findQuotedAndBracketed(input, found);
    discovery::findParenthesized(input, found);
    discovery::findByTitles(input, found);
    discovery::findBySuffixes(input, found);
    discovery::findAcronymsAndVersions(input, found);
    found.removeIf([](const DiscoveredName &name) {
        return name.names().isEmpty() || (!name.nameKo.isEmpty() && lexicon::isStopWord(name.nameKo));
    });
    return found;
}

} // namespace dokhae::entities
