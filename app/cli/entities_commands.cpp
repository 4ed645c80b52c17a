#include "entities_commands.h"

#include "article_source.h"
#include "cli_commands.h"
#include "store/library.h"
#include "text/code_points.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

class CliEntities {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace dokhae::cli {

namespace {

using entities::ArticleEntity;
using entities::Entity;
using entities::Mention;

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// The fields of the contract first (id, type, name_ko, name_en, aliases), then extras.
QJsonObject entityToJson(const Entity &entity, const QString &language)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), entity.id);
    o.insert(QStringLiteral("type"), entities::entityTypeName(entity.type));
    o.insert(QStringLiteral("name_ko"), orNull(entity.nameKo));
    o.insert(QStringLiteral("name_en"), orNull(entity.nameEn));
    o.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(entity.aliases));
    o.insert(QStringLiteral("display"), entity.displayName(language));
    o.insert(QStringLiteral("hanzi"), orNull(entity.hanzi));
    o.insert(QStringLiteral("wikidata"), orNull(entity.wikidata));
    o.insert(QStringLiteral("from_catalog"), entity.fromCatalog);
    return o;
}

// Offsets are code points at this border (the seeds have emoji before some mentions).
QJsonObject articleEntityToJson(const text::CodePointIndex &codePoints, const ArticleEntity &found,
                                const QString &language)
{
    QJsonObject o = entityToJson(found.entity, language);
    QJsonArray mentions;
    for (const Mention &mention : found.mentions) {
        mentions.append(QJsonObject{{QStringLiteral("start"), codePoints.toCodePoint(mention.start)},
                                    {QStringLiteral("end"), codePoints.toCodePoint(mention.end)},
                                    {QStringLiteral("text"), mention.text}});
    }
    o.insert(QStringLiteral("mentions"), mentions);
    return o;
}

void writeJson(QTextStream &out, const QJsonDocument &document)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

void writeEntities(const QString &text, const QList<ArticleEntity> &found, const EntitiesOptions &options,
                   QTextStream &out)
{
    // One index for all mentions: converting each from the text's start made thousands of
    // mentions cost thousands of passes over the text.
    const text::CodePointIndex codePoints(text);
    if (options.json) {
        QJsonArray array;
        for (const ArticleEntity &entry : found)
            array.append(articleEntityToJson(codePoints, entry, options.language));
        writeJson(out, QJsonDocument(array));
        return;
    }
    for (const ArticleEntity &entry : found) {
        QStringList spans;
        for (const Mention &mention : entry.mentions)
            spans << QStringLiteral("%1-%2").arg(codePoints.toCodePoint(mention.start))
                         .arg(codePoints.toCodePoint(mention.end));
        out << entities::entityTypeName(entry.entity.type) << '\t' << entry.entity.displayName(options.language)
            << '\t' << entry.mentions.size() << '\t' << entry.entity.id << '\t' << spans.join(u' ') << Qt::endl;
    }
}

} // namespace

int entitiesCommand(const QStringList &arguments, const EntitiesOptions &options, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 1) {
        err << CliEntities::tr("entities: give one article file, or --db FILE and one article id.") << Qt::endl;
        return ExitUsage;
    }
    store::Library library;
    const LoadedArticle article = loadArticle(arguments.first(), options.dbPath, library, err);
    if (article.exitCode != ExitOk)
        return article.exitCode;
    if (article.libraryId < 0) {
        // A file outside any library: no library is open, so the bundled catalog, no corrections.
        writeEntities(article.text, library.entities().textEntities(article.text), options, out);
        return ExitOk;
    }
    const auto found = library.entities().articleEntities(article.libraryId);
    if (!found) {
        err << CliEntities::tr("No article with id %1 in %2.").arg(arguments.first(), options.dbPath) << Qt::endl;
        return ExitNotFound;
    }
    writeEntities(article.text, *found, options, out);
    return ExitOk;
}

int entityCommand(const QStringList &arguments, const EntitiesOptions &options, QTextStream &out, QTextStream &err)
{
    const QString name = arguments.join(u' ').trimmed();
    if (name.isEmpty() || options.dbPath.isEmpty()) {
        err << CliEntities::tr("entity: give --db FILE and a name.") << Qt::endl;
        return ExitUsage;
    }
    store::Library library;
    if (!openExistingLibrary(library, options.dbPath, err))
        return ExitLibrary;
    const std::optional<store::LibraryEntity> found = library.entities().findEntity(name);
    if (!found) {
        err << CliEntities::tr("No entity named %1 in %2 or the catalog.").arg(name, options.dbPath) << Qt::endl;
        return ExitNotFound;
    }
    if (options.json) {
        QJsonObject o = entityToJson(found->entity, options.language);
        QJsonArray articles;
        for (const store::EntityArticle &article : found->articles) {
            articles.append(QJsonObject{{QStringLiteral("id"), article.articleId},
                                        {QStringLiteral("title"), article.title},
                                        {QStringLiteral("mentions"), article.mentions}});
        }
        o.insert(QStringLiteral("articles"), articles);
        o.insert(QStringLiteral("mentions"), found->mentionCount());
        writeJson(out, QJsonDocument(o));
        return ExitOk;
    }
    out << found->entity.displayName(options.language) << '\t' << entities::entityTypeName(found->entity.type) << '\t'
        << found->entity.id << Qt::endl;
    for (const store::EntityArticle &article : found->articles)
        out << article.articleId << '\t' << article.mentions << '\t' << article.title << Qt::endl;
    return ExitOk;
}

} // namespace dokhae::cli
