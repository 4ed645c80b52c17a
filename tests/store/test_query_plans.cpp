// The statements behind what the window and the CLI ask of a large library (a page of the list,
// an article with its figures, entities, charts and notes, a search, one entity's articles) must
// not read whole tables: SQLite's own plan for each statement they run is checked for full scans.
// The statements are caught as they run (sqlite3_trace_v2), so a new query on a hot path is
// checked without being listed here.
#include "import/importer.h"
#include "store/annotation_store.h"
#include "store/chart_store.h"
#include "store/figure_store.h"
#include "store/library.h"
#include "store/sqlite_dialect.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <functional>

using namespace dokhae;

namespace {

// Tables that hold what the analyst typed (their own entities and corrections), not what was
// imported: tens of rows in a library of any size, read whole by design.
const QStringList kSmallTables = {QStringLiteral("user_entities"), QStringLiteral("entity_hidden"),
                                  QStringLiteral("entity_merges")};

int collectStatement(unsigned type, void *context, void *statement, void *)
{
    if (type == SQLITE_TRACE_STMT) {
        auto *statements = static_cast<QStringList *>(context);
        const QString sql = QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement)));
        if (!statements->contains(sql))
            statements->append(sql);
    }
    return 0;
}

// The plan lines that read a whole table or a whole index: "SCAN t", "SCAN t USING INDEX i".
// Virtual tables (the search index) answer through their own index ("SCAN t VIRTUAL TABLE
// INDEX"). The plan is
// asked of SQLite directly: Qt would take the statement's numbered parameters for its own.
QStringList fullScans(QSqlDatabase &db, const QString &sql)
{
    QStringList scans;
    sqlite3_stmt *plan = nullptr;
    const QByteArray explain = (QStringLiteral("EXPLAIN QUERY PLAN ") + sql).toUtf8();
    if (sqlite3_prepare_v2(store::sqlite::nativeHandle(db), explain.constData(), -1, &plan, nullptr) != SQLITE_OK)
        return {QStringLiteral("(no plan: %1)").arg(QString::fromUtf8(sqlite3_errmsg(store::sqlite::nativeHandle(db))))};
    static const QRegularExpression scan(QStringLiteral("^SCAN (\\S+)(?!\\S)(?! VIRTUAL TABLE)"));
    static const QRegularExpression limited(QStringLiteral("\\bLIMIT\\b"));
    QStringList lines;
    while (sqlite3_step(plan) == SQLITE_ROW)
        lines << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(plan, 3)));
    // A scan in an index's (or the rowid's) order that stops at a LIMIT reads only its page,
    // unless the rows are sorted first.
    const bool readsOnlyAPage = limited.match(sql).hasMatch()
                                && !lines.join(u'\n').contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY"));
    for (const QString &detail : std::as_const(lines)) {
        const QRegularExpressionMatch match = scan.match(detail);
        if (match.hasMatch() && !readsOnlyAPage && !kSmallTables.contains(match.captured(1))
            && match.captured(1) != QLatin1String("CONSTANT"))
            scans << detail;
    }
    sqlite3_finalize(plan);
    return scans;
}

} // namespace

class TestQueryPlans : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    store::Library m_library;
    qint64 m_articleId = 0;

    // The statements `work` runs on the library's connection.
    QStringList statementsOf(const std::function<void()> &work)
    {
        QStringList statements;
        QSqlDatabase db = m_library.connection();
        sqlite3 *handle = store::sqlite::nativeHandle(db);
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, collectStatement, &statements);
        work();
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        return statements;
    }

    void verifyNoFullScan(const std::function<void()> &work)
    {
        const QStringList statements = statementsOf(work);
        QVERIFY2(!statements.isEmpty(), "nothing ran: the path under test did not reach the library");
        QSqlDatabase db = m_library.connection();
        for (const QString &sql : statements) {
            const QStringList scans = fullScans(db, sql);
            QVERIFY2(scans.isEmpty(), qPrintable(QStringLiteral("%1\n  reads a whole table: %2").arg(sql, scans.join(u"; "))));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_library.open(m_dir.filePath(QStringLiteral("lib.sqlite"))));
        const auto report = import::Importer(m_library).run({QStringLiteral(DOKHAE_SEEDS_DIR)});
        QVERIFY(report.allImported());
        m_articleId = report.files.first().articleId;
        QVERIFY(m_articleId > 0);
        // No ANALYZE, as in the app: SQLite then plans as for large tables, whatever this small
        // library holds, which is what the check is about.
    }

    // The statements caught are real ones: a query known to read the whole table is reported.
    void aFullScanIsCaught()
    {
        QSqlDatabase db = m_library.connection();
        const QStringList statements = statementsOf([&db] {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT COUNT(*) FROM revisions WHERE title LIKE '%AI%'"));
        });
        QCOMPARE(statements.size(), 1);
        QCOMPARE(fullScans(db, statements.first()).size(), 1);
    }

    void listPages_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("descending");
        for (const auto &[name, key] : {std::pair{"id", store::ArticleSortKey::Id}, {"title", store::ArticleSortKey::Title},
                                       {"source", store::ArticleSortKey::Source}, {"published", store::ArticleSortKey::Published}}) {
            QTest::addRow("%s ascending", name) << int(key) << false;
            QTest::addRow("%s descending", name) << int(key) << true;
        }
    }

    void listPages()
    {
        QFETCH(int, key);
        QFETCH(bool, descending);
        const store::ArticleOrder order{store::ArticleSortKey(key), descending};
        verifyNoFullScan([&] {
            const auto first = m_library.articlePage(order, nullptr, 2);
            QCOMPARE(first.size(), 2);
            QCOMPARE(m_library.articlePage(order, &first.last(), 2).size(), 2);
            QVERIFY(m_library.articlePosition(order, m_articleId) >= 0);
        });
    }

    void oneArticle()
    {
        verifyNoFullScan([&] {
            QVERIFY(m_library.article(m_articleId));
            QVERIFY(m_library.summary(m_articleId));
            QVERIFY(store::FigureStore(m_library).articleFigures(m_articleId));
            QVERIFY(m_library.entities().articleEntities(m_articleId));
            store::ChartStore(m_library).articleCharts(m_articleId);
            store::AnnotationStore(m_library).articleAnnotations(m_articleId);
        });
    }

    void search()
    {
        verifyNoFullScan([&] {
            const auto page = m_library.searchPage(QStringLiteral("중국"), 2, 0, 0);
            QVERIFY(page.total > 0);
            QVERIFY(!page.hits.isEmpty());
            auto hit = page.hits.first();
            m_library.searchSnippet(QStringLiteral("중국"), hit);
            QVERIFY(!hit.snippet.isEmpty());
        });
    }

    void oneEntitysArticles()
    {
        verifyNoFullScan([&] {
            const auto entity = m_library.entities().findEntity(QStringLiteral("딥시크"));
            QVERIFY(entity);
            QVERIFY(!entity->articles.isEmpty());
        });
    }
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "test_query_plans.moc"
