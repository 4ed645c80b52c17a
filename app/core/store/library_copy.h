#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

// Copying one library into another, of either kind (a file or a team library on a server), in any
// direction: articles with every revision, annotations, charts and the analyst's entity
// corrections. The copy goes through the stores' own calls (addArticle, AnnotationStore::merge,
// ChartStore, the correction calls of Library), so the target holds what the window would have
// written, and what it already holds is recognized rather than written again: articles and
// revisions by the SHA-256 of their text, annotations by their id, corrections by entity id, the
// analyst's charts by their content. Copying twice adds nothing the second time.
namespace dokhae::store {

class Library;

struct CopyCount {
    int added = 0;
    int updated = 0;       // annotations: the source's edit was newer
    int alreadyThere = 0;  // the target held it already (or its own decision for the same id)
    int skipped = 0;       // could not be carried over (a merge the target refuses as a cycle)
    bool operator==(const CopyCount &) const = default;
};

// What a copy did, per kind of thing, in the order it copies them.
struct LibraryCopyReport {
    CopyCount userEntities;    // the analyst's catalog entries (new names, renames, aliases)
    CopyCount hiddenEntities;
    CopyCount entityMerges;
    CopyCount articles;        // added: new in the target; already there: found by a revision's text
    CopyCount revisions;
    CopyCount annotations;
    CopyCount charts;          // the analyst's own charts
    CopyCount chartChanges;    // edits and deletions of suggested charts

    // Each kind with a stable key (user_entities, hidden_entities, entity_merges, articles,
    // revisions, annotations, charts, chart_changes), for the CLI's text and JSON.
    QList<std::pair<QString, CopyCount>> kinds() const;
};

enum class CopyStage { Corrections, Articles, Annotations, Charts };

class LibraryCopy {
public:
    // done of total in a stage, on the calling thread, after each article (and once at the
    // start of each stage); returning false stops the copy after what is committed so far.
    using Progress = std::function<bool(CopyStage stage, qint64 done, qint64 total)>;

    // Both open; the source is only read.
    LibraryCopy(const Library &source, Library &target);
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Copies everything. False, with lastError() (translated), on the first failure: what was
    // committed before it stays in the target and is consistent (articles are written a batch to
    // a transaction, every other change in a transaction of its own), and running the copy again
    // completes it.
    bool run();
    const LibraryCopyReport &report() const { return m_report; }
    QString lastError() const { return m_error; }

    // Whether two locations name one library: the same file (through links too), or the same
    // database on the same server whoever connects to it.
    static bool sameLibrary(const QString &first, const QString &second);

private:
    bool copyCorrections();
    bool copyArticles();
    bool copyAnnotations();
    bool copyCharts();
    bool copyArticleCharts(qint64 sourceArticle, qint64 targetArticle);
    bool tell(CopyStage stage, qint64 done, qint64 total);
    bool fail(const QString &error);

    const Library &m_source;
    Library &m_target;
    Progress m_progress;
    LibraryCopyReport m_report;
    QString m_error;
    QHash<qint64, qint64> m_articleIds;       // source article id → target article id
    QHash<qint64, QString> m_currentRevision;  // source article id → SHA-256 of its current text
};

} // namespace dokhae::store
