// fromW3cJsonLd: Web Annotations read from a file, strictly, with a reason for the first thing
// that is wrong.
#include "annotations/annotation_exchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace dokhae::annotations {

using namespace Qt::StringLiterals;

// ---- Reading ----

namespace {

// Bounds on what one file may ask of us, far above any real library, so that a hostile or broken
// file is refused with a reason instead of exhausting memory or time.
constexpr qsizetype kMaxItems = 1'000'000;
constexpr qsizetype kMaxBodies = 10'000;      // per annotation: each tag is a body
constexpr qsizetype kMaxTextLength = 1 << 20; // a quote, its context or a note
constexpr qsizetype kMaxNameLength = 4096;    // a tag, an author, a date, a color
constexpr double kMaxPosition = 1e15;         // still exact as a double

// JSON-LD lets a single value stand for a list of one, and a missing value for an empty list.
QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

// The anno.jsonld context aliases "@id" and "@type" as "id" and "type"; a file may use either.
QJsonValue keyword(const QJsonObject &object, QStringView name)
{
    const QJsonValue plain = object.value(name);
    return plain.isUndefined() ? object.value(QString(u'@').append(name)) : plain;
}

bool hasType(const QJsonObject &object, QStringView type)
{
    const QJsonArray types = asArray(keyword(object, u"type"));
    return std::any_of(types.begin(), types.end(), [&](const QJsonValue &t) { return t.toString() == type; });
}

// Purposes, like types, may be one or several.
bool hasPurpose(const QJsonObject &body, QStringView purpose)
{
    const QJsonArray purposes = asArray(body.value(u"purpose"));
    return std::any_of(purposes.begin(), purposes.end(), [&](const QJsonValue &p) { return p.toString() == purpose; });
}

// A TextualBody says so by its type, or (W3C 3.2.4) only by having a value.
bool isTextualBody(const QJsonObject &body)
{
    return hasType(body, u"TextualBody") || (keyword(body, u"type").isUndefined() && body.contains(u"value"));
}

std::optional<QJsonObject> firstOfType(const QJsonValue &values, QStringView type)
{
    for (const QJsonValue &value : asArray(values)) {
        if (value.isObject() && hasType(value.toObject(), type))
            return value.toObject();
    }
    return std::nullopt;
}

// Reads one annotation; the first thing wrong with it is kept in error() and ends the reading.
class ItemReader
{
public:
    std::optional<ImportedAnnotation> read(const QJsonValue &item);
    const QString &error() const { return m_error; }

private:
    void fail(const QString &why);
    bool failed() const { return !m_error.isEmpty(); }
    QString text(const QJsonObject &object, QStringView key, qsizetype maxLength);
    QString bounded(const QString &value, QStringView what, qsizetype maxLength);
    void readId(const QJsonObject &object);
    void readTarget(const QJsonValue &targets);
    void readPosition(const QJsonObject &selector);
    qsizetype position(const QJsonObject &selector, QStringView key);
    void readBodies(const QJsonObject &object);
    void readBody(const QJsonValue &body, bool tagging, QStringList &tags);
    QDateTime date(const QJsonObject &object, QStringView key);
    void readCreator(const QJsonValue &creator);

    ImportedAnnotation m_item;
    QString m_error;
};

void ItemReader::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
}

// A string field, empty when absent; refused when it is something else or implausibly long.
QString ItemReader::text(const QJsonObject &object, QStringView key, qsizetype maxLength)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(QCoreApplication::translate("Annotations", "its “%1” is not text.").arg(key));
        return {};
    }
    return bounded(value.toString(), key, maxLength);
}

QString ItemReader::bounded(const QString &value, QStringView what, qsizetype maxLength)
{
    if (value.size() <= maxLength)
        return value;
    fail(QCoreApplication::translate("Annotations", "its “%1” is longer than %2 characters.").arg(what).arg(maxLength));
    return {};
}

std::optional<ImportedAnnotation> ItemReader::read(const QJsonValue &item)
{
    const QJsonObject object = item.toObject();
    if (!item.isObject() || !hasType(object, u"Annotation")) {
        fail(QCoreApplication::translate("Annotations", "it is not of type Annotation."));
        return std::nullopt;
    }
    Annotation &a = m_item.annotation;
    readId(object);
    readTarget(object.value(u"target"));
    readBodies(object);
    readCreator(object.value(u"creator"));
    a.created = date(object, u"created");
    a.modified = date(object, u"modified");
    if (!a.modified.isValid())
        a.modified = a.created;
    if (failed())
        return std::nullopt;
    return m_item;
}

void ItemReader::readId(const QJsonObject &object)
{
    const QString id = keyword(object, u"id").toString();
    if (const auto uuid = plainAnnotationId(id))
        m_item.annotation.id = *uuid;
    else
        fail(QCoreApplication::translate("Annotations", "its id is not a UUID (urn:uuid:…)."));
}

// The first target that quotes its passage: other targets (a whole page, a region of an image)
// say nothing Dokhae can anchor.
void ItemReader::readTarget(const QJsonValue &targets)
{
    for (const QJsonValue &value : asArray(targets)) {
        const QJsonObject target = value.toObject();
        const auto quote = firstOfType(target.value(u"selector"), u"TextQuoteSelector");
        if (!quote)
            continue;
        TextQuote &q = m_item.annotation.quote;
        q.exact = text(*quote, u"exact", kMaxTextLength);
        q.prefix = text(*quote, u"prefix", kMaxTextLength);
        q.suffix = text(*quote, u"suffix", kMaxTextLength);
        if (q.exact.isEmpty() && !failed())
            fail(QCoreApplication::translate("Annotations", "its TextQuoteSelector quotes nothing."));
        if (const auto position = firstOfType(target.value(u"selector"), u"TextPositionSelector"))
            readPosition(*position);
        const QString source = target.value(u"source").isObject() ? keyword(target.value(u"source").toObject(), u"id").toString()
                                                                   : target.value(u"source").toString();
        m_item.revisionSha = revisionShaFromIri(source).value_or(QString());
        const QString color = text(target, u"styleClass", kMaxNameLength);
        m_item.annotation.color = isColorKey(color) ? color : defaultColorKey();
        return;
    }
    fail(QCoreApplication::translate("Annotations", "it has no target with a TextQuoteSelector."));
}

void ItemReader::readPosition(const QJsonObject &selector)
{
    const qsizetype start = position(selector, u"start");
    const qsizetype end = position(selector, u"end");
    if (failed())
        return;
    if (start > end) {
        fail(QCoreApplication::translate("Annotations", "its TextPositionSelector starts after it ends."));
        return;
    }
    m_item.codePointStart = start;
    m_item.codePointEnd = end;
}

qsizetype ItemReader::position(const QJsonObject &selector, QStringView key)
{
    const QJsonValue value = selector.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > kMaxPosition || std::floor(number) != number) {
        fail(QCoreApplication::translate("Annotations", "the “%1” of its TextPositionSelector is not a whole number of 0 or more.")
                 .arg(key));
        return -1;
    }
    return qsizetype(number);
}

void ItemReader::readBodies(const QJsonObject &object)
{
    const QJsonArray bodies = asArray(object.value(u"body"));
    if (bodies.size() > kMaxBodies) {
        fail(QCoreApplication::translate("Annotations", "it has more than %1 bodies.").arg(kMaxBodies));
        return;
    }
    // Under the tagging motivation a body without a purpose is a tag (W3C 3.3.5).
    const bool tagging = asArray(object.value(u"motivation")).contains(u"tagging"_s);
    QStringList tags;
    for (const QJsonValue &body : bodies)
        readBody(body, tagging, tags);
    // bodyValue is the W3C's shorthand for a plain-text note (3.2.5).
    if (m_item.annotation.note.isEmpty())
        m_item.annotation.note = text(object, u"bodyValue", kMaxTextLength);
    m_item.annotation.tags = normalizedTags(tags);
}

void ItemReader::readBody(const QJsonValue &value, bool tagging, QStringList &tags)
{
    Annotation &a = m_item.annotation;
    if (value.isString()) {
        // Strictly an IRI, but files written by hand put the note there.
        if (a.note.isEmpty())
            a.note = bounded(value.toString(), u"body", kMaxTextLength);
        return;
    }
    const QJsonObject body = value.toObject();
    if (!isTextualBody(body))
        return;  // a linked resource: nothing Dokhae keeps
    const bool explicitPurpose = body.contains(u"purpose");
    if (hasPurpose(body, u"tagging") || (tagging && !explicitPurpose)) {
        tags << text(body, u"value", kMaxNameLength);
    } else if ((hasPurpose(body, u"commenting") || !explicitPurpose) && a.note.isEmpty()) {
        a.note = text(body, u"value", kMaxTextLength);
    }
}

void ItemReader::readCreator(const QJsonValue &value)
{
    // Several creators are possible; Dokhae keeps one author, the first.
    const QJsonArray creators = asArray(value);
    const QJsonValue creator = creators.isEmpty() ? QJsonValue() : creators.first();
    m_item.annotation.author = creator.isObject() ? text(creator.toObject(), u"name", kMaxNameLength)
                                                  : bounded(creator.toString(), u"creator", kMaxNameLength);
}

// W3C asks for xsd:dateTime with a time zone; one without is read as UTC rather than as the
// reader's local time, so that the same file gives the same times on every machine.
QDateTime ItemReader::date(const QJsonObject &object, QStringView key)
{
    const QString value = text(object, key, kMaxNameLength);
    if (value.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid()) {
        fail(QCoreApplication::translate("Annotations", "its “%1” date “%2” is not an ISO 8601 date and time.").arg(key, value.left(64)));
        return {};
    }
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    return time.toUTC();
}

// ---- The shapes a file comes in ----

std::optional<QJsonArray> failWith(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

// A page's items and those of the pages embedded after it. A page that is only linked is not in
// the file: reading the rest would silently drop those annotations.
std::optional<QJsonArray> pageItems(const QJsonObject &firstPage, QString *error)
{
    QJsonArray items;
    for (QJsonValue page = firstPage; !page.isUndefined() && !page.isNull(); page = page.toObject().value(u"next")) {
        if (!page.isObject())
            return failWith(error, QCoreApplication::translate("Annotations", "The collection goes on in a page that is not in the file."));
        for (const QJsonValue &item : asArray(page.toObject().value(u"items")))
            items.append(item);
    }
    return items;
}

std::optional<QJsonArray> collectionItems(const QJsonObject &collection, QString *error)
{
    const QJsonValue first = collection.value(u"first");
    if (first.isObject())
        return pageItems(first.toObject(), error);
    if (first.isUndefined() && collection.value(u"total").toInteger(0) == 0)
        return QJsonArray();
    return failWith(error, QCoreApplication::translate("Annotations", "The collection's annotations are not in the file."));
}

std::optional<QJsonArray> itemsOf(const QJsonDocument &document, QString *error)
{
    if (document.isArray())
        return document.array();
    const QJsonObject object = document.object();
    if (hasType(object, u"Annotation"))
        return QJsonArray{object};
    if (hasType(object, u"AnnotationCollection"))
        return collectionItems(object, error);
    if (hasType(object, u"AnnotationPage"))
        return pageItems(object, error);
    return failWith(error, QCoreApplication::translate("Annotations",
        "The file holds no Web Annotations (no Annotation, AnnotationPage or AnnotationCollection)."));
}

std::optional<QJsonArray> parseItems(const QByteArray &data, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failWith(error, QCoreApplication::translate("Annotations", "The file is not JSON: %1 (at byte %2).")
                                   .arg(parseError.errorString()).arg(parseError.offset));
    }
    auto items = itemsOf(document, error);
    if (items && items->size() > kMaxItems) {
        return failWith(error, QCoreApplication::translate("Annotations", "The file holds %1 annotations; at most %2 are read at once.")
                                   .arg(items->size()).arg(kMaxItems));
    }
    return items;
}

} // namespace

std::optional<QList<ImportedAnnotation>> fromW3cJsonLd(const QByteArray &data, QString *error)
{
    const auto items = parseItems(data, error);
    if (!items)
        return std::nullopt;
    QList<ImportedAnnotation> annotations;
    annotations.reserve(items->size());
    for (qsizetype i = 0; i < items->size(); ++i) {
        ItemReader reader;
        auto annotation = reader.read(items->at(i));
        if (!annotation) {
            if (error) {
                *error = QCoreApplication::translate("Annotations", "Annotation %1 of %2 (items[%3]) cannot be read: %4")
                             .arg(i + 1).arg(items->size()).arg(i).arg(reader.error());
            }
            return std::nullopt;
        }
        annotations.append(std::move(*annotation));
    }
    return annotations;
}

} // namespace dokhae::annotations
