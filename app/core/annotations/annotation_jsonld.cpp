#include "annotations/annotation_exchange.h"

#include "text/code_points.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace dokhae::annotations {

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView kLinkPrefix = u"dokhae://annotation/";
constexpr QStringView kUuidUrn = u"urn:uuid:";
constexpr QStringView kShaUrn = u"urn:sha256:";
constexpr QStringView kNiScheme = u"ni://";
constexpr QStringView kNiAlgorithm = u"sha-256;";
constexpr qsizetype kSha256Bytes = 32;

QString annoContext()
{
    return u"http://www.w3.org/ns/anno.jsonld"_s;
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

std::optional<std::pair<qsizetype, qsizetype>> codePointRange(const ExportedAnnotation &exported)
{
    const Annotation &a = exported.annotation;
    if (a.start < 0 || a.start > a.end || a.end > exported.revisionText.size())
        return std::nullopt;
    const text::CodePointIndex index(exported.revisionText);
    return std::pair{index.toCodePoint(a.start), index.toCodePoint(a.end)};
}

ImportedAnnotation asImported(const ExportedAnnotation &exported)
{
    ImportedAnnotation imported{exported.annotation, exported.revisionSha, -1, -1};
    imported.annotation.articleId = 0;
    imported.annotation.revisionId = 0;
    if (const auto range = codePointRange(exported))
        std::tie(imported.codePointStart, imported.codePointEnd) = *range;
    return imported;
}

QString annotationLink(const QString &id)
{
    return kLinkPrefix.toString() + id;
}

std::optional<QString> annotationIdFromLink(const QString &link)
{
    // Scheme and host are case-insensitive in a URL; only the id that follows is ours to check.
    if (!link.startsWith(kLinkPrefix, Qt::CaseInsensitive))
        return std::nullopt;
    return plainAnnotationId(QStringView(link).sliced(kLinkPrefix.size()));
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
    const auto range = codePointRange(exported);
    if (!range)
        return std::nullopt;
    return QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                       {u"start"_s, qint64(range->first)},
                       {u"end"_s, qint64(range->second)}};
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

} // namespace dokhae::annotations
