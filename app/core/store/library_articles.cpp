// Library: reading and writing articles and searching them. Opening and checks are in library.cpp.
#include "store/library.h"

#include "search/search_query.h"
#include "search/snippet.h"
#include "store/article_rows.h"
#include "store/revision_indexer.h"
#include "store/dialect.h"
#include "text/text_normalizer.h"
#include "store/sql_statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

#include <spdlog/spdlog.h>

namespace dokhae::store {

namespace {

using article_rows::summaryFrom;

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// Whether a revision with this reading text is stored; on a read error, no (the write that follows
// reports it).
// What a hit's title and snippet show of how it matched more than the words typed.
QString whyItMatched(const QList<search::QueryTerm> &terms, const SearchHit &hit)
{
    return search::wideningNote(terms, hit.title + u'\n' + search::renderSnippet(hit.snippet, {}, {}, false));
}

bool hasRevision(const QSqlDatabase &db, const QString &sha256)
{
    QSqlQuery query(db);
    return runStatement(query, QStringLiteral("SELECT 1 FROM revisions WHERE sha256 = ?"), {sha256}) && query.next();
}

// The steps of addArticle, inside its transaction. Any failure leaves the error in query.
struct ArticleWriter {
    const Dialect &dialect;
    QSqlQuery &query;
    const import::ParsedArticle &article;
    QString readingText;
    QString sha256;
    qint64 revisionId = 0; // the revision added, if any, and its article
    qint64 revisionArticleId = 0;

    std::optional<qint64> articleWithRevision()
    {
        if (!runStatement(query, QStringLiteral("SELECT article_id FROM revisions WHERE sha256 = ?"), {sha256}))
            return std::nullopt;
        return query.next() ? query.value(0).toLongLong() : 0;
    }

    std::optional<std::pair<qint64, qint64>> articleFromSameFile()
    {
        if (article.sourceFile.isEmpty())
            return std::pair<qint64, qint64>{0, 0};
        if (!runStatement(query, QStringLiteral("SELECT id, current_revision FROM articles WHERE source_file = ? ORDER BY id LIMIT 1"),
                 {article.sourceFile}))
            return std::nullopt;
        if (!query.next())
            return std::pair<qint64, qint64>{0, 0};
        return std::pair{query.value(0).toLongLong(), query.value(1).toLongLong()};
    }

    std::optional<qint64> insertArticle()
    {
        const QVariant source = article.sourceFile.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : article.sourceFile;
        if (!runStatement(query, QStringLiteral("INSERT INTO articles (source_file) VALUES (?) RETURNING id"), {source})
            || !query.next())
            return std::nullopt;
        return query.value(0).toLongLong();
    }

    // Adds the revision, makes it current and moves the search index from the old one to it.
    bool addCurrentRevision(qint64 articleId, qint64 previousRevision)
    {
        const ArticleMetadata &meta = article.meta;
        if (!runStatement(query,
                 QStringLiteral("INSERT INTO revisions (article_id, sha256, title, author, source, published, text, "
                                "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {articleId, sha256, textOrEmpty(text::toNfc(meta.title)), textOrEmpty(text::toNfc(meta.author)), textOrEmpty(text::toNfc(meta.source)),
                  dateValue(meta.published), readingText, utcTimestamp()})
            || !query.next())
            return false;
        revisionId = query.value(0).toLongLong();
        query.finish();
        revisionArticleId = articleId;
        if (previousRevision != 0 && !dialect.unindexRevision(query, previousRevision))
            return false;
        return runStatement(query, QStringLiteral("UPDATE articles SET current_revision = ? WHERE id = ?"), {revisionId, articleId})
               && dialect.indexRevision(query, revisionId);
    }

    std::optional<AddOutcome> add()
    {
        const auto known = articleWithRevision();
        if (!known)
            return std::nullopt;
        if (*known != 0)
            return AddOutcome{AddResult::Unchanged, *known};
        const auto sameFile = articleFromSameFile();
        if (!sameFile)
            return std::nullopt;
        if (const auto [articleId, currentRevision] = *sameFile; articleId != 0) {
            if (!addCurrentRevision(articleId, currentRevision))
                return std::nullopt;
            return AddOutcome{AddResult::NewRevision, articleId};
        }
        const auto articleId = insertArticle();
        if (!articleId || !addCurrentRevision(*articleId, 0))
            return std::nullopt;
        return AddOutcome{AddResult::Added, *articleId};
    }
};

} // namespace

void Library::setQueryError(const QString &what, const QSqlError &error) const
{
    setQueryError(what, errorDetail(error), dialectOf(db()).healthOf(error));
}

void Library::setQueryError(const QString &what, const QString &detail, Health health) const
{
    m_storageFailure = storageFailureOf(health);
    switch (m_storageFailure) {
    case StorageFailure::DiskFull:
        m_lastError = QCoreApplication::translate("Library",
                                                  "%1: the disk that holds the library %2 is full. Free some space "
                                                  "and try again; nothing already in the library was lost.")
                          .arg(what, m_path);
        break;
    case StorageFailure::Locked:
        m_lastError = QCoreApplication::translate("Library",
                                                  "%1: the library %2 stayed locked by another program or window. "
                                                  "Try again when it is done there.")
                          .arg(what, m_path);
        break;
    case StorageFailure::ReadOnly:
        m_lastError = QCoreApplication::translate("Library", "%1: the library %2 can no longer be written (%3).")
                          .arg(what, m_path, detail);
        break;
    case StorageFailure::Unreachable:
        m_lastError = QCoreApplication::translate("Library",
                                                  "%1: the library %2 cannot be reached (%3). Nothing was changed "
                                                  "there; try again when the connection is back.")
                          .arg(what, m_path, detail);
        break;
    case StorageFailure::None:
    case StorageFailure::Damaged:
    case StorageFailure::Forbidden:  // errorDetail() says what the role may not do
        m_lastError = QCoreApplication::translate("Library", "%1 in the library %2: %3").arg(what, m_path, detail);
        break;
    }
    spdlog::warn("{}", m_lastError.toStdString());
}

PreparedArticle prepareArticle(import::ParsedArticle article, const EntityService::TextReader &readEntities,
                               const QSet<QString> &storedTexts)
{
    PreparedArticle prepared;
    prepared.readingText = text::toNfc(article.text);
    prepared.sha256 = text::sha256Hex(prepared.readingText);
    if (!storedTexts.contains(prepared.sha256)) {
        prepared.reading = readEntities(prepared.readingText);
        prepared.figures = figures::extractFigures(prepared.readingText);
    }
    prepared.article = std::move(article);
    return prepared;
}

QSet<QString> Library::storedTextHashes() const
{
    QSet<QString> hashes;
    if (!isOpen())
        return hashes;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (runStatement(query, QStringLiteral("SELECT sha256 FROM revisions"))) {
        while (query.next())
            hashes.insert(query.value(0).toString());
    }
    return hashes;
}

std::optional<AddOutcome> Library::addArticle(const import::ParsedArticle &article)
{
    if (!isOpen() || article.text.trimmed().isEmpty())
        return store(article, {}, {}, std::nullopt); // refused there, with the reason
    const QString readingText = text::toNfc(article.text);
    const QString sha256 = text::sha256Hex(readingText);
    // Reading the text for entities is the slowest step of an import: done here, before the write
    // lock is taken, so that other windows and imports write meanwhile. A text the library already
    // has is not read (its revision is unchanged).
    std::optional<EntityService::Reading> reading;
    if (!hasRevision(db(), sha256))
        reading = m_entities->read(readingText);
    return store(article, readingText, sha256, reading);
}

std::optional<AddOutcome> Library::addArticle(const PreparedArticle &prepared)
{
    if (!prepared.reading && !hasRevision(db(), prepared.sha256))
        return addArticle(prepared.article); // stored text since removed: read it here
    return store(prepared.article, prepared.readingText, prepared.sha256, prepared.reading,
                 prepared.figures ? &*prepared.figures : nullptr);
}

std::optional<AddOutcome> Library::store(const import::ParsedArticle &article, const QString &readingText,
                                         const QString &sha256, const std::optional<EntityService::Reading> &reading,
                                         const QList<figures::Figure> *figures)
{
    m_storageFailure = StorageFailure::None;
    if (!isOpen()) {
        m_lastError = QCoreApplication::translate("Library", "No library is open.");
        return std::nullopt;
    }
    if (article.text.trimmed().isEmpty()) {
        m_lastError = QCoreApplication::translate("Library", "An article without text was not stored.");
        return std::nullopt;
    }
    QSqlDatabase database = db();
    const QString what = QCoreApplication::translate("Library", "Could not store an article");
    const Dialect &dialect = dialectOf(database);
    if (QSqlError error; !(m_inBatch ? beginSavepoint(database, &error) : dialect.beginWrite(database, &error))) {
        setQueryError(what, error);
        return std::nullopt;
    }
    std::optional<AddOutcome> outcome;
    // Outlives the transaction: PostgreSQL frees a prepared statement with a statement of its own,
    // which a transaction aborted by an error refuses until the rollback below.
    QSqlQuery query(database);
    {
        ArticleWriter writer{dialect, query, article, readingText, sha256};
        outcome = writer.add();
        if (!outcome)
            setQueryError(what, query.lastError());
        if (outcome && writer.revisionId != 0) {
            // Stored with the revision, so that the library-wide entity view finds it ready. If
            // the analyst changed the catalog since the reading, the stored key says so and the
            // view reads the text again.
            if (reading)
                m_entities->store(writer.revisionId, *reading);
            QString detail;
            const NewRevision revision{writer.revisionArticleId, writer.revisionId, writer.sha256, readingText, figures};
            for (const auto &indexer : m_indexers) {
                if (!indexer->index(database, revision, &detail)) {
                    setQueryError(what, detail, dialect.lastFailureOf(database));
                    outcome.reset();
                    break;
                }
            }
        }
    }
    query.finish();
    if (m_inBatch) {
        if (QSqlError error; outcome && !releaseSavepoint(database, &error)) {
            setQueryError(what, error);
            outcome.reset();
        }
        if (!outcome && dialect.inTransaction(database))
            rollbackToSavepoint(database);
        else if (!outcome)
            m_batchLost = true;  // SQLite undid the whole batch: commitBatch says so
        return outcome;
    }
    if (outcome && !database.commit()) {
        // Qt's driver reports a failed COMMIT without SQLite's code; the connection still has it.
        setQueryError(what, errorDetail(database.lastError()), dialect.lastFailureOf(database));
        outcome.reset();
    }
    if (!outcome)
        database.rollback();
    return outcome;
}

bool Library::beginBatch()
{
    m_storageFailure = StorageFailure::None;
    if (!isOpen()) {
        m_lastError = QCoreApplication::translate("Library", "No library is open.");
        return false;
    }
    if (m_inBatch)
        return true;
    QSqlDatabase database = db();
    if (QSqlError error; !dialectOf(database).beginWrite(database, &error)) {
        setQueryError(QCoreApplication::translate("Library", "Could not store an article"), error);
        return false;
    }
    m_inBatch = true;
    return true;
}

bool Library::commitBatch()
{
    if (!m_inBatch)
        return true;
    m_inBatch = false;
    if (std::exchange(m_batchLost, false))
        return false;  // lastError() names the failure that undid it
    QSqlDatabase database = db();
    if (database.commit())
        return true;
    setQueryError(QCoreApplication::translate("Library", "Could not store an article"),
                  errorDetail(database.lastError()), dialectOf(database).lastFailureOf(database));
    database.rollback();
    return false;
}

void Library::rollbackBatch()
{
    if (!m_inBatch)
        return;
    m_inBatch = false;
    if (!std::exchange(m_batchLost, false))
        db().rollback();
}

int Library::articleCount() const
{
    if (!isOpen())
        return 0;
    QSqlQuery query(db());
    if (!runStatement(query, QStringLiteral("SELECT COUNT(*) FROM articles WHERE current_revision IS NOT NULL")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<ArticleSummary> Library::articles() const
{
    QList<ArticleSummary> result;
    forEachArticle([&result](const ArticleSummary &summary) { result.append(summary); });
    return result;
}

bool Library::forEachArticle(const std::function<void(const ArticleSummary &)> &visit) const
{
    if (!isOpen())
        return false;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!runStatement(query, QStringLiteral("SELECT %1 %2 ORDER BY a.id").arg(article_rows::summaryColumns(), article_rows::currentJoin()))) {
        setQueryError(QCoreApplication::translate("Library", "Could not list articles"), query.lastError());
        return false;
    }
    while (query.next())
        visit(summaryFrom(query));
    return true;
}

std::optional<ArticleRecord> Library::article(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(db());
    if (!runStatement(query, QStringLiteral("SELECT %1, r.text %2 WHERE a.id = ?").arg(article_rows::summaryColumns(), article_rows::currentJoin()), {id})
        || !query.next())
        return std::nullopt;
    return ArticleRecord{summaryFrom(query), query.value(8).toString()};
}

std::optional<ArticleSummary> Library::summary(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(db());
    if (!runStatement(query, QStringLiteral("SELECT %1 %2 WHERE a.id = ?").arg(article_rows::summaryColumns(), article_rows::currentJoin()), {id})
        || !query.next())
        return std::nullopt;
    return summaryFrom(query);
}

std::optional<QList<StoredRevision>> Library::revisions(qint64 articleId) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    // The current revision last even if an older one has a higher id.
    if (!runStatement(query,
                      QStringLiteral("SELECT r.sha256, r.title, r.author, r.source, r.published, r.text FROM revisions r "
                                     "JOIN articles a ON a.id = r.article_id WHERE r.article_id = ? "
                                     "ORDER BY CASE WHEN r.id = a.current_revision THEN 1 ELSE 0 END, r.id"),
                      {articleId})) {
        setQueryError(QCoreApplication::translate("Library", "Could not read the revisions of an article"),
                      query.lastError());
        return std::nullopt;
    }
    QList<StoredRevision> result;
    while (query.next()) {
        result.append({query.value(0).toString(),
                       {query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                        QDate::fromString(query.value(4).toString(), Qt::ISODate)},
                       query.value(5).toString()});
    }
    return result;
}

QList<search::QueryTerm> Library::searchTerms(const QString &userQuery) const
{
    if (!isOpen())
        return search::parseQuery(userQuery);
    const std::shared_ptr<const entities::EntityCatalog> catalog = m_entities->catalog();
    return search::parseQuery(userQuery, [&catalog](const QString &name) {
        const entities::Entity *entity = catalog->findByName(name);
        return entity ? entity->allNames() : QStringList();
    });
}

QList<SearchHit> Library::search(const QString &userQuery, int limit, int offset, int withSnippets) const
{
    QList<SearchHit> hits;
    const QList<search::QueryTerm> terms = searchTerms(userQuery);
    const QString match = dialectOf(db()).matchOf(terms);
    if (match.isEmpty() || !isOpen())
        return hits;
    const Dialect &dialect = dialectOf(db());
    // All of them in the ranking statement where the database makes snippets; else one by one.
    const bool snippetsInRanking = (withSnippets < 0 || withSnippets >= limit) && dialect.makesSnippets();
    const qsizetype snippetsWanted = withSnippets < 0 ? limit : withSnippets;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!runStatement(query, dialect.searchSql(snippetsInRanking), {match, limit, std::max(0, offset)})) {
        setQueryError(QCoreApplication::translate("Library", "Search failed"), query.lastError());
        return hits;
    }
    while (query.next()) {
        SearchHit hit{query.value(0).toLongLong(), query.value(1).toString(), QString(), query.value(2).toDouble(), QString()};
        if (snippetsInRanking) {
            hit.snippet = query.value(3).toString();
            hit.why = whyItMatched(terms, hit);
        }
        hits.append(hit);
    }
    query.finish();
    for (qsizetype i = 0; !snippetsInRanking && i < std::min<qsizetype>(snippetsWanted, hits.size()); ++i)
        fillSnippet(query, match, terms, hits[i]);
    return hits;
}

void Library::searchSnippet(const QString &userQuery, SearchHit &hit) const
{
    const QList<search::QueryTerm> terms = searchTerms(userQuery);
    const QString match = dialectOf(db()).matchOf(terms);
    if (match.isEmpty() || !isOpen())
        return;
    QSqlQuery query(db());
    fillSnippet(query, match, terms, hit);
}

void Library::fillSnippet(QSqlQuery &query, const QString &match, const QList<search::QueryTerm> &terms, SearchHit &hit) const
{
    if (dialectOf(db()).makesSnippets()) {
        if (runStatement(query, dialectOf(db()).snippetSql(), {match, hit.id}) && query.next())
            hit.snippet = query.value(0).toString();
    } else if (runStatement(query,
                            QStringLiteral("SELECT r.title, r.text %1 WHERE a.id = ?").arg(article_rows::currentJoin()),
                            {hit.id})
               && query.next()) {
        hit.snippet = search::makeSnippet(query.value(0).toString(), query.value(1).toString(), terms);
    }
    query.finish();
    hit.why = whyItMatched(terms, hit);
}

int Library::countMatches(const QString &userQuery) const
{
    const QString match = dialectOf(db()).matchOf(searchTerms(userQuery));
    if (match.isEmpty() || !isOpen())
        return 0;
    QSqlQuery query(db());
    if (!runStatement(query, dialectOf(db()).countMatchesSql(), {match}) || !query.next()) {
        setQueryError(QCoreApplication::translate("Library", "Search failed"), query.lastError());
        return 0;
    }
    return query.value(0).toInt();
}

Library::SearchPage Library::searchPage(const QString &userQuery, int limit, int offset, int withSnippets) const
{
    SearchPage page{search(userQuery, limit, offset, withSnippets), 0};
    const bool pageTells = page.hits.size() < limit && (!page.hits.isEmpty() || offset <= 0);
    page.total = pageTells ? std::max(0, offset) + int(page.hits.size()) : countMatches(userQuery);
    return page;
}

bool Library::searchIndexIsConsistent() const
{
    if (!isOpen())
        return false;
    QSqlQuery query(db());
    return dialectOf(db()).checkSearchIndex(query);
}

} // namespace dokhae::store
