#pragma once

#include "timeline/timeline_event.h"

#include <QList>
#include <QString>

#include <optional>

namespace dokhae::store {
class Library;
}

namespace dokhae::timeline {

// Which events a timeline shows: of one article or all, naming one entity or any.
struct TimelineFilter {
    std::optional<qint64> articleId;
    QString entityId;  // entities::Entity::id after the analyst's corrections; empty for any
};

struct LibraryTimeline {
    QList<TimelineEvent> events;  // sorted by date (sortByDate)
    int articlesRead = 0;
};

// The events of the library's articles (current revisions), each with the entities its sentence
// names as the library's entity service recognizes and corrects them, in time order. nullopt when
// the library could not be read (Library::lastError says why) or the article does not exist.
std::optional<LibraryTimeline> libraryTimeline(const store::Library &library, const TimelineFilter &filter = {});

} // namespace dokhae::timeline
