#include "store/migrations.h"

#include "store/sqlite_dialect.h"
#include "store/sql_statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <functional>
#include <vector>

namespace dokhae::store {

namespace {

const QString kMetaTable = QStringLiteral("meta");
const QString kVersionKey = QStringLiteral("schema_version");
const QString kApplicationKey = QStringLiteral("application");
const QString kApplication = QStringLiteral("dokhae");

// Version 1: articles and their revisions. An article keeps its id across revisions; a revision
// is one reading text, identified by its SHA-256.
bool createArticles(QSqlDatabase &db, QString *error)
{
    return runStatements(db,
                   {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                    QStringLiteral("INSERT INTO meta (key, value) VALUES ('%1', '%2')").arg(kApplicationKey, kApplication),
                    QStringLiteral("CREATE TABLE articles (id INTEGER PRIMARY KEY, source_file TEXT, "
                                   "current_revision INTEGER)"),
                    QStringLiteral("CREATE INDEX articles_by_source ON articles (source_file)"),
                    QStringLiteral("CREATE TABLE revisions (id INTEGER PRIMARY KEY, "
                                   "article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
                                   "sha256 TEXT NOT NULL UNIQUE, title TEXT NOT NULL, author TEXT NOT NULL, "
                                   "source TEXT NOT NULL, published TEXT, text TEXT NOT NULL, "
                                   "imported_at TEXT NOT NULL)"),
                    QStringLiteral("CREATE INDEX revisions_by_article ON revisions (article_id)")},
                   error);
}

// Version 2: Korean full-text search over the current revision of each article, filled from the
// articles a version 1 library already holds.
bool createSearchIndex(QSqlDatabase &db, QString *error)
{
    return runStatements(db,
                   {QStringLiteral("CREATE VIEW current_revisions AS SELECT r.id, r.title, r.text FROM revisions r "
                                   "JOIN articles a ON a.id = r.article_id AND a.current_revision = r.id"),
                    sqlite::createSearchIndexSql(), sqlite::rebuildSearchIndexSql()},
                   error);
}

// Version 3: entities. The analyst's corrections: user catalog entries (aliases as a JSON array)
// live apart from the bundled catalog, so an update of that file keeps them; hide and merge
// decisions are by entity id, stable for catalog entries and discovered names alike. And a cache of
// what recognition found in each revision (before corrections, which are applied when read), keyed
// by the catalog it was found with: a library-wide view is a query, and a catalog change shows as
// a key that no longer matches, so the revision is read again.
bool createEntityTables(QSqlDatabase &db, QString *error)
{
    return runStatements(db,
                   {QStringLiteral("CREATE TABLE user_entities (id TEXT PRIMARY KEY, type TEXT NOT NULL, "
                                   "name_ko TEXT NOT NULL, name_en TEXT NOT NULL, hanzi TEXT NOT NULL, "
                                   "aliases TEXT NOT NULL, wikidata TEXT NOT NULL, updated_at TEXT NOT NULL)"),
                    QStringLiteral("CREATE TABLE entity_hidden (id TEXT PRIMARY KEY, hidden_at TEXT NOT NULL)"),
                    QStringLiteral("CREATE TABLE entity_merges (from_id TEXT PRIMARY KEY, into_id TEXT NOT NULL, "
                                   "merged_at TEXT NOT NULL, CHECK (from_id <> into_id))"),
                    QStringLiteral("CREATE TABLE entity_scans (revision_id INTEGER PRIMARY KEY "
                                   "REFERENCES revisions (id) ON DELETE CASCADE, catalog_key TEXT NOT NULL)"),
                    QStringLiteral("CREATE TABLE article_entities (revision_id INTEGER NOT NULL "
                                   "REFERENCES entity_scans (revision_id) ON DELETE CASCADE, "
                                   "position INTEGER NOT NULL, entity_id TEXT NOT NULL, entity TEXT NOT NULL, "
                                   "mentions TEXT NOT NULL, PRIMARY KEY (revision_id, position))"),
                    QStringLiteral("CREATE INDEX article_entities_by_entity ON article_entities (entity_id)")},
                   error);
}

// Version 4: figures and charts. The figures of each revision as the extractor found them (every
// field, UTF-16 offsets into that revision's text), with the extractor version in figure_scans so
// that a better extractor reads old revisions again; an index by measure and year for views across
// the library. Charts as JSON specs, suggested at import or made by the analyst, hidden rather
// than deleted; chart_sources lists every article a chart's points come from. Existing revisions
// are read afterwards, in batches and off the window's thread (FigureStore::refreshStale), or
// one by one as they are shown: a migration of a large library must not hold the window.
bool createFigureAndChartTables(QSqlDatabase &db, QString *error)
{
    return runStatements(db,
                   {QStringLiteral("CREATE TABLE figure_scans (revision_id INTEGER PRIMARY KEY "
                                   "REFERENCES revisions (id) ON DELETE CASCADE, extractor_version INTEGER NOT NULL)"),
                    QStringLiteral("CREATE TABLE figures (revision_id INTEGER NOT NULL "
                                   "REFERENCES figure_scans (revision_id) ON DELETE CASCADE, position INTEGER NOT NULL, "
                                   "kind TEXT NOT NULL, start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, "
                                   "text TEXT NOT NULL, value REAL NOT NULL, value_max REAL, currency TEXT NOT NULL, "
                                   "unit TEXT NOT NULL, approximate INTEGER NOT NULL, bound TEXT NOT NULL, year INTEGER, "
                                   "subject TEXT NOT NULL, measure TEXT NOT NULL, measure_key TEXT NOT NULL, "
                                   "sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, converts INTEGER, "
                                   "rate REAL, rate_disagrees INTEGER NOT NULL, iso_date TEXT NOT NULL, "
                                   "PRIMARY KEY (revision_id, position))"),
                    QStringLiteral("CREATE INDEX figures_by_measure ON figures (measure_key, year)"),
                    QStringLiteral("CREATE TABLE charts (id INTEGER PRIMARY KEY, "
                                   "article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
                                   "revision_id INTEGER REFERENCES revisions (id) ON DELETE SET NULL, "
                                   "origin TEXT NOT NULL CHECK (origin IN ('suggested', 'user')), "
                                   "position INTEGER NOT NULL, hidden INTEGER NOT NULL DEFAULT 0, "
                                   "edited INTEGER NOT NULL DEFAULT 0, spec TEXT NOT NULL, "
                                   "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
                    QStringLiteral("CREATE INDEX charts_by_article ON charts (article_id, position)"),
                    QStringLiteral("CREATE TABLE chart_sources (chart_id INTEGER NOT NULL "
                                   "REFERENCES charts (id) ON DELETE CASCADE, article_id INTEGER NOT NULL, "
                                   "PRIMARY KEY (chart_id, article_id))"),
                    QStringLiteral("CREATE INDEX chart_sources_by_article ON chart_sources (article_id)")},
                   error);
}

// Version 5: the analyst's annotations. The id is a UUID, so an annotation keeps it across
// libraries (export, import, a team library). Its selectors (quote with context, UTF-16 offsets)
// point into the revision it was last found in; an orphan keeps them, since a later revision may
// bring the passage back. Tags are a JSON array. No cascade from articles: deleting an article
// that carries annotations must fail, not take the analyst's notes with it.
bool createAnnotationTables(QSqlDatabase &db, QString *error)
{
    return runStatements(db,
                   {QStringLiteral("CREATE TABLE annotations (id TEXT PRIMARY KEY, "
                                   "article_id INTEGER NOT NULL REFERENCES articles (id), "
                                   "revision_id INTEGER NOT NULL REFERENCES revisions (id), "
                                   "start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, exact TEXT NOT NULL, "
                                   "prefix TEXT NOT NULL, suffix TEXT NOT NULL, orphan INTEGER NOT NULL DEFAULT 0, "
                                   "color TEXT NOT NULL, note TEXT NOT NULL, tags TEXT NOT NULL, "
                                   "author TEXT NOT NULL, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, "
                                   "CHECK (start <= \"end\"))"),
                    QStringLiteral("CREATE INDEX annotations_by_article ON annotations (article_id, start)")},
                   error);
}

// Version 6: the connections that have the library open (see open_sessions.h), so that only an
// open after a crash checks the whole file.
bool createOpenSessions(QSqlDatabase &db, QString *error)
{
    return runStatements(db,
                   {QStringLiteral("CREATE TABLE open_sessions (host TEXT NOT NULL, boot TEXT NOT NULL, "
                                   "pid INTEGER NOT NULL, connection TEXT NOT NULL, opened_at TEXT NOT NULL, "
                                   "PRIMARY KEY (host, boot, pid, connection))")},
                   error);
}

// Version 7: the orders of the library list (Library::articlePage), each an index on revisions
// ending in the article id that breaks ties, so that a page is one seek and no order sorts the
// whole library. The expressions are the ones the queries sort by. Titles and sources take
// NOCASE, SQLite's own collation, so that any connection (the sqlite3 shell too) can still write.
bool createArticleOrderIndexes(QSqlDatabase &db, QString *error)
{
    return runStatements(db,
                   {QStringLiteral("CREATE INDEX revisions_by_title ON revisions (title COLLATE NOCASE, article_id)"),
                    QStringLiteral("CREATE INDEX revisions_by_source ON revisions (source COLLATE NOCASE, article_id)"),
                    QStringLiteral("CREATE INDEX revisions_by_published ON revisions (ifnull(published, ''), article_id)")},
                   error);
}

// Version 8: what one entity's articles are found by without reading every article: which stored
// readings were made with the current catalog, and which article a revision is current in.
bool createEntityLookupIndexes(QSqlDatabase &db, QString *error)
{
    return runStatements(db,
                   {QStringLiteral("CREATE INDEX entity_scans_by_catalog ON entity_scans (catalog_key)"),
                    QStringLiteral("CREATE INDEX articles_by_current_revision ON articles (current_revision)")},
                   error);
}

bool recordVersion(QSqlDatabase &db, int version, QString *error)
{
    QSqlQuery query(db);
    if (runStatement(query,
                     QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {kVersionKey, QString::number(version)}))
        return true;
    if (error)
        *error = errorDetail(query.lastError());
    return false;
}

QString metaValue(QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    if (runStatement(query, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}) && query.next())
        return query.value(0).toString();
    return {};
}

} // namespace

const SchemaSteps &sqliteSchemaSteps()
{
    // Step i brings a library from version i + 1 to i + 2. Append; never edit a released step.
    static const SchemaSteps steps{createArticles, 1,
                                   {createSearchIndex, createEntityTables, createFigureAndChartTables,
                                    createAnnotationTables, createOpenSessions, createArticleOrderIndexes,
                                    createEntityLookupIndexes}};
    return steps;
}

int latestSchemaVersion()
{
    return sqliteSchemaSteps().latestVersion();
}

QString applicationName()
{
    return kApplication;
}

int schemaVersionOf(QSqlDatabase &db)
{
    if (!db.tables().contains(kMetaTable))
        return 0;
    return metaValue(db, kVersionKey).toInt();
}

bool isDokhaeLibrary(QSqlDatabase &db)
{
    const QStringList tables = db.tables(QSql::Tables);
    if (tables.isEmpty())
        return true;
    return tables.contains(kMetaTable) && metaValue(db, kApplicationKey) == kApplication;
}

bool migrate(QSqlDatabase &db, const SchemaSteps &schema, QString *error, int targetVersion)
{
    const int target = targetVersion < 0 ? schema.latestVersion() : targetVersion;
    const int current = schemaVersionOf(db);
    const bool reachable = target <= schema.latestVersion() && current <= target
                           && (current == 0 || current >= schema.createdVersion) && target >= schema.createdVersion;
    if (!reachable) {
        if (error)
            *error = QCoreApplication::translate("Library", "Cannot migrate schema version %1 to %2.")
                         .arg(current)
                         .arg(target);
        return false;
    }
    int version = current;
    while (version < target) {
        if (!db.transaction()) {
            if (error)
                *error = errorDetail(db.lastError());
            return false;
        }
        const int next = version == 0 ? schema.createdVersion : version + 1;
        const SchemaSteps::Step &step =
            version == 0 ? schema.create : schema.upgrades[static_cast<std::size_t>(version - schema.createdVersion)];
        const bool stepDone = step(db, error) && recordVersion(db, next, error);
        if (!stepDone || !db.commit()) {
            if (stepDone && error)
                *error = errorDetail(db.lastError());
            db.rollback();
            return false;
        }
        spdlog::info("Library schema migrated to version {}", next);
        version = next;
    }
    return true;
}

bool migrate(QSqlDatabase &db, QString *error, int targetVersion)
{
    return migrate(db, sqliteSchemaSteps(), error, targetVersion);
}

} // namespace dokhae::store
