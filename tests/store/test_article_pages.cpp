// The library list read a page at a time: every order gives every article once, in order, along
// an index; an import between two pages lists nothing twice.
#include "store/article_rows.h"
#include "store/dialect.h"
#include "store/library.h"
#include "store_test_support.h"
#include "test_libraries.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace dokhae;
using dokhae::testing::parsedArticle;
using dokhae::testing::RawConnection;
using store::ArticleOrder;
using store::ArticleSortKey;

namespace {

const QList<ArticleOrder> kEveryOrder = [] {
    QList<ArticleOrder> orders;
    for (ArticleSortKey key : {ArticleSortKey::Id, ArticleSortKey::Title, ArticleSortKey::Source, ArticleSortKey::Published})
        orders += {ArticleOrder{key, false}, ArticleOrder{key, true}};
    return orders;
}();

QString describe(const ArticleOrder &order)
{
    return QStringLiteral("key %1%2").arg(int(order.key)).arg(order.descending ? QStringLiteral(" descending") : QString());
}

// The order the store promises, written out independently of its SQL: text without ASCII case
// (the test's texts are Hangul and ASCII, where that is all NOCASE does), a missing date first,
// ties by id.
bool comesBefore(const ArticleOrder &order, const ArticleSummary &a, const ArticleSummary &b)
{
    int byValue = 0;
    switch (order.key) {
    case ArticleSortKey::Title: byValue = QString::compare(a.meta.title, b.meta.title, Qt::CaseInsensitive); break;
    case ArticleSortKey::Source: byValue = QString::compare(a.meta.source, b.meta.source, Qt::CaseInsensitive); break;
    case ArticleSortKey::Published:
        byValue = a.meta.published == b.meta.published ? 0 : (a.meta.published < b.meta.published ? -1 : 1);
        break;
    case ArticleSortKey::Id: break;
    }
    if (byValue == 0)
        byValue = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
    return order.descending ? byValue > 0 : byValue < 0;
}

import::ParsedArticle numberedArticle(int i)
{
    // Titles repeat (ties), sources differ only by case or are Hangul, a few dates are missing.
    static const QStringList titles{QStringLiteral("딥시크 돌풍"), QStringLiteral("Alibaba Qwen"), QStringLiteral("alibaba qwen"),
                                    QStringLiteral("가나다"), QStringLiteral("중국 반도체"), QStringLiteral("AI 골든타임")};
    static const QStringList sources{QStringLiteral("헬로티"), QStringLiteral("ZDNet"), QStringLiteral("zdnet"), QStringLiteral("전자신문")};
    import::ParsedArticle article = parsedArticle(titles.at(i % titles.size()),
                                                  QStringLiteral("기사 %1의 본문: 중국 인공지능 산업의 %2번째 소식.").arg(i).arg(i * 7),
                                                  QStringLiteral("/news/%1.txt").arg(i));
    article.meta.source = sources.at(i % sources.size());
    if (i % 5 != 0)
        article.meta.published = QDate(2025, 1 + i % 12, 1 + i % 27);
    return article;
}

QList<ArticleSummary> readInPages(const store::Library &library, const ArticleOrder &order, int pageSize)
{
    QList<ArticleSummary> all;
    for (;;) {
        const QList<ArticleSummary> page = library.articlePage(order, all.isEmpty() ? nullptr : &all.last(), pageSize);
        all += page;
        if (page.size() < pageSize)
            return all;
    }
}

QList<qint64> idsOf(const QList<ArticleSummary> &summaries)
{
    QList<qint64> ids;
    for (const ArticleSummary &summary : summaries)
        ids.append(summary.id);
    return ids;
}

} // namespace

class TestArticlePages : public QObject {
    Q_OBJECT

private:
    dokhae::test::TestLibraries m_files;

    void fill(store::Library &library, int from, int to)
    {
        for (int i = from; i < to; ++i)
            QVERIFY(library.addArticle(numberedArticle(i)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        DOKHAE_START_TEST_LIBRARIES(m_files);
    }

    void everyOrderListsEveryArticleOnceInOrder()
    {
        store::Library library;
        QVERIFY(library.open(m_files.newLocation()));
        fill(library, 0, 61);
        // A second revision of one article: it is listed once, by its current title.
        import::ParsedArticle changed = numberedArticle(3);
        changed.meta.title = QStringLiteral("바뀐 제목");
        changed.text += QStringLiteral(" 고친 문장.");
        QCOMPARE(library.addArticle(changed)->result, store::AddResult::NewRevision);
        QCOMPARE(library.articleCount(), 61);

        QList<qint64> everyId = idsOf(library.articles());
        std::sort(everyId.begin(), everyId.end());
        for (const ArticleOrder &order : kEveryOrder) {
            const QList<ArticleSummary> listed = readInPages(library, order, 7);
            QList<qint64> ids = idsOf(listed);
            QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());  // none twice
            std::sort(ids.begin(), ids.end());
            QCOMPARE(ids, everyId);
            for (qsizetype i = 1; i < listed.size(); ++i)
                QVERIFY2(comesBefore(order, listed.at(i - 1), listed.at(i)), qPrintable(describe(order)));
            // The same rows as one page holding them all: pages only cut the list.
            QCOMPARE(idsOf(listed), idsOf(library.articlePage(order, nullptr, 1000)));
        }
        const auto changedSummary = library.summary(library.articlePage({}, nullptr, 4).at(3).id);
        QCOMPARE(changedSummary->meta.title, QStringLiteral("바뀐 제목"));
    }

    void positionIsTheRowInThatOrder()
    {
        store::Library library;
        QVERIFY(library.open(m_files.newLocation()));
        fill(library, 0, 23);
        for (const ArticleOrder &order : kEveryOrder) {
            const QList<ArticleSummary> listed = library.articlePage(order, nullptr, 100);
            for (qsizetype row = 0; row < listed.size(); ++row)
                QCOMPARE(library.articlePosition(order, listed.at(row).id), int(row));
        }
        QCOMPARE(library.articlePosition({}, 999999), -1);
    }

    void importBetweenPagesListsNothingTwice()
    {
        const QString path = m_files.newLocation();
        store::Library window;
        QVERIFY(window.open(path));
        fill(window, 0, 30);
        const ArticleOrder byTitle{ArticleSortKey::Title, false};
        QList<ArticleSummary> listed = window.articlePage(byTitle, nullptr, 10);
        QCOMPARE(listed.size(), 10);
        {
            // Another program imports meanwhile, titles before and after the page read so far.
            store::Library importer;
            QVERIFY(importer.open(path));
            fill(importer, 30, 48);
        }
        for (;;) {
            const QList<ArticleSummary> page = window.articlePage(byTitle, &listed.last(), 10);
            listed += page;
            if (page.size() < 10)
                break;
        }
        QList<qint64> ids = idsOf(listed);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
        for (qsizetype i = 1; i < listed.size(); ++i)
            QVERIFY(comesBefore(byTitle, listed.at(i - 1), listed.at(i)));
        // Those after the first page's last title are listed; all that were there before too.
        QVERIFY(listed.size() > 30);
        QVERIFY(listed.size() < 48);
    }

    void summariesOfTheIdsAsked()
    {
        store::Library library;
        QVERIFY(library.open(m_files.newLocation()));
        fill(library, 0, 5);
        const QList<qint64> ids = idsOf(library.articles());
        QCOMPARE(idsOf(library.summaries({ids.at(4), 424242, ids.at(1)})), (QList<qint64>{ids.at(1), ids.at(4)}));
        QCOMPARE(idsOf(library.summaries({ids.at(1), ids.at(4)}, {ArticleSortKey::Id, true})), (QList<qint64>{ids.at(4), ids.at(1)}));
        QVERIFY(library.summaries({}).isEmpty());
    }

    // Each page is a seek along an index: no order sorts the library in a temporary B-tree, and
    // none reads every article (a plain SCAN of a table).
    void pagesWalkAnIndex()
    {
        DOKHAE_SQLITE_ONLY("SQLite's query plans (test_query_plans)");
        const QString path = m_files.newLocation();
        {
            store::Library library;
            QVERIFY(library.open(path));
            fill(library, 0, 12);
        }
        RawConnection raw(path);
        QVERIFY(raw.ok());
        ArticleSummary after;
        after.id = 5;
        after.meta.title = QStringLiteral("가나다");
        after.meta.source = QStringLiteral("헬로티");
        for (const ArticleOrder &order : kEveryOrder) {
            for (const ArticleSummary *from : {static_cast<const ArticleSummary *>(nullptr), static_cast<const ArticleSummary *>(&after)}) {
                const store::article_rows::OrderedSelection selection = store::article_rows::selectionAfter(store::dialectOf(raw.db()), order, from);
                QSqlQuery query(raw.db());
                QVERIFY(query.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT %1 %2 LIMIT 200")
                                          .arg(store::article_rows::summaryColumns(), selection.sql())));
                for (const QVariant &value : selection.values)
                    query.addBindValue(value);
                QVERIFY(query.exec());
                QStringList plan;
                while (query.next())
                    plan.append(query.value(3).toString());
                const QString described = describe(order) + QStringLiteral(": ") + plan.join(QStringLiteral(" | "));
                QVERIFY2(!plan.join(u' ').contains(QStringLiteral("TEMP B-TREE")), qPrintable(described));
                // By id the walk is along the table itself (SCAN a is its rowid order, cut by LIMIT).
                if (order.key != ArticleSortKey::Id)
                    QVERIFY2(!plan.contains(QStringLiteral("SCAN a")) && !plan.contains(QStringLiteral("SCAN r")),
                             qPrintable(described));
                if (from) {
                    const QString seek = order.key == ArticleSortKey::Id ? QStringLiteral("SEARCH a USING INTEGER PRIMARY KEY")
                                                                         : QStringLiteral("SEARCH r USING");
                    QVERIFY2(plan.join(u' ').contains(seek), qPrintable(described));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestArticlePages)
#include "test_article_pages.moc"
