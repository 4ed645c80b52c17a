#include "store/annotation_anchorer.h"

#include "annotations/anchoring.h"
#include "store/annotation_rows.h"

#include <spdlog/spdlog.h>

namespace dokhae::store {

using annotations::Annotation;

bool AnnotationAnchorer::index(QSqlDatabase &db, const NewRevision &revision, QString *error) const
{
    const QList<Annotation> existing =
        annotation_rows::select(db, QStringLiteral("a.article_id = ?"), {revision.articleId}, error);
    if (error && !error->isEmpty())
        return false;
    int orphaned = 0;
    for (Annotation a : existing) {
        const annotations::Anchor anchor = annotations::anchorAnnotation(revision.text, revision.revisionId, a);
        if (anchor.found()) {
            a.revisionId = revision.revisionId;
            a.quote = annotations::quoteAt(revision.text, anchor.start, anchor.end);
            a.start = anchor.start;
            a.end = anchor.end;
            a.orphan = false;
        } else {
            a.orphan = true;
            ++orphaned;
        }
        if (!annotation_rows::update(db, a, error))
            return false;
    }
    if (!existing.isEmpty())
        spdlog::info("article {}: {} annotations anchored in revision {}, {} orphaned", revision.articleId,
                     existing.size() - orphaned, revision.revisionId, orphaned);
    return true;
}

} // namespace dokhae::store
