#include "store/entity_corrections.h"

#include "entities/entity_catalog.h"

#include <algorithm>

namespace dokhae::store {

using entities::ArticleEntity;
using entities::Mention;

namespace {

// Two entities merged into one can claim the same words (딥시크 and 딥시크 V3 both start at the
// same place): keep the longer span, so a mention is counted once.
QList<Mention> inTextOrder(QList<Mention> mentions)
{
    std::sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<Mention> kept;
    for (const Mention &mention : std::as_const(mentions)) {
        if (kept.isEmpty() || mention.start >= kept.back().end)
            kept.append(mention);
    }
    return kept;
}

} // namespace

QString EntityCorrections::resolve(const QString &id) const
{
    QString current = id;
    QSet<QString> seen{current};
    for (auto next = merges.constFind(current); next != merges.constEnd(); next = merges.constFind(current)) {
        if (seen.contains(*next))
            break;
        current = *next;
        seen.insert(current);
    }
    return current;
}

QStringList EntityCorrections::mergedInto(const QString &id) const
{
    QStringList ids{id};
    for (auto merge = merges.constBegin(); merge != merges.constEnd(); ++merge) {
        if (merge.key() != id && resolve(merge.key()) == id)
            ids << merge.key();
    }
    return ids;
}

QList<ArticleEntity> EntityCorrections::apply(const QList<ArticleEntity> &recognized,
                                              const entities::EntityCatalog &catalog) const
{
    QList<ArticleEntity> result;
    QHash<QString, qsizetype> indexById;
    QSet<QString> namedByText; // targets whose own recognition (not a stand-in) is in result
    for (const ArticleEntity &found : recognized) {
        if (isHidden(found.entity.id))
            continue;
        const QString id = resolve(found.entity.id);
        const bool isTarget = id == found.entity.id;
        auto at = indexById.constFind(id);
        if (at == indexById.constEnd()) {
            ArticleEntity entry{found.entity, {}};
            if (!isTarget) {
                // A stand-in until the text names the target itself; without a catalog entry the
                // merged entity keeps its own names under the target's id.
                if (const entities::Entity *known = catalog.findById(id))
                    entry.entity = *known;
                entry.entity.id = id;
            }
            at = indexById.insert(id, result.size());
            result.append(entry);
        }
        if (isTarget && !namedByText.contains(id)) {
            result[*at].entity = found.entity;
            namedByText.insert(id);
        }
        result[*at].mentions += found.mentions;
    }
    for (ArticleEntity &entry : result)
        entry.mentions = inTextOrder(entry.mentions);
    entities::sortArticleEntities(result);
    return result;
}

} // namespace dokhae::store
