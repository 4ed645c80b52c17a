#pragma once

#include "article.h"
#include "entities/entity.h"
#include "entities/entity_catalog.h"
#include "figures/figure.h"
#include "import/article_parser.h"
#include "search/search_query.h"
#include "store/entity_corrections.h"
#include "store/entity_service.h"
#include "store/storage_health.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace dokhae::store {

class LibraryBackend;
class OfflineCorrections;
class RevisionIndexer;
struct JournalSendReport;
struct PendingCorrection;

enum class AddResult { Added, NewRevision, Unchanged };

// A parsed article made ready to store: its reading text (NFC), the text's hash, what the entity
// recognizer found in it and its figures. prepareArticle runs on any thread and touches no connection, so
// an import prepares the next files while the library's thread stores this one.
struct PreparedArticle {
    import::ParsedArticle article;
    QString readingText;
    QString sha256;
    // Read only for a text the library did not hold when the import began (storedTexts), so
    // importing a folder again reads nothing again; addArticle reads what is missing.
    std::optional<EntityService::Reading> reading;
    std::optional<QList<figures::Figure>> figures;
};
// storedTexts: Library::storedTextHashes() taken before the import.
PreparedArticle prepareArticle(import::ParsedArticle article, const EntityService::TextReader &readEntities,
                               const QSet<QString> &storedTexts);

// One stored revision of an article: the metadata it was imported with and its reading text.
struct StoredRevision {
    QString sha256;
    ArticleMetadata meta;
    QString text;
};

struct AddOutcome {
    AddResult result = AddResult::Unchanged;
    qint64 articleId = 0;
};

struct SearchHit {
    qint64 id = 0;
    QString title;
    QString snippet;  // hits wrapped in search::kHitOpen / search::kHitClose (see search_query.h)
    double score = 0; // higher is better (negated bm25)
    QString why;      // translated; how the hit matched more than the words typed (search::wideningNote)
};

// The orders the library list is read in, each walked along an index (schema version 7). Titles
// and sources compare as SQLite's NOCASE does: ASCII letters without case, all else by code point,
// which for Hangul syllables is 가나다 order. Ties go by article id, so every order is total.
enum class ArticleSortKey { Id, Title, Source, Published };
struct ArticleOrder {
    ArticleSortKey key = ArticleSortKey::Id;
    bool descending = false;
};

// Why a library could not be opened. The file is never written in any of these cases, and a file
// the attempt itself created (a new library, its journal) is removed again.
enum class OpenError { None, CannotCreate, ReadOnly, Locked, DiskFull, NotALibrary, Damaged, NewerSchema, Other };

// Why the last statement failed, when the cause is the library rather than what was written: an
// import stops at the first of these instead of refusing every remaining file with the same line.
// Unreachable: the server went away; Forbidden: the server refuses this role the write.
enum class StorageFailure { None, Locked, DiskFull, ReadOnly, Damaged, Unreachable, Forbidden };

// One SQLite library file. Each instance owns its own connection, so a worker thread opens its
// own Library on the same path. All SQL of the project lives behind this class.
class Library {
public:
    Library();
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    // How long a statement waits for another connection's lock before giving up (default 5 s).
    // Set before open().
    void setBusyTimeout(int milliseconds);

    // Opens the library at a location (library_location.h): a file path, or a postgresql:// URI
    // of a team library. A file is created if missing; its WAL, integrity and schema version are
    // checked and migrations run. Every page is read only when the library was not closed
    // cleanly last time (a crash, a power cut: see open_sessions.h) or its state is unknown;
    // otherwise the open costs the same at any size. Open and use an instance from one thread:
    // the connection belongs to the thread that opened it.
    bool open(const QString &location);
    // Whether the last open() read every page because the library had not been closed cleanly.
    bool checkedWholeFileOnOpen() const;
    // Reads every page now, on demand (dokhae-cli check): Ok, or why not (Damaged, DiskFull, …)
    // with lastError() saying so and naming the first problems.
    Health checkWholeFile();
    // Told how a whole-file check (after an unclean close, or checkWholeFile) goes, a few times a
    // second, on the calling thread; returning false stops it, and an open then fails without
    // touching the file (the next open checks again).
    void setCheckProgress(std::function<bool(qint64 pagesRead, qint64 pageCount)> progress)
    {
        m_checkProgress = std::move(progress);
    }
    void close();
    // Opened and not closed since. A team library whose server went away stays open (its
    // statements fail as Unreachable until reconnect() succeeds).
    bool isOpen() const;
    // A team library whose server went away: true when it answers again (its connection opened
    // anew after a restart of the server), false while it cannot be reached. A file: isOpen().
    bool reconnect(ServerTrial trial = ServerTrial::TryFirst);
    // The location as opened: the file's absolute path, or the server's URI without a password.
    QString path() const;
    OpenError lastOpenError() const;
    QString lastError() const;  // translated, names the file
    StorageFailure lastStorageFailure() const;  // of the statement behind lastError()
    int schemaVersion() const;

    // The connection, for the library's other stores (FigureStore, ChartStore) on the same thread.
    QSqlDatabase connection() const { return db(); }

    // What addArticle does with each new revision inside its transaction (by default: store its
    // figures and suggested charts, and find the article's annotations again). The import
    // benchmark measures the cost by setting none; the window and the CLI keep the default.
    void setRevisionIndexers(std::vector<std::shared_ptr<const RevisionIndexer>> indexers);

    // Adds a parsed article in one transaction. Same reading text as any stored revision ->
    // Unchanged; same source file with different text -> NewRevision (the id stays); else Added.
    std::optional<AddOutcome> addArticle(const import::ParsedArticle &article);
    // The same for an article prepared beforehand (prepareArticle with entities().reader()).
    std::optional<AddOutcome> addArticle(const PreparedArticle &prepared);
    // The SHA-256 (hex) of every reading text the library holds, for prepareArticle.
    QSet<QString> storedTextHashes() const;

    // Several addArticle calls in one write transaction, as an import writes: FTS5 flushes and
    // merges its index once per transaction and the WAL takes each changed page once per batch,
    // not once per article. Inside a batch each addArticle is still all or nothing (a savepoint),
    // but none is kept until commitBatch() succeeds; a failed commit, rollbackBatch() or close()
    // drops the whole batch. Other connections wait for the write lock meanwhile: keep batches short.
    bool beginBatch();
    bool commitBatch();
    void rollbackBatch();
    bool inBatch() const { return m_inBatch; }

    int articleCount() const;
    QList<ArticleSummary> articles() const;  // ordered by id
    // The same one at a time, never all in memory at once (dokhae-cli list of a large library);
    // false when the library could not be read.
    bool forEachArticle(const std::function<void(const ArticleSummary &)> &visit) const;
    // A page of the articles in `order`: the `limit` that come after `after` (the last summary of
    // the page before; none for the first page). Pages are keyed by the sort value and the id,
    // not by an offset: each is one index seek, and an article added between two pages is
    // neither listed twice nor pushes a listed one into the next page. Empty on a read error.
    QList<ArticleSummary> articlePage(const ArticleOrder &order, const ArticleSummary *after, int limit) const;
    // How many articles come before this one in `order` (its row in a list read in that order);
    // -1 when the library holds no such article.
    int articlePosition(const ArticleOrder &order, qint64 id) const;
    // The summaries of these articles in `order`; ids the library lacks are left out.
    QList<ArticleSummary> summaries(const QList<qint64> &ids, const ArticleOrder &order = {}) const;
    std::optional<ArticleRecord> article(qint64 id) const;
    // The same without the reading text, for what only needs title, source and date.
    std::optional<ArticleSummary> summary(qint64 id) const;
    // Every revision of an article, oldest first and the current one last: adding them in this
    // order to another library (with the article's source file) makes the same current revision
    // there. nullopt when the library could not be read.
    std::optional<QList<StoredRevision>> revisions(qint64 articleId) const;

    // Korean-aware full-text search over title and text, best first. Particles are dropped from
    // words and a name in the catalog (bundled and the analyst's) finds its other names too.
    // `limit` hits from the `offset`-th best on, for paging through many. The first
    // `withSnippets` of them (all, by default) come with their snippet and why; the window asks
    // for none and fetches the one on show with searchSnippet(), since a snippet costs more to
    // make than the ranking.
    QList<SearchHit> search(const QString &userQuery, int limit = 200, int offset = 0, int withSnippets = -1) const;
    // Fills in a hit's snippet and why for the query (a hit search() returned without them).
    void searchSnippet(const QString &userQuery, SearchHit &hit) const;
    // How many articles the query matches in all, however many search() is asked to return.
    int countMatches(const QString &userQuery) const;
    // A page of hits and how many match in all, counted (a second pass over the matches) only
    // when the page does not already tell: when it is full, or empty past the first.
    struct SearchPage {
        QList<SearchHit> hits;
        int total = 0;
    };
    SearchPage searchPage(const QString &userQuery, int limit, int offset = 0, int withSnippets = -1) const;
    // The query's terms as search() widens them, for highlighting what it found.
    QList<search::QueryTerm> searchTerms(const QString &userQuery) const;

    // FTS5's own consistency check of the search index against the current revisions.
    bool searchIndexIsConsistent() const;

    // --- Entities. What the articles name is asked of entities() (EntityService), which applies
    // the corrections below; addArticle fills its cache for each new revision.
    EntityService &entities() { return *m_entities; }
    const EntityService &entities() const { return *m_entities; }

    // The analyst's corrections (library_entities.cpp) live here, apart from the
    // bundled catalog, so an update of that file keeps them. Every correction is undone by a call:
    // saveUserEntity(old value) or removeUserEntity(id), setEntityHidden(id, false), unmerge(from).
    // Each returns false (and sets lastError()) when nothing was stored.

    // The user's catalog entries, by id. An entry with a bundled id replaces that entry.
    QList<entities::Entity> userEntities() const;
    std::optional<entities::Entity> userEntity(const QString &id) const;
    // Adds an entry or replaces the one with the same id: a new entity, a rename, a type change or
    // an added alias are all "the corrected entity under its id". Needs an id and a name.
    bool saveUserEntity(const entities::Entity &entity);
    bool removeUserEntity(const QString &id);

    bool setEntityHidden(const QString &id, bool hidden);
    // fromId's mentions count as intoId's from now on; refused for a merge that would make a cycle.
    // Merging an id that is already merged moves it to the new target.
    bool mergeEntities(const QString &fromId, const QString &intoId);
    bool unmerge(const QString &fromId);
    EntityCorrections entityCorrections() const;

    // On a team library: while the server cannot be reached, entity corrections go to `offline`
    // (kept and sent later) and are read from what was read last, with them applied.
    void setOffline(OfflineCorrections *offline) { m_offlineCorrections = offline; }
    // Sends what `offline` kept, through the calls above.
    JournalSendReport sendOfflineCorrections();
    // Whether the library answers a statement now (a team library's server may have gone away).
    bool answers() const;

private:
    // The library's entity face: it reports its failures in lastError() as the library does.
    friend class EntityService;

    QSqlDatabase db() const;
    bool fail(OpenError why, const QString &message);
    void setQueryError(const QString &what, const QSqlError &error) const;
    void setQueryError(const QString &what, const QString &detail, Health health) const;
    StorageFailure storageFailureOf(Health health) const;
    bool write(const QString &what, const QString &sql, const QVariantList &values);
    // After a failed correction: true when the server is away and the correction was kept offline.
    bool keptOffline(const PendingCorrection &correction);
    void fillSnippet(QSqlQuery &query, const QString &match, const QList<search::QueryTerm> &terms, SearchHit &hit) const;
    // addArticle's transaction: the article with its reading text, hash and (for a text not read
    // before) its entities.
    std::optional<AddOutcome> store(const import::ParsedArticle &article, const QString &readingText,
                                    const QString &sha256, const std::optional<EntityService::Reading> &reading,
                                    const QList<figures::Figure> *figures = nullptr);

    QString m_connectionName;
    bool m_opened = false;  // open() succeeded and close() has not run since
    QString m_path;
    OpenError m_openError = OpenError::None;
    mutable QString m_lastError;
    mutable StorageFailure m_storageFailure = StorageFailure::None;
    int m_busyTimeoutMs = 5000;
    bool m_inBatch = false;
    std::function<bool(qint64, qint64)> m_checkProgress;
    bool m_batchLost = false;  // SQLite rolled the open batch back after an error
    std::vector<std::shared_ptr<const RevisionIndexer>> m_indexers;
    std::unique_ptr<EntityService> m_entities;
    OfflineCorrections *m_offlineCorrections = nullptr;
    std::unique_ptr<LibraryBackend> m_backend;  // how the open library is reached; kept after close
};

} // namespace dokhae::store
