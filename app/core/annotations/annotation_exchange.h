#pragma once

#include "annotations/annotation.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace dokhae::annotations {

// An annotation on its way out, with what the formats say about its article.
struct ExportedAnnotation {
    Annotation annotation;
    QString articleTitle;
    QString articleSource;  // publisher or site
    QDate published;
    QString revisionSha;    // SHA-256 (hex) of the revision the selectors point into
    QString revisionText;   // that revision's reading text: positions are exported in code points
    QString colorName;      // the analyst's name for the color, in the interface's language
};

// An annotation read from a file, before it is matched to an article of the library.
struct ImportedAnnotation {
    Annotation annotation;  // id, quote, color, note, tags, author, created, modified (articleId 0)
    QString revisionSha;    // from the target's source, when it names a revision; else empty
    qsizetype codePointStart = -1;  // TextPositionSelector, when the file has one
    qsizetype codePointEnd = -1;
};

// Where an exported annotation lies, in code points of its revision's text; nullopt when its
// offsets do not lie in that text (converted against the wrong text they would point elsewhere).
std::optional<std::pair<qsizetype, qsizetype>> codePointRange(const ExportedAnnotation &exported);
// The annotation as reading a file written from it gives it back (revision named, positions in
// code points): how a copy of the library hands one library's annotations to another's merge.
ImportedAnnotation asImported(const ExportedAnnotation &exported);

// The link that opens an annotation in Dokhae (dokhae://annotation/ID), and its id back.
QString annotationLink(const QString &id);
std::optional<QString> annotationIdFromLink(const QString &link);

// The target source naming a revision: RFC 6920 "ni:///sha-256;" + base64url of the digest.
QString revisionSourceIri(const QString &sha256Hex);
std::optional<QString> revisionShaFromIri(const QString &iri);

// W3C Web Annotation Data Model, JSON-LD: an AnnotationCollection (its first page holds every
// annotation). Each annotation has @context http://www.w3.org/ns/anno.jsonld, id urn:uuid:…,
// motivation highlighting (no note) or commenting, a TextualBody (text/markdown, purpose
// commenting) for the note and one per tag (purpose tagging), creator, created and modified, a
// target with the revision as source, a TextQuoteSelector and a TextPositionSelector (code
// points) and the color as a styleClass of the annotation's CssStylesheet.
QByteArray toW3cJsonLd(const QList<ExportedAnnotation> &annotations);
// Reads what toW3cJsonLd writes, or a single annotation, or a JSON array of them. nullopt with a
// translated reason in *error for anything else: not JSON, not Web Annotations, an annotation
// without an id or a quote, a position or date that does not parse. Nothing half-read comes back.
std::optional<QList<ImportedAnnotation>> fromW3cJsonLd(const QByteArray &data, QString *error);

// Markdown, one section per article (title, source and date), each annotation as a block quote
// followed by its note, its tags as #tags, its color by name and a link back (annotationLink).
// Orphans are listed after the others, marked as such.
QString toMarkdown(const QList<ExportedAnnotation> &annotations);

// CSV (util::csvDocument: UTF-8 with a byte order mark, CRLF): one row per annotation with id,
// article id, article title, quote, note, tags (joined by "; "), color key, color name, start and
// end in code points, orphan, author, created, modified and the link.
QByteArray toCsv(const QList<ExportedAnnotation> &annotations);

} // namespace dokhae::annotations
