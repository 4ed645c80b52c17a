#pragma once

#include "article.h"
#include "entities/entity.h"
#include "timeline/event_date.h"

#include <QList>
#include <QString>

namespace dokhae::timeline {

// Something an article dates: the date as written and read, the sentence that says it, the
// entities that sentence names, and the article it comes from.
struct TimelineEvent {
    EventDate date;
    qsizetype dateStart = 0;  // UTF-16 span of the date expression in the reading text
    qsizetype dateEnd = 0;
    qsizetype sentenceStart = 0;  // the sentence, trimmed of spaces
    qsizetype sentenceEnd = 0;
    QString sentence;
    QList<entities::Entity> entities;  // named in the sentence, in order of first mention (after corrections)
    qint64 articleId = 0;
    QString articleTitle;
    QString outlet;
    QDate published;  // invalid when the article gives none

    bool names(const QString &entityId) const;
};

// The events of one article's reading text. Every date expression (findDateExpressions) is an event,
// except one that only dates a figure (datesOnlyAFigure: 2023년 민간 투자액은 …). `entities` are the
// article's recognized entities (EntityService::articleEntities); the article's id, title, outlet
// and publication date come from `summary`.
QList<TimelineEvent> articleEvents(const QString &text, const ArticleSummary &summary,
                                   const QList<entities::ArticleEntity> &entities);

// Time order: by placement (an open or uncertain date by the start of its range, or its end when
// the start is open), the finer first, then article and place in the text; events with no date at
// all (unresolved) last, in article and text order.
void sortByDate(QList<TimelineEvent> &events);

} // namespace dokhae::timeline
