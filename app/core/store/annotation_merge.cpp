// AnnotationStore::merge: annotations from a file (our JSON-LD, another library's) joined with the
// library's own by id.
#include "store/annotation_store.h"

#include "annotations/anchoring.h"
#include "store/annotation_rows.h"
#include "store/sql_statement.h"
#include "text/code_points.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace dokhae::store {

using annotations::Annotation;
using annotations::ImportedAnnotation;

namespace {

struct Origin {
    qint64 articleId = 0;
    qint64 revisionId = 0;
    QString text;
};

// The revision a file's annotation names, when this library has it (any article, any revision).
std::optional<Origin> originRevision(QSqlQuery &query, const QString &sha)
{
    if (sha.isEmpty() || !runStatement(query, QStringLiteral("SELECT article_id, id, text FROM revisions WHERE sha256 = ?"),
                                       {sha})
        || !query.next())
        return std::nullopt;
    return Origin{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString()};
}

// The one article whose current text holds the quote; 0 when none or several do. "Holds" is
// written with replace(), which both databases have and which compares exactly (SQLite's instr()
// has no PostgreSQL counterpart of the same name, and LIKE folds ASCII case in SQLite).
qint64 articleHolding(QSqlQuery &query, const QString &exact)
{
    if (exact.isEmpty())
        return 0;
    if (!runStatement(query, QStringLiteral("SELECT a.id FROM articles a JOIN revisions r ON r.id = a.current_revision "
                                            "WHERE replace(r.text, ?, '') <> r.text LIMIT 2"),
                      {exact}))
        return 0;
    qint64 found = 0;
    int count = 0;
    while (query.next()) {
        found = query.value(0).toLongLong();
        ++count;
    }
    return count == 1 ? found : 0;
}

void takeAnchor(Annotation &a, const annotations::Anchor &anchor, qint64 revisionId, const QString &text)
{
    a.revisionId = revisionId;
    a.quote = annotations::quoteAt(text, anchor.start, anchor.end);
    a.start = anchor.start;
    a.end = anchor.end;
    a.orphan = false;
}

} // namespace

std::optional<AnnotationMergeReport> AnnotationStore::merge(const QList<ImportedAnnotation> &incoming)
{
    AnnotationMergeReport report;
    m_lastError.clear();
    const bool done = inTransaction(
        QCoreApplication::translate("Library", "Could not import the annotations"), [&](QSqlDatabase &db, QString *error) {
            QSqlQuery query(db);
            for (const ImportedAnnotation &item : incoming) {
                Annotation a = item.annotation;
                a.quote = {annotations::normalizedForAnchoring(a.quote.exact),
                           annotations::normalizedForAnchoring(a.quote.prefix),
                           annotations::normalizedForAnchoring(a.quote.suffix)};
                const QList<Annotation> found = annotation_rows::select(db, QStringLiteral("a.id = ?"), {a.id}, error);
                if (!error->isEmpty())
                    return false;
                const std::optional<Annotation> existing =
                    found.isEmpty() ? std::nullopt : std::optional<Annotation>(found.first());
                const std::optional<Origin> origin = originRevision(query, item.revisionSha);
                a.articleId = existing ? existing->articleId : origin ? origin->articleId : articleHolding(query, a.quote.exact);
                if (a.articleId == 0) {
                    report.unmatched << a.id;
                    continue;
                }
                if (existing && !(a.modified > existing->modified)) {
                    ++report.unchanged;
                    continue;
                }
                const auto current = annotation_rows::currentRevision(db, a.articleId, error);
                if (!current)
                    return false;
                // The file's position is a hint in the text of the revision it names, in code points.
                qsizetype start = 0, end = 0;
                const bool sameArticle = origin && origin->articleId == a.articleId;
                if (sameArticle && item.codePointStart >= 0) {
                    start = text::codePointToUtf16(origin->text, item.codePointStart);
                    end = text::codePointToUtf16(origin->text, item.codePointEnd);
                }
                const bool sameRevision = sameArticle && origin->revisionId == current->id;
                const annotations::Anchor anchor =
                    annotations::anchorQuote(current->text, a.quote, start, end, sameRevision);
                Annotation stored = existing ? *existing : a;
                if (existing) {
                    // The newer edit's content; where it is stays as found here unless found anew.
                    stored.note = a.note;
                    stored.tags = a.tags;
                    stored.color = a.color;
                    stored.author = a.author;
                    stored.modified = a.modified;
                }
                if (anchor.found()) {
                    takeAnchor(stored, anchor, current->id, current->text);
                } else if (!existing) {
                    stored.orphan = true;
                    stored.revisionId = sameArticle ? origin->revisionId : current->id;
                    stored.start = sameArticle ? start : 0;
                    stored.end = sameArticle ? end : 0;
                }
                if (!annotations::isColorKey(stored.color))
                    stored.color = annotations::defaultColorKey();
                if (!stored.created.isValid())
                    stored.created = stored.modified.isValid() ? stored.modified : QDateTime::currentDateTimeUtc();
                if (!stored.modified.isValid())
                    stored.modified = stored.created;
                const bool written = existing ? annotation_rows::update(db, stored, error)
                                              : annotation_rows::insert(db, stored, error);
                if (!written)
                    return false;
                ++(existing ? report.updated : report.added);
                if (stored.orphan)
                    ++report.orphans;
            }
            return true;
        });
    if (!done)
        return std::nullopt;
    return report;
}

} // namespace dokhae::store
