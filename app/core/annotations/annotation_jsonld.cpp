#include "annotations/annotation_exchange.h"

#include "text/code_points.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace dokhae::annotations {

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView kLinkPrefix = u"dokhae://annotation/";
constexpr QStringView kUuidUrn = u"urn:uuid:";
constexpr QStringView kShaUrn = u"urn:sha256:";
constexpr QStringView kNiScheme = u"ni://";
constexpr QStringView kNiAlgorithm = u"sha-256;";
constexpr qsizetype kUuidLength = 36;
constexpr qsizetype kSha256Bytes = 32;

QString annoContext()
{
    return u"http://www.w3.org/ns/anno.jsonld"_s;
}

// Only the plain 8-4-4-4-12 spelling, lower-cased: an id must read the same in every file and
// library, and braces or other spellings would make one annotation look like two.
std::optional<QString> plainUuid(QStringView text)
{
    if (text.size() != kUuidLength)
        return std::nullopt;
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        return std::nullopt;
    return uuid.toString(QUuid::WithoutBraces);
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

std::optional<QString> shaFromHex(QStringView hex)
{
    if (hex.size() != 2 * kSha256Bytes || !std::all_of(hex.begin(), hex.end(), isHexDigit))
        return std::nullopt;
    return hex.toString().toLower();
}

// RFC 6920: ni://[authority]/sha-256;<base64url>[?query]. The authority only says where the
// object might be fetched from, so it does not change which revision is named.
std::optional<QString> shaFromNi(QStringView iri)
{
    const qsizetype slash = iri.indexOf(u'/', kNiScheme.size());
    if (!iri.startsWith(kNiScheme, Qt::CaseInsensitive) || slash < 0)
        return std::nullopt;
    QStringView value = iri.sliced(slash + 1);
    if (!value.startsWith(kNiAlgorithm, Qt::CaseInsensitive))
        return std::nullopt;
    value = value.sliced(kNiAlgorithm.size());
    if (const qsizetype query = value.indexOf(u'?'); query >= 0)
        value.truncate(query);
    const auto decoded = QByteArray::fromBase64Encoding(
        value.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok || decoded.decoded.size() != kSha256Bytes)
        return std::nullopt;
    return QString::fromLatin1(decoded.decoded.toHex());
}

} // namespace

QString annotationLink(const QString &id)
{
    return kLinkPrefix.toString() + id;
}

std::optional<QString> annotationIdFromLink(const QString &link)
{
    // Scheme and host are case-insensitive in a URL; only the id that follows is ours to check.
    if (!link.startsWith(kLinkPrefix, Qt::CaseInsensitive))
        return std::nullopt;
    return plainUuid(QStringView(link).sliced(kLinkPrefix.size()));
}

QString revisionSourceIri(const QString &sha256Hex)
{
    if (!shaFromHex(sha256Hex))
        return {};
    const QByteArray digest = QByteArray::fromHex(sha256Hex.toLatin1());
    return u"ni:///sha-256;"_s
        + QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> revisionShaFromIri(const QString &iri)
{
    const QStringView view(iri);
    if (view.startsWith(kShaUrn, Qt::CaseInsensitive))
        return shaFromHex(view.sliced(kShaUrn.size()));
    return shaFromNi(view);
}

// ---- Writing ----

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject textualBody(const QString &value, const QString &purpose)
{
    return {{u"type"_s, u"TextualBody"_s}, {u"value"_s, value}, {u"purpose"_s, purpose}};
}

QJsonArray bodiesOf(const Annotation &annotation)
{
    QJsonArray bodies;
    if (!annotation.note.isEmpty()) {
        QJsonObject note = textualBody(annotation.note, u"commenting"_s);
        note.insert(u"format"_s, u"text/markdown"_s);
        bodies.append(note);
    }
    for (const QString &tag : annotation.tags)
        bodies.append(textualBody(tag, u"tagging"_s));
    return bodies;
}

// Prefix and suffix are optional in the model; a passage at the very start or end has none.
QJsonObject quoteSelector(const TextQuote &quote)
{
    QJsonObject selector{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, quote.exact}};
    if (!quote.prefix.isEmpty())
        selector.insert(u"prefix"_s, quote.prefix);
    if (!quote.suffix.isEmpty())
        selector.insert(u"suffix"_s, quote.suffix);
    return selector;
}

// A position selector only when the offsets lie in the revision's text: a position converted
// against the wrong (or a missing) text would send a reader to the wrong passage.
std::optional<QJsonObject> positionSelector(const ExportedAnnotation &exported)
{
    const Annotation &a = exported.annotation;
    if (a.start < 0 || a.start > a.end || a.end > exported.revisionText.size())
        return std::nullopt;
    const text::CodePointIndex index(exported.revisionText);
    return QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                       {u"start"_s, qint64(index.toCodePoint(a.start))},
                       {u"end"_s, qint64(index.toCodePoint(a.end))}};
}

QJsonObject targetOf(const ExportedAnnotation &exported)
{
    QJsonArray selectors{quoteSelector(exported.annotation.quote)};
    if (const auto position = positionSelector(exported))
        selectors.append(*position);
    QJsonObject target{{u"styleClass"_s, exported.annotation.color}, {u"selector"_s, selectors}};
    if (const QString source = revisionSourceIri(exported.revisionSha); !source.isEmpty())
        target.insert(u"source"_s, source);
    return target;
}

QJsonObject annotationObject(const ExportedAnnotation &exported)
{
    const Annotation &a = exported.annotation;
    QJsonObject object{
        // Each annotation carries its own context so that it stays valid when copied out alone.
        {u"@context"_s, annoContext()},
        {u"id"_s, kUuidUrn.toString() + a.id},
        {u"type"_s, u"Annotation"_s},
        {u"motivation"_s, a.note.isEmpty() ? u"highlighting"_s : u"commenting"_s},
        {u"stylesheet"_s, QJsonObject{{u"type"_s, u"CssStylesheet"_s},
                                      {u"value"_s, u".%1 { background-color: %2 }"_s.arg(a.color, colorHex(a.color))}}},
        {u"target"_s, targetOf(exported)},
    };
    if (a.created.isValid())
        object.insert(u"created"_s, isoUtc(a.created));
    if (a.modified.isValid())
        object.insert(u"modified"_s, isoUtc(a.modified));
    if (!a.author.isEmpty())
        object.insert(u"creator"_s, QJsonObject{{u"type"_s, u"Person"_s}, {u"name"_s, a.author}});
    if (const QJsonArray bodies = bodiesOf(a); !bodies.isEmpty())
        object.insert(u"body"_s, bodies);
    return object;
}

} // namespace

QByteArray toW3cJsonLd(const QList<ExportedAnnotation> &annotations)
{
    QJsonArray items;
    for (const ExportedAnnotation &exported : annotations)
        items.append(annotationObject(exported));
    const QJsonObject collection{
        {u"@context"_s, annoContext()},
        {u"type"_s, u"AnnotationCollection"_s},
        {u"label"_s, u"Dokhae annotations"_s},
        {u"total"_s, qint64(annotations.size())},
        {u"first"_s, QJsonObject{{u"type"_s, u"AnnotationPage"_s}, {u"startIndex"_s, 0}, {u"items"_s, items}}},
    };
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

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
    const QJsonValue value = keyword(object, u"id");
    QStringView id = value.isString() ? QStringView(value.toString()) : QStringView();
    if (id.startsWith(kUuidUrn, Qt::CaseInsensitive))
        id = id.sliced(kUuidUrn.size());
    if (const auto uuid = plainUuid(id))
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
