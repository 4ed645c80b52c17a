#include "annotations/annotation_exchange.h"

#include "text/code_points.h"
#include "util/csv.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace dokhae::annotations {

using namespace Qt::StringLiterals;

namespace {

using Group = QList<const ExportedAnnotation *>;

// Articles in the order their first annotation came, each with its annotations.
QList<Group> byArticle(const QList<ExportedAnnotation> &annotations)
{
    QList<Group> groups;
    QHash<qint64, qsizetype> groupOf;
    for (const ExportedAnnotation &exported : annotations) {
        const qint64 article = exported.annotation.articleId;
        if (!groupOf.contains(article)) {
            groupOf.insert(article, groups.size());
            groups.append(Group());
        }
        groups[groupOf.value(article)].append(&exported);
    }
    return groups;
}

// The order a reader meets the passages in; orphans have no place in the text, so they go last.
void sortForReading(Group &group)
{
    std::stable_sort(group.begin(), group.end(), [](const ExportedAnnotation *a, const ExportedAnnotation *b) {
        return std::pair(a->annotation.orphan, a->annotation.start) < std::pair(b->annotation.orphan, b->annotation.start);
    });
}

QString articleHeading(const ExportedAnnotation &first)
{
    // A line break in a title would end the heading and spill the rest into the text.
    QString title = first.articleTitle.simplified();
    if (title.isEmpty())
        title = QCoreApplication::translate("Annotations", "Untitled article");
    QStringList about;
    if (!first.articleSource.trimmed().isEmpty())
        about << first.articleSource.simplified();
    if (first.published.isValid())
        about << first.published.toString(Qt::ISODate);
    QString heading = u"# "_s + title + u"\n\n"_s;
    if (!about.isEmpty())
        heading += about.join(u" · "_s) + u"\n\n"_s;
    return heading;
}

// Every line of the passage behind "> ", so that nothing in it (a '#', a list marker) starts a
// block of its own.
QString blockQuote(const QString &quote)
{
    QStringList lines = QString(quote).replace(u"\r\n"_s, u"\n"_s).split(u'\n');
    for (QString &line : lines)
        line = line.isEmpty() ? u">"_s : u"> "_s + line;
    return lines.join(u'\n') + u"\n\n"_s;
}

// Tags as hashtags, which note-taking apps (Obsidian, Logseq, Bear) read as tags of their own. A
// space would end such a tag, so it is written as '_'; the JSON-LD export keeps the exact spelling.
QString hashtags(const QStringList &tags)
{
    QStringList written;
    for (const QString &tag : tags)
        written << u'#' + QString(tag).replace(u' ', u'_');
    return written.join(u' ');
}

// The tags, the color and the link as a list: each keeps its own line in every Markdown reader.
QString details(const ExportedAnnotation &exported)
{
    const Annotation &a = exported.annotation;
    QString list;
    if (!a.tags.isEmpty())
        list += u"- **"_s + QCoreApplication::translate("Annotations", "Tags:") + u"** "_s + hashtags(a.tags) + u'\n';
    const QString color = exported.colorName.isEmpty() ? a.color : exported.colorName;
    list += u"- **"_s + QCoreApplication::translate("Annotations", "Color:") + u"** "_s + color + u'\n';
    list += u"- ["_s + QCoreApplication::translate("Annotations", "Open in Dokhae") + u"]("_s + annotationLink(a.id) + u")\n"_s;
    return list;
}

QString annotationMarkdown(const ExportedAnnotation &exported)
{
    QString markdown = blockQuote(exported.annotation.quote.exact);
    // The note is the analyst's own Markdown: written as is, only its trailing blank lines dropped
    // so that the spacing between annotations stays even.
    QString note = exported.annotation.note;
    while (note.endsWith(u'\n') || note.endsWith(u'\r'))
        note.chop(1);
    if (!note.isEmpty())
        markdown += note + u"\n\n"_s;
    return markdown + details(exported) + u'\n';
}

QString articleMarkdown(Group group)
{
    sortForReading(group);
    QString markdown = articleHeading(*group.first());
    bool orphansBegun = false;
    for (const ExportedAnnotation *exported : std::as_const(group)) {
        if (exported->annotation.orphan && !orphansBegun) {
            markdown += u"## "_s + QCoreApplication::translate("Annotations", "Orphaned (passage no longer in the article)")
                + u"\n\n"_s;
            orphansBegun = true;
        }
        markdown += annotationMarkdown(*exported);
    }
    return markdown;
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Positions in code points, as every file read by other tools has them; empty when the offsets
// do not lie in the revision's text, rather than a number that points elsewhere.
std::pair<QString, QString> codePointColumns(const ExportedAnnotation &exported)
{
    const Annotation &a = exported.annotation;
    if (a.start < 0 || a.start > a.end || a.end > exported.revisionText.size())
        return {};
    const text::CodePointIndex index(exported.revisionText);
    return {QString::number(index.toCodePoint(a.start)), QString::number(index.toCodePoint(a.end))};
}

QStringList csvRow(const ExportedAnnotation &exported)
{
    const Annotation &a = exported.annotation;
    const auto [start, end] = codePointColumns(exported);
    return {a.id,         QString::number(a.articleId),
            exported.articleTitle, a.quote.exact,
            a.note,       a.tags.join(u"; "_s),
            a.color,      exported.colorName,
            start,        end,
            a.orphan ? u"true"_s : u"false"_s,
            a.author,     isoUtc(a.created),
            isoUtc(a.modified), annotationLink(a.id)};
}

} // namespace

QString toMarkdown(const QList<ExportedAnnotation> &annotations)
{
    QStringList articles;
    for (const Group &group : byArticle(annotations))
        articles << articleMarkdown(group);
    QString markdown = articles.join(QString());
    while (markdown.endsWith(u"\n\n"_s))
        markdown.chop(1);
    return markdown;
}

QByteArray toCsv(const QList<ExportedAnnotation> &annotations)
{
    // Column names are stable English whatever the interface language: scripts read them.
    QList<QStringList> rows{{u"id"_s, u"article_id"_s, u"article_title"_s, u"quote"_s, u"note"_s, u"tags"_s,
                             u"color"_s, u"color_name"_s, u"start"_s, u"end"_s, u"orphan"_s, u"author"_s,
                             u"created"_s, u"modified"_s, u"link"_s}};
    for (const ExportedAnnotation &exported : annotations)
        rows << csvRow(exported);
    return util::csvDocument(rows);
}

} // namespace dokhae::annotations
