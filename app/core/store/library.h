#pragma once

#include "article.h"
#include "import/article_parser.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dokhae::store {

enum class AddResult { Added, NewRevision, Unchanged };

struct AddOutcome {
    AddResult result = AddResult::Unchanged;
    qint64 articleId = 0;
};

struct SearchHit {
    qint64 id = 0;
    QString title;
    QString snippet;  // hits wrapped in search::kHitOpen / search::kHitClose (see search_query.h)
    double score = 0; // higher is better (negated bm25)
};

// Why a library could not be opened. The file is never written in any of these cases.
enum class OpenError { None, CannotCreate, ReadOnly, Locked, NotALibrary, Damaged, NewerSchema, Other };

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

    // Creates the file if missing, checks WAL, integrity and schema version, runs migrations.
    // Open and use an instance from one thread: the connection belongs to the thread that opened it.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;
    OpenError lastOpenError() const;
    QString lastError() const;  // translated, names the file
    int schemaVersion() const;

    // Adds a parsed article in one transaction. Same reading text as any stored revision ->
    // Unchanged; same source file with different text -> NewRevision (the id stays); else Added.
    std::optional<AddOutcome> addArticle(const import::ParsedArticle &article);

    int articleCount() const;
    QList<ArticleSummary> articles() const;  // ordered by id
    std::optional<ArticleRecord> article(qint64 id) const;

    // Korean-aware full-text search over title and text, best first.
    QList<SearchHit> search(const QString &userQuery, int limit = 200) const;

    // FTS5's own consistency check of the search index against the current revisions.
    bool searchIndexIsConsistent() const;

private:
    QSqlDatabase db() const;
    bool fail(OpenError why, const QString &message);
    bool checkFileBeforeOpen();
    bool checkConnection(OpenError *why, QString *message);
    void setQueryError(const QString &what, const QString &detail) const;

    QString m_connectionName;
    QString m_path;
    OpenError m_openError = OpenError::None;
    mutable QString m_lastError;
    int m_busyTimeoutMs = 5000;
};

} // namespace dokhae::store
