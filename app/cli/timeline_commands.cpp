#include "timeline_commands.h"

#include "article_source.h"
#include "cli_commands.h"
#include "store/entity_service.h"
#include "store/library.h"
#include "text/code_points.h"
#include "timeline/library_timeline.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

class CliTimeline {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace dokhae::cli {

namespace {

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject dateToJson(const timeline::EventDate &date)
{
    return QJsonObject{
        {QStringLiteral("written"), date.written},
        {QStringLiteral("start"), dateOrNull(date.start)},
        {QStringLiteral("end"), dateOrNull(date.end)},
        {QStringLiteral("iso"), date.isoText().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(date.isoText())},
        {QStringLiteral("precision"), timeline::precisionName(date.precision)},
        {QStringLiteral("certainty"), timeline::certaintyName(date.certainty)},
        {QStringLiteral("relative"), date.relative},
        {QStringLiteral("resolved"), date.isResolved()},
    };
}

// Offsets leave as code points of the article's current reading text.
class CodePoints
{
public:
    explicit CodePoints(const store::Library &library)
        : m_library(library)
    {
    }
    qsizetype operator()(qint64 articleId, qsizetype utf16) const
    {
        auto it = m_indexes.find(articleId);
        if (it == m_indexes.end()) {
            const std::optional<ArticleRecord> record = m_library.article(articleId);
            it = m_indexes.emplace(articleId, text::CodePointIndex(record ? record->text : QString()));
        }
        return it->toCodePoint(utf16);
    }

private:
    const store::Library &m_library;
    mutable QHash<qint64, text::CodePointIndex> m_indexes;
};

QJsonObject eventToJson(const timeline::TimelineEvent &event, const CodePoints &codePoints, const QString &language)
{
    QJsonArray entities;
    for (const entities::Entity &entity : event.entities) {
        entities.append(QJsonObject{{QStringLiteral("id"), entity.id},
                                    {QStringLiteral("type"), entities::entityTypeName(entity.type)},
                                    {QStringLiteral("name_ko"), entity.nameKo},
                                    {QStringLiteral("name_en"), entity.nameEn},
                                    {QStringLiteral("display"), entity.displayName(language)}});
    }
    return QJsonObject{
        {QStringLiteral("date"), dateToJson(event.date)},
        {QStringLiteral("start"), codePoints(event.articleId, event.dateStart)},
        {QStringLiteral("end"), codePoints(event.articleId, event.dateEnd)},
        {QStringLiteral("sentence_start"), codePoints(event.articleId, event.sentenceStart)},
        {QStringLiteral("sentence_end"), codePoints(event.articleId, event.sentenceEnd)},
        {QStringLiteral("sentence"), event.sentence},
        {QStringLiteral("entities"), entities},
        {QStringLiteral("article_id"), event.articleId},
        {QStringLiteral("title"), event.articleTitle},
        {QStringLiteral("source"), event.outlet},
        {QStringLiteral("published"), dateOrNull(event.published)},
    };
}

// One line per event: the date read (~ before an approximate one, ? for one not placed), the words
// as written, the article, the sentence.
void writeText(const timeline::TimelineEvent &event, QTextStream &out)
{
    const timeline::EventDate &date = event.date;
    const QString mark = date.certainty == timeline::DateCertainty::Approximate ? QStringLiteral("~")
        : date.certainty == timeline::DateCertainty::Unresolved                 ? QStringLiteral("?")
                                                                                : QString();
    out << mark << date.isoText() << '\t' << date.written << '\t' << event.articleId << '\t' << event.sentence
        << Qt::endl;
}

} // namespace

int timelineCommand(const TimelineOptions &options, QTextStream &out, QTextStream &err)
{
    store::Library library;
    if (!openExistingLibrary(library, options.dbPath, err))
        return ExitLibrary;
    timeline::TimelineFilter filter;
    if (!options.articleId.isEmpty()) {
        bool isNumber = false;
        const qint64 id = options.articleId.toLongLong(&isNumber);
        if (!isNumber || !library.summary(id)) {
            err << CliTimeline::tr("No article with id %1 in %2.").arg(options.articleId, options.dbPath) << Qt::endl;
            return ExitNotFound;
        }
        filter.articleId = id;
    }
    if (!options.entity.isEmpty()) {
        const std::optional<store::LibraryEntity> found = library.entities().findEntity(options.entity);
        if (!found) {
            err << CliTimeline::tr("No entity named %1 in %2 or the catalog.").arg(options.entity, options.dbPath)
                << Qt::endl;
            return ExitNotFound;
        }
        filter.entityId = found->entity.id;
    }
    const std::optional<timeline::LibraryTimeline> timeline = timeline::libraryTimeline(library, filter);
    if (!timeline) {
        err << library.lastError() << Qt::endl;
        return ExitLibrary;
    }
    if (!options.json) {
        for (const timeline::TimelineEvent &event : timeline->events)
            writeText(event, out);
        return ExitOk;
    }
    const CodePoints codePoints(library);
    QJsonArray array;
    for (const timeline::TimelineEvent &event : timeline->events)
        array.append(eventToJson(event, codePoints, options.language));
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace dokhae::cli
