#include "timeline/timeline_event.h"

#include "figures/figure.h"
#include "text/sentences.h"
#include "timeline/date_expressions.h"
#include "timeline/figure_years.h"

#include <algorithm>

namespace dokhae::timeline {

namespace {

text::SentenceSpan sentenceAt(const QList<text::SentenceSpan> &sentences, qsizetype pos, qsizetype textSize)
{
    const auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                                     [](qsizetype p, const text::SentenceSpan &s) { return p < s.end; });
    return it == sentences.end() ? text::SentenceSpan{0, textSize, true} : *it;
}

QList<entities::Entity> entitiesWithin(const QList<entities::ArticleEntity> &found, qsizetype start, qsizetype end)
{
    QList<std::pair<qsizetype, entities::Entity>> named;
    for (const entities::ArticleEntity &article : found) {
        for (const entities::Mention &mention : article.mentions) {
            if (mention.start >= start && mention.end <= end) {
                named.append({mention.start, article.entity});
                break;  // mentions are in text order: the first one inside is the first mention
            }
        }
    }
    std::stable_sort(named.begin(), named.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<entities::Entity> entities;
    for (const auto &[position, entity] : named)
        entities << entity;
    return entities;
}

int precisionRank(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day: return 0;
    case DatePrecision::Month: return 1;
    case DatePrecision::Range: return 2;
    case DatePrecision::Quarter: return 3;
    case DatePrecision::Half: return 4;
    case DatePrecision::Year: return 5;
    }
    return 6;
}

} // namespace

bool TimelineEvent::names(const QString &entityId) const
{
    return std::any_of(entities.begin(), entities.end(), [&](const entities::Entity &e) { return e.id == entityId; });
}

QList<TimelineEvent> articleEvents(const QString &text, const ArticleSummary &summary,
                                   const QList<entities::ArticleEntity> &entities)
{
    const QList<figures::Figure> figures = figures::extractFigures(text);
    const QList<text::SentenceSpan> sentences = text::sentenceSpans(text);
    QList<TimelineEvent> events;
    for (const DateExpression &expression : findDateExpressions(text, figures, summary.meta.published)) {
        text::SentenceSpan sentence = sentenceAt(sentences, expression.start, text.size());
        if (datesOnlyAFigure(text, expression.end, sentence.end, figures))
            continue;
        while (sentence.start < sentence.end && text[sentence.start].isSpace())
            ++sentence.start;
        while (sentence.end > sentence.start && text[sentence.end - 1].isSpace())
            --sentence.end;
        TimelineEvent event;
        event.date = expression.date;
        event.dateStart = expression.start;
        event.dateEnd = expression.end;
        event.sentenceStart = sentence.start;
        event.sentenceEnd = sentence.end;
        event.sentence = text.mid(sentence.start, sentence.end - sentence.start);
        event.entities = entitiesWithin(entities, sentence.start, sentence.end);
        event.articleId = summary.id;
        event.articleTitle = summary.meta.title;
        event.outlet = summary.meta.source;
        event.published = summary.meta.published;
        events << event;
    }
    return events;
}

void sortByDate(QList<TimelineEvent> &events)
{
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent &a, const TimelineEvent &b) {
        const QDate pa = a.date.placement(), pb = b.date.placement();
        if (pa.isValid() != pb.isValid())
            return pa.isValid();
        if (pa != pb)
            return pa < pb;
        if (precisionRank(a.date.precision) != precisionRank(b.date.precision))
            return precisionRank(a.date.precision) < precisionRank(b.date.precision);
        if (a.articleId != b.articleId)
            return a.articleId < b.articleId;
        return a.dateStart < b.dateStart;
    });
}

} // namespace dokhae::timeline
