#include "timeline/library_timeline.h"

#include "store/entity_service.h"
#include "store/library.h"

#include <algorithm>

namespace dokhae::timeline {

namespace {

bool addArticle(const store::Library &library, qint64 id, const TimelineFilter &filter, LibraryTimeline &timeline)
{
    const std::optional<ArticleRecord> record = library.article(id);
    const std::optional<QList<entities::ArticleEntity>> found = library.entities().articleEntities(id);
    if (!record || !found)
        return false;
    ++timeline.articlesRead;
    for (TimelineEvent &event : articleEvents(record->text, record->summary, *found)) {
        if (filter.entityId.isEmpty() || event.names(filter.entityId))
            timeline.events << std::move(event);
    }
    return true;
}

} // namespace

std::optional<LibraryTimeline> libraryTimeline(const store::Library &library, const TimelineFilter &filter)
{
    LibraryTimeline timeline;
    if (filter.articleId) {
        if (!addArticle(library, *filter.articleId, filter, timeline))
            return std::nullopt;
    } else {
        // An entity's articles are known without reading every text; other articles cannot name it.
        QList<qint64> ids;
        if (!filter.entityId.isEmpty()) {
            for (const store::LibraryEntity &entity : library.entities().libraryEntities()) {
                if (entity.entity.id != filter.entityId)
                    continue;
                for (const store::EntityArticle &article : entity.articles)
                    ids << article.articleId;
            }
        } else if (!library.forEachArticle([&](const ArticleSummary &summary) { ids << summary.id; })) {
            return std::nullopt;
        }
        std::sort(ids.begin(), ids.end());
        for (const qint64 id : ids) {
            if (!addArticle(library, id, filter, timeline))
                return std::nullopt;
        }
    }
    sortByDate(timeline.events);
    return timeline;
}

} // namespace dokhae::timeline
