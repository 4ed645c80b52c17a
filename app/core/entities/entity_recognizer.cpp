#include "entities/entity_recognizer.h"

#include "entities/covered_spans.h"
#include "entities/entity_catalog.h"
#include "entities/discovery_lexicon.h"
#include "entities/entity_discovery.h"
#include "entities/name_key.h"
#include "entities/name_matcher.h"

#include <QHash>

#include <algorithm>

namespace dokhae::entities {

namespace {

bool hasLatin(const QString &name)
{
    return std::any_of(name.cbegin(), name.cend(), isLatinLetter);
}

// The article's working set: catalog entries and discovered names, with one index per spelling.
class EntityTable
{
public:
    explicit EntityTable(const EntityCatalog &catalog) : m_catalog(catalog)
    {
        m_entities = catalog.entities();
        for (qsizetype i = 0; i < m_entities.size(); ++i)
            m_indexById.insert(m_entities.at(i).id, i);
    }

    void absorb(const DiscoveredName &discovered)
    {
        const QStringList names = discovered.names();
        qsizetype target = -1;
        for (const QString &name : names) {
            target = find(name);
            if (target >= 0)
                break;
        }
        if (target < 0) {
            target = m_entities.size();
            m_entities.append(makeEntity(discovered));
        }
        Entity &entity = m_entities[target];
        for (const QString &name : names) {
            if (find(name) >= 0)
                continue;
            if (!entity.allNames().contains(name)) {
                if (isPartOfKnownName(entity, name))
                    continue;
                entity.aliases.append(name);
            }
            m_indexByKey.insert(nameKey(name), target);
        }
    }

    void addNamesTo(NameMatcher &matcher) const
    {
        for (qsizetype i = 0; i < m_entities.size(); ++i) {
            for (const QString &name : m_entities.at(i).allNames()) {
                if (find(name) == i)
                    matcher.addName(name, int(i), m_entities.at(i).type == EntityType::Place);
            }
        }
    }

    const Entity &at(qsizetype index) const { return m_entities.at(index); }
    qsizetype indexOf(const DiscoveredName &discovered) const
    {
        for (const QString &name : discovered.names()) {
            if (const qsizetype index = find(name); index >= 0)
                return index;
        }
        return -1;
    }

private:
    // A spelling belongs to the catalog entry that wins it there, else to the discovered entity
    // that claimed it first.
    qsizetype find(const QString &name) const
    {
        if (const Entity *known = m_catalog.findByName(name))
            return m_indexById.value(known->id, -1);
        return m_indexByKey.value(nameKey(name), -1);
    }

    // 그리드 from 스테이트 그리드(國家電網) is a piece of a name the entity already has; as an alias
    // it would match every other 그리드 in the text.
    static bool isPartOfKnownName(const Entity &entity, const QString &name)
    {
        const QString key = nameKey(name);
        const QStringList known = entity.allNames();
        return std::any_of(known.cbegin(), known.cend(), [&](const QString &other) { return nameKey(other).contains(key); });
    }

    static Entity makeEntity(const DiscoveredName &discovered)
    {
        Entity entity;
        entity.type = discovered.type;
        entity.nameKo = discovered.nameKo;
        for (const QString &original : discovered.originals) {
            if (entity.nameEn.isEmpty() && hasLatin(original))
                entity.nameEn = original;
            else if (entity.hanzi.isEmpty() && isAllHan(original))
                entity.hanzi = original;
            else
                entity.aliases.append(original);
        }
        entity.id = discoveredEntityId(entity.nameKo.isEmpty() ? entity.nameEn : entity.nameKo);
        entity.fromCatalog = false;
        return entity;
    }

    const EntityCatalog &m_catalog;
    QList<Entity> m_entities;
    QHash<QString, qsizetype> m_indexById;
    QHash<QString, qsizetype> m_indexByKey;
};

// A name split by its original (‘라마(Lama) 2’) cannot be matched as written; its evidence span
// replaces the matches inside it.
void addSplitNameMentions(const QList<DiscoveredName> &discovered, const EntityTable &table,
                          QList<NameMatcher::Match> &matches)
{
    // Of split names that overlap, the later one is the mention. Read from the last, each span
    // is checked against those after it and all are removed from the matches in one pass: one
    // pass over the matches per split name made a text of thousands of them quadratic.
    CoveredSpans splitSpans;
    QList<NameMatcher::Match> splitMentions;
    for (auto name = discovered.crbegin(); name != discovered.crend(); ++name) {
        const qsizetype entity = name->spanIsMention ? table.indexOf(*name) : -1;
        if (entity < 0)
            continue;
        if (!splitSpans.overlaps(name->start, name->end))
            splitMentions.append(NameMatcher::Match{name->start, name->end, int(entity)});
        splitSpans.add(name->start, name->end);
    }
    if (splitMentions.isEmpty())
        return;
    matches.removeIf([&](const NameMatcher::Match &match) { return splitSpans.overlaps(match.start, match.end); });
    matches.append(splitMentions);
    std::sort(matches.begin(), matches.end(),
              [](const NameMatcher::Match &a, const NameMatcher::Match &b) { return a.start < b.start; });
}

// Tagger spans that are not names whatever the model says: a single unit (the tagger reads
// characters and may stop one short), words with no letter, and the words discovery never takes
// for names (우리, 정부, AI, 교수).
bool isPlausibleTaggedName(QStringView name)
{
    if (name.size() < 2 || !isWordChar(name.front()) || !isWordChar(name.back()))
        return false;
    if (std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetter(); }))
        return false;
    return !lexicon::isStopWord(name) && !lexicon::isGenericAcronym(name) && !lexicon::isPersonTitle(name);
}

// Names the tagger finds where neither the catalog nor the rules matched. They join the table as
// discovered names (a spelling the catalog or a rule already claimed keeps its entity and type),
// then are matched like any name, at word starts, wherever the text repeats them; a match that
// would overlap a catalog or rule mention is dropped, so those always win.
void addTaggedNames(const QString &text, const NerTagger &tagger, EntityTable &table,
                    QList<NameMatcher::Match> &matches)
{
    CoveredSpans known;
    for (const NameMatcher::Match &match : std::as_const(matches))
        known.add(match.start, match.end);
    NameMatcher matcher;
    bool added = false;
    for (const TaggedName &tagged : tagger.tag(text)) {
        const QString name = text.mid(tagged.start, tagged.end - tagged.start);
        if (known.overlaps(tagged.start, tagged.end) || !isPlausibleTaggedName(name))
            continue;
        const DiscoveredName discovered{tagged.type, name, {}, tagged.start, tagged.end, QStringLiteral("tagger")};
        table.absorb(discovered);
        const qsizetype entity = table.indexOf(discovered);
        if (entity < 0)
            continue;
        matcher.addName(name, int(entity), table.at(entity).type == EntityType::Place);
        added = true;
    }
    if (!added)
        return;
    for (const NameMatcher::Match &match : matcher.findAll(text)) {
        if (!known.overlaps(match.start, match.end))
            matches.append(match);
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const NameMatcher::Match &a, const NameMatcher::Match &b) { return a.start < b.start; });
}

} // namespace

QString discoveredEntityId(const QString &name)
{
    return QStringLiteral("discovered:") + nameKey(name);
}

QList<ArticleEntity> recognizeEntities(const QString &readingText, const EntityCatalog &catalog,
                                       const RecognizeOptions &options)
{
    EntityTable table(catalog);
    const QList<DiscoveredName> discoveredNames = options.discover ? discoverEntities(readingText, catalog)
                                                                   : QList<DiscoveredName>();
    for (const DiscoveredName &discovered : discoveredNames)
        table.absorb(discovered);
    NameMatcher matcher;
    table.addNamesTo(matcher);
    QList<NameMatcher::Match> matches = matcher.findAll(readingText);
    addSplitNameMentions(discoveredNames, table, matches);
    if (options.discover && options.tagger)
        addTaggedNames(readingText, *options.tagger, table, matches);

    QHash<int, qsizetype> resultIndex;
    QList<ArticleEntity> result;
    for (const NameMatcher::Match &match : std::as_const(matches)) {
        auto found = resultIndex.constFind(match.entity);
        if (found == resultIndex.constEnd()) {
            found = resultIndex.insert(match.entity, result.size());
            result.append(ArticleEntity{table.at(match.entity), {}});
        }
        result[*found].mentions.append(
            Mention{match.start, match.end, readingText.mid(match.start, match.end - match.start)});
    }

    sortArticleEntities(result);
    return result;
}

} // namespace dokhae::entities
