#include "store/annotation_store.h"

#include "annotations/anchoring.h"
#include "annotations/annotation_settings.h"
#include "search/search_query.h"
#include "store/annotation_rows.h"
#include "store/offline_annotations.h"
#include "store/sql_statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <spdlog/spdlog.h>

namespace dokhae::store {

using annotations::Annotation;
using annotations::ExportedAnnotation;

namespace {

// A note or tag matched by a query, around its first hit, hits marked as snippets are.
QString markedSnippet(const QString &text, const QStringList &terms)
{
    constexpr qsizetype kBefore = 30;
    constexpr qsizetype kLength = 120;
    const auto spans = search::findTermSpans(text, terms);
    const qsizetype from = spans.isEmpty() ? 0 : std::max<qsizetype>(0, spans.first().first - kBefore);
    const qsizetype to = std::min(text.size(), from + kLength);
    QString snippet = from > 0 ? QStringLiteral("…") : QString();
    qsizetype at = from;
    for (const auto &[start, end] : spans) {
        if (start < from || end > to)
            continue;
        snippet += QStringView(text).sliced(at, start - at);
        snippet += search::kHitOpen;
        snippet += QStringView(text).sliced(start, end - start);
        snippet += search::kHitClose;
        at = end;
    }
    snippet += QStringView(text).sliced(at, to - at);
    if (to < text.size())
        snippet += QStringLiteral("…");
    return snippet;
}

bool containsAll(const QString &haystack, const QStringList &terms)
{
    return std::all_of(terms.cbegin(), terms.cend(),
                       [&](const QString &term) { return haystack.contains(term, Qt::CaseInsensitive); });
}

// The annotation with that id, inside a write; a reason in *error when there is none.
std::optional<Annotation> storedAnnotation(QSqlDatabase &db, const QString &id, QString *error)
{
    const QList<Annotation> found = annotation_rows::select(db, QStringLiteral("a.id = ?"), {id}, error);
    if (found.isEmpty()) {
        if (error->isEmpty())
            *error = QCoreApplication::translate("Library", "there is no annotation %1").arg(id);
        return std::nullopt;
    }
    return found.first();
}

// A passage to anchor must be a non-empty span of the text; a reason in *error when it is not.
bool spanInText(const QString &text, qsizetype start, qsizetype end, QString *error)
{
    if (start >= 0 && end <= text.size() && start < end)
        return true;
    *error = QCoreApplication::translate("Library", "the passage %1–%2 is not in the article").arg(start).arg(end);
    return false;
}

// A new annotation on [start, end) of the revision, made now; the author is the caller's to set.
Annotation newAnnotation(qint64 articleId, const annotation_rows::CurrentRevision &revision, qsizetype start,
                         qsizetype end, const QString &color, const QString &note, const QStringList &tags)
{
    Annotation a;
    a.id = annotations::newAnnotationId();
    a.articleId = articleId;
    a.revisionId = revision.id;
    a.quote = annotations::quoteAt(revision.text, start, end);
    a.start = start;
    a.end = end;
    a.color = annotations::isColorKey(color) ? color : annotations::defaultColorKey();
    a.note = note;
    a.tags = annotations::normalizedTags(tags);
    a.created = QDateTime::currentDateTimeUtc();
    a.modified = a.created;
    return a;
}

} // namespace

AnnotationStore::AnnotationStore(const Library &library)
    : m_library(library)
{
}

QList<Annotation> AnnotationStore::articleAnnotations(qint64 articleId) const
{
    QSqlDatabase db = m_library.connection();
    m_lastError.clear();
    const QList<Annotation> stored = annotation_rows::select(db, QStringLiteral("a.article_id = ?"), {articleId}, &m_lastError);
    if (!m_offline)
        return stored;
    if (!m_lastError.isEmpty())
        return serverAway() ? m_offline->articleAnnotations(articleId) : stored;
    // Remembered with the text new highlights anchor to, for when the server goes away; the text
    // is read again only when the article has a new revision.
    std::optional<annotation_rows::CurrentRevision> revision = m_offline->revision(articleId);
    if (!revision || annotation_rows::currentRevisionId(db, articleId) != revision->id) {
        QString ignored;
        revision = annotation_rows::currentRevision(db, articleId, &ignored);
    }
    m_offline->rememberArticle(articleId, stored, revision);
    return stored;
}

QList<Annotation> AnnotationStore::allAnnotations() const
{
    QSqlDatabase db = m_library.connection();
    m_lastError.clear();
    return annotation_rows::select(db, QStringLiteral("TRUE"), {}, &m_lastError);
}

std::optional<Annotation> AnnotationStore::annotation(const QString &id) const
{
    QSqlDatabase db = m_library.connection();
    m_lastError.clear();
    const QList<Annotation> found = annotation_rows::select(db, QStringLiteral("a.id = ?"), {id}, &m_lastError);
    if (m_offline && !m_lastError.isEmpty() && serverAway())
        return m_offline->annotation(id);
    return found.isEmpty() ? std::nullopt : std::optional<Annotation>(found.first());
}

bool AnnotationStore::serverAway() const
{
    return !m_library.answers();
}

bool AnnotationStore::keptOffline(const std::function<bool(OfflineAnnotations &, QString *)> &keep)
{
    m_lastChangeWaits =
        m_offline && keptWhileAway(m_library, [&](QString *error) { return keep(*m_offline, error); }, &m_lastError);
    return m_lastChangeWaits;
}

bool AnnotationStore::inTransaction(const QString &what, const std::function<bool(QSqlDatabase &, QString *)> &work)
{
    m_lastChangeWaits = false;
    QSqlDatabase db = m_library.connection();
    QString detail;
    if (inWriteTransaction(db, [&](QString *error) { return work(db, error); }, &detail))
        return true;
    m_lastError = QCoreApplication::translate("Library", "%1 in the library %2: %3").arg(what, m_library.path(), detail);
    spdlog::warn("{}", m_lastError.toStdString());
    return false;
}

std::optional<Annotation> AnnotationStore::create(qint64 articleId, qsizetype start, qsizetype end,
                                                  const QString &color, const QString &note, const QStringList &tags)
{
    std::optional<Annotation> made;
    m_lastError.clear();
    inTransaction(QCoreApplication::translate("Library", "Could not save the annotation"), [&](QSqlDatabase &db, QString *error) {
        const auto revision = annotation_rows::currentRevision(db, articleId, error);
        if (!revision)
            return false;
        if (!spanInText(revision->text, start, end, error))
            return false;
        Annotation a = newAnnotation(articleId, *revision, start, end, color, note, tags);
        a.author = annotations::authorName();
        if (!annotation_rows::insert(db, a, error))
            return false;
        made = a;
        return true;
    });
    if (!made)
        keptOffline([&](OfflineAnnotations &offline, QString *error) {
            const auto revision = offline.revision(articleId);
            if (!revision || !spanInText(revision->text, start, end, error))
                return false;
            Annotation a = newAnnotation(articleId, *revision, start, end, color, note, tags);
            a.author = m_library.connection().userName();  // as the server will stamp it
            if (!offline.put(a, error))
                return false;
            made = a;
            return true;
        });
    return made;
}

bool AnnotationStore::add(const Annotation &annotation)
{
    m_lastError.clear();
    return inTransaction(QCoreApplication::translate("Library", "Could not save the annotation"), [&](QSqlDatabase &db, QString *error) {
               Annotation stored = annotation;
               return annotation_rows::insert(db, stored, error);
           })
        || keptOffline([&](OfflineAnnotations &offline, QString *error) { return offline.put(annotation, error); });
}

std::optional<Annotation> AnnotationStore::edit(const QString &id, const QString &note, const QStringList &tags,
                                                const QString &color)
{
    std::optional<Annotation> edited;
    m_lastError.clear();
    inTransaction(QCoreApplication::translate("Library", "Could not save the annotation"), [&](QSqlDatabase &db, QString *error) {
        std::optional<Annotation> found = storedAnnotation(db, id, error);
        if (!found)
            return false;
        Annotation a = *found;
        a.note = note;
        a.tags = annotations::normalizedTags(tags);
        a.color = annotations::isColorKey(color) ? color : a.color;
        a.modified = QDateTime::currentDateTimeUtc();
        if (!annotation_rows::update(db, a, error))
            return false;
        edited = a;
        return true;
    });
    if (!edited)
        keptOffline([&](OfflineAnnotations &offline, QString *error) {
            std::optional<Annotation> a = offline.annotation(id);
            if (!a)
                return false;
            a->note = note;
            a->tags = annotations::normalizedTags(tags);
            a->color = annotations::isColorKey(color) ? color : a->color;
            a->modified = QDateTime::currentDateTimeUtc();
            if (!offline.put(*a, error))
                return false;
            edited = a;
            return true;
        });
    return edited;
}

bool AnnotationStore::restore(const Annotation &annotation)
{
    m_lastError.clear();
    return inTransaction(QCoreApplication::translate("Library", "Could not save the annotation"), [&](QSqlDatabase &db, QString *error) {
               return annotation_rows::update(db, annotation, error);
           })
        || keptOffline([&](OfflineAnnotations &offline, QString *error) { return offline.put(annotation, error); });
}

bool AnnotationStore::remove(const QString &id)
{
    m_lastError.clear();
    return inTransaction(QCoreApplication::translate("Library", "Could not delete the annotation"), [&](QSqlDatabase &db, QString *error) {
               return annotation_rows::remove(db, id, error);
           })
        || keptOffline([&](OfflineAnnotations &offline, QString *error) { return offline.remove(id, error); });
}

std::optional<Annotation> AnnotationStore::reattach(const QString &id, qsizetype start, qsizetype end)
{
    std::optional<Annotation> moved;
    m_lastError.clear();
    inTransaction(QCoreApplication::translate("Library", "Could not re-attach the annotation"), [&](QSqlDatabase &db, QString *error) {
        std::optional<Annotation> found = storedAnnotation(db, id, error);
        if (!found)
            return false;
        Annotation a = *found;
        const auto revision = annotation_rows::currentRevision(db, a.articleId, error);
        if (!revision)
            return false;
        if (!spanInText(revision->text, start, end, error))
            return false;
        a.revisionId = revision->id;
        a.quote = annotations::quoteAt(revision->text, start, end);
        a.start = start;
        a.end = end;
        a.orphan = false;
        a.modified = QDateTime::currentDateTimeUtc();
        if (!annotation_rows::update(db, a, error))
            return false;
        moved = a;
        return true;
    });
    return moved;
}

QStringList AnnotationStore::allTags() const
{
    QStringList tags;
    for (const Annotation &a : allAnnotations()) {
        for (const QString &tag : a.tags) {
            if (!tags.contains(tag, Qt::CaseInsensitive))
                tags << tag;
        }
    }
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return tags;
}

QList<SearchHit> AnnotationStore::search(const QString &userQuery) const
{
    const QStringList terms = search::highlightTerms(userQuery);
    QList<SearchHit> hits;
    if (terms.isEmpty())
        return hits;
    QHash<qint64, qsizetype> hitOfArticle;
    for (const Annotation &a : allAnnotations()) {
        const QString tags = a.tags.join(QStringLiteral(" #"));
        const QString haystack = a.note + QStringLiteral("\n#") + tags;
        if (!containsAll(haystack, terms) || hitOfArticle.contains(a.articleId))
            continue;
        const QString matched = !search::findTermSpans(a.note, terms).isEmpty() ? a.note : QStringLiteral("#") + tags;
        hitOfArticle.insert(a.articleId, hits.size());
        hits.append({a.articleId, QString(), markedSnippet(matched, terms), 0,
                     QCoreApplication::translate("AnnotationStore", "found in your notes and tags")});
    }
    // Titles come from the articles, so that a hit reads like one of the search index's.
    for (SearchHit &hit : hits) {
        if (const auto summary = m_library.summary(hit.id))
            hit.title = summary->meta.title;
    }
    return hits;
}

QList<ExportedAnnotation> AnnotationStore::exportable(qint64 articleId,
                                                      const std::function<QString(const QString &)> &colorName) const
{
    QList<ExportedAnnotation> items;
    const QList<Annotation> chosen = articleId > 0 ? articleAnnotations(articleId) : allAnnotations();
    QSqlDatabase db = m_library.connection();
    QSqlQuery query(db);
    QHash<qint64, std::pair<QString, QString>> revisions;  // id → (sha, text), each read once
    QHash<qint64, ArticleSummary> articles;
    for (const Annotation &a : chosen) {
        if (!revisions.contains(a.revisionId)) {
            if (runStatement(query, QStringLiteral("SELECT sha256, text FROM revisions WHERE id = ?"), {a.revisionId})
                && query.next())
                revisions.insert(a.revisionId, {query.value(0).toString(), query.value(1).toString()});
        }
        if (!articles.contains(a.articleId)) {
            if (const auto summary = m_library.summary(a.articleId))
                articles.insert(a.articleId, *summary);
        }
        const auto revision = revisions.value(a.revisionId);
        const ArticleSummary summary = articles.value(a.articleId);
        items.append({a, summary.meta.title, summary.meta.source, summary.meta.published, revision.first,
                      revision.second, colorName ? colorName(a.color) : annotations::colorName(a.color)});
    }
    return items;
}

} // namespace dokhae::store
