#include "import/structured_data.h"

#include "import/byline.h"
#include "import/line_features.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace dokhae::import {

namespace {

// A page's data can hold hundreds of thousands of values (lists, menus, other articles); the walk
// stops after this many, so a hostile page costs bounded time.
constexpr int kMaxValuesVisited = 200000;
constexpr qsizetype kMinBodyLength = 60;  // visible characters: shorter strings are labels and teasers
constexpr int kMinBodySentences = 2;

QJsonDocument parsed(const QString &json)
{
    if (json.size() > kMaxEmbeddedJsonBytes)
        return {};
    // Qt's parser refuses nesting deeper than it can handle (DeepNesting) instead of recursing on.
    return QJsonDocument::fromJson(json.trimmed().toUtf8());
}

// Calls visit(value) for every value in the document, depth first, with a stack of its own.
template <typename Visit>
void forEachValue(const QJsonDocument &document, const Visit &visit)
{
    std::vector<QJsonValue> pending;
    pending.push_back(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    int visited = 0;
    while (!pending.empty() && visited++ < kMaxValuesVisited) {
        const QJsonValue value = pending.back();
        pending.pop_back();
        visit(value);
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (auto it = array.end(); it != array.begin();)
                pending.push_back(*--it);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                pending.push_back(it.value());
        }
    }
}

bool isArticleType(const QJsonValue &type)
{
    static const QRegularExpression article(QStringLiteral("^(?:\\w*Article|BlogPosting|Report)$"));
    if (type.isArray()) {
        const QJsonArray types = type.toArray();
        return std::any_of(types.begin(), types.end(), [](const QJsonValue &t) { return isArticleType(t); });
    }
    return article.match(type.toString()).hasMatch();
}

// "이소라 기자" -> "이소라"; a URL is not a name.
QString personName(const QString &written)
{
    const QString name = written.simplified();
    if (name.isEmpty() || name.contains(u"://"))
        return {};
    if (const auto reporter = parseReporterLine(name))
        return reporter->author;
    return name;
}

// author: "이름", {"name": "이름"}, or an array of either.
QString authorNames(const QJsonValue &author)
{
    QStringList names;
    const QJsonArray all = author.isArray() ? author.toArray() : QJsonArray{author};
    for (const QJsonValue &one : all) {
        const QString name = personName(one.isObject() ? one.toObject().value(u"name").toString() : one.toString());
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names.join(QStringLiteral(", "));
}

void setIfEmpty(QString &field, const QString &value)
{
    if (field.isEmpty())
        field = value.simplified();
}

QString withoutTags(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return QString(html).replace(tag, QStringLiteral(" "));
}

int sentenceCount(QStringView text)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.?!。](?:[\"”’')]*)(?:\\s|$)"));
    int count = 0;
    for (auto it = sentenceEnd.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

void readJsonLd(const QString &json, EmbeddedArticle &into)
{
    forEachValue(parsed(json), [&](const QJsonValue &value) {
        if (!value.isObject())
            return;
        const QJsonObject object = value.toObject();
        if (!isArticleType(object.value(u"@type")))
            return;
        setIfEmpty(into.headline, object.value(u"headline").toString());
        setIfEmpty(into.author, authorNames(object.value(u"author")));
        setIfEmpty(into.published, object.value(u"datePublished").toString());
        setIfEmpty(into.publisher, object.value(u"publisher").toObject().value(u"name").toString());
        const QString body = object.value(u"articleBody").toString().trimmed();
        if (into.body.isEmpty() && !body.isEmpty()) {
            into.body = body;
            into.bodyIsHtml = body.contains(u'<') && body.contains(u'>');
        }
    });
}

QString bodyFromPageData(const QString &json, bool *isHtml)
{
    QString best;
    qsizetype bestLength = 0;
    forEachValue(parsed(json), [&](const QJsonValue &value) {
        if (!value.isString())
            return;
        const QString candidate = value.toString();
        if (candidate.size() < kMinBodyLength)
            return;
        const QString text = withoutTags(candidate);
        const qsizetype length = features::visibleLength(text);
        if (length > bestLength && length >= kMinBodyLength && sentenceCount(text) >= kMinBodySentences) {
            best = candidate;
            bestLength = length;
        }
    });
    if (isHtml)
        *isHtml = best.contains(u'<') && best.contains(u'>');
    return best;
}

} // namespace dokhae::import
