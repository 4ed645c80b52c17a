#pragma once

#include "annotations/annotation.h"
#include "annotations/annotation_exchange.h"
#include "store/library.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace dokhae::store {

// What merging annotations from a file did.
struct AnnotationMergeReport {
    int added = 0;
    int updated = 0;    // the file's edit was newer
    int unchanged = 0;  // already here, as new or newer
    int orphans = 0;    // added or updated, but their passage is not in the article's current text
    QStringList unmatched;  // ids of annotations no article of the library carries
};

// The analyst's annotations, kept in the library. Each change is one transaction, saved at once.
// Use it on the thread that opened the library. Calls return false / nullopt (and set
// lastError()) when nothing was stored; a failed call changes nothing.
class OfflineAnnotations;

class AnnotationStore
{
public:
    explicit AnnotationStore(const Library &library);

    // On a team library: while the server cannot be reached, changes go to `offline` (kept and
    // sent later) and reads answer from what was read last, with those changes applied.
    void setOffline(OfflineAnnotations *offline) { m_offline = offline; }
    // The last change was kept for sending later rather than stored on the server.
    bool lastChangeWaits() const { return m_lastChangeWaits; }

    // An article's annotations in text order, orphans after the others.
    QList<annotations::Annotation> articleAnnotations(qint64 articleId) const;
    QList<annotations::Annotation> allAnnotations() const;
    std::optional<annotations::Annotation> annotation(const QString &id) const;

    // A new annotation on [start, end) (UTF-16) of the article's current reading text, by the
    // author in the settings, with a new id; the passage must not be empty.
    std::optional<annotations::Annotation> create(qint64 articleId, qsizetype start, qsizetype end,
                                                  const QString &color, const QString &note = {},
                                                  const QStringList &tags = {});
    // Stores an annotation as given (undo of a deletion brings back the same record).
    bool add(const annotations::Annotation &annotation);
    // Stores new content for an existing annotation: note, tags and color as given, modified now.
    std::optional<annotations::Annotation> edit(const QString &id, const QString &note, const QStringList &tags,
                                                const QString &color);
    // Puts back an earlier state of an annotation exactly (undo and redo of an edit).
    bool restore(const annotations::Annotation &annotation);
    bool remove(const QString &id);
    // Anchors an annotation (an orphan, typically) to [start, end) of its article's current text.
    std::optional<annotations::Annotation> reattach(const QString &id, qsizetype start, qsizetype end);

    // Every tag in use, once each whatever its case, sorted case-insensitively (Latin before
    // Hangul, as code points go), for completion and filters.
    QStringList allTags() const;

    // Articles whose annotations' notes or tags hold every word of the query, one hit per article
    // (snippet: the first matching note or tag, hits marked as the search index marks them).
    QList<SearchHit> search(const QString &userQuery) const;

    // The annotations of one article (0: of the whole library) with what the export formats need;
    // colorName names each color (annotations::colorName by default).
    QList<annotations::ExportedAnnotation> exportable(qint64 articleId,
                                                      const std::function<QString(const QString &)> &colorName = {}) const;

    // Merges annotations read from a file, in one transaction: a new id is anchored in the current
    // text of the article that has the revision it names, else the one article whose text holds
    // its quote; an id already here is replaced when the file's edit is newer. Importing the same
    // file twice adds nothing.
    std::optional<AnnotationMergeReport> merge(const QList<annotations::ImportedAnnotation> &incoming);

    QString lastError() const { return m_lastError; }

private:
    bool inTransaction(const QString &what, const std::function<bool(QSqlDatabase &, QString *)> &work);
    // After a failure: true when the server is away and the change could be kept offline by `keep`.
    bool keptOffline(const std::function<bool(OfflineAnnotations &, QString *)> &keep);
    bool serverAway() const;

    const Library &m_library;
    OfflineAnnotations *m_offline = nullptr;
    bool m_lastChangeWaits = false;
    mutable QString m_lastError;
};

} // namespace dokhae::store
