#include "json_output.h"

#include "search/search_query.h"

#include <QJsonDocument>

namespace dokhae::cli {

namespace {

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject summaryToJson(const ArticleSummary &summary)
{
    return QJsonObject{
        {QStringLiteral("id"), summary.id},
        {QStringLiteral("title"), summary.meta.title},
        {QStringLiteral("author"), summary.meta.author},
        {QStringLiteral("source"), summary.meta.source},
        {QStringLiteral("published"), dateOrNull(summary.meta.published)},
        {QStringLiteral("source_file"), summary.sourceFile},
        {QStringLiteral("revision"), summary.revision},
        {QStringLiteral("revisions"), summary.revisionCount},
    };
}

QJsonObject recordToJson(const ArticleRecord &record)
{
    QJsonObject object = summaryToJson(record.summary);
    object.insert(QStringLiteral("text"), record.text);
    return object;
}

QJsonObject searchHitToJson(const store::SearchHit &hit)
{
    QJsonObject object{
        {QStringLiteral("id"), hit.id},
        {QStringLiteral("title"), hit.title},
        {QStringLiteral("snippet"),
         // The article's own text is escaped: markup written in an article must not pass for our
         // markers, or run in whatever renders the snippet as HTML.
         search::renderSnippet(hit.snippet, QStringLiteral("<mark>"), QStringLiteral("</mark>"), true)},
        {QStringLiteral("score"), hit.score},
    };
    if (!hit.why.isEmpty())
        object.insert(QStringLiteral("why"), hit.why);
    return object;
}

JsonArrayWriter::JsonArrayWriter(QTextStream &out, QString indent)
    : m_out(out)
    , m_indent(std::move(indent))
{
    m_out << '[';
}

void JsonArrayWriter::add(const QJsonObject &element)
{
    m_out << (m_empty ? "\n" : ",\n") << m_indent << "  " << QString::fromUtf8(QJsonDocument(element).toJson(QJsonDocument::Compact));
    m_empty = false;
}

void JsonArrayWriter::finish()
{
    if (!m_empty)
        m_out << '\n' << m_indent;
    m_out << ']';
}

} // namespace dokhae::cli
