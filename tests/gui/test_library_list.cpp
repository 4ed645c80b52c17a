// The library list of a large library: rows are read a page at a time as the list scrolls, the
// store sorts them, the count comes from the store, and an article not read yet can be selected.
#include "article_table_model.h"
#include "library_pane.h"
#include "store/library.h"

#include <algorithm>

#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dokhae;
using gui::ArticleTableModel;

namespace {

constexpr int kArticles = 1000;

// Titles in an order of their own (not the id order), Latin ones of both cases among them, and
// dates that are not in id order either.
QString titleOf(int i)
{
    const int shuffled = (i * 7919) % kArticles;
    return i % 10 == 0 ? QStringLiteral("%1 AI report %2").arg(i % 20 == 0 ? u"alpha"_qs : u"Alpha"_qs).arg(shuffled, 4, 10, QLatin1Char('0'))
                       : QStringLiteral("중국 기사 %1").arg(shuffled, 4, 10, QLatin1Char('0'));
}

QDate dateOf(int i)
{
    return QDate(2024, 1, 1).addDays((i * 37) % 700);
}

} // namespace

class TestLibraryList : public QObject {
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    QTemporaryDir m_dir;
    store::Library m_library;
    QList<qint64> m_ids;  // in the order added, the id order

    QTableView *table(gui::LibraryPane &pane) { return pane.findChild<QTableView *>(QStringLiteral("articleTable")); }
    ArticleTableModel *model(gui::LibraryPane &pane) { return qobject_cast<ArticleTableModel *>(table(pane)->model()); }

    std::unique_ptr<gui::LibraryPane> shownPane()
    {
        auto pane = std::make_unique<gui::LibraryPane>(m_library);
        pane->resize(600, 500);
        pane->reload();
        pane->show();
        if (!QTest::qWaitForWindowExposed(pane.get()))
            return {};
        return pane;
    }

    // As a user holding End: to the bottom, again, until there is nothing more to read.
    void scrollToTheEnd(QTableView *view)
    {
        for (int step = 0; step < kArticles && view->model()->canFetchMore({}); ++step) {
            view->scrollToBottom();
            QCoreApplication::processEvents();
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_library.open(m_dir.filePath(QStringLiteral("large.sqlite"))));
        m_library.setRevisionIndexers({});  // figures and charts play no part here
        for (int i = 0; i < kArticles; ++i) {
            import::ParsedArticle article;
            article.meta.title = titleOf(i);
            article.meta.source = i % 3 == 0 ? QStringLiteral("헬로티") : QStringLiteral("전자신문");
            article.meta.published = dateOf(i);
            article.text = QStringLiteral("%1번째 기사의 본문.").arg(i);
            article.sourceFile = QStringLiteral("/news/%1.txt").arg(i);
            const auto added = m_library.addArticle(article);
            QVERIFY(added);
            m_ids.append(added->articleId);
        }
    }

    void showsAPageUntilScrolled()
    {
        auto pane = shownPane();
        QVERIFY(pane);
        QCOMPARE(pane->totalCount(), kArticles);  // counted by the store
        QVERIFY(table(*pane)->model()->rowCount() < kArticles);
        QVERIFY(table(*pane)->model()->canFetchMore({}));
        QCOMPARE(table(*pane)->model()->index(0, 0).data(ArticleTableModel::ArticleIdRole).toLongLong(), m_ids.first());
    }

    void scrollingToTheEndShowsEveryArticleOnce()
    {
        auto pane = shownPane();
        QVERIFY(pane);
        const int before = table(*pane)->model()->rowCount();
        table(*pane)->verticalScrollBar()->setValue(table(*pane)->verticalScrollBar()->maximum());
        QTRY_VERIFY(table(*pane)->model()->rowCount() > before);  // the view asks for more itself
        scrollToTheEnd(table(*pane));
        const QAbstractItemModel *rows = table(*pane)->model();
        QCOMPARE(rows->rowCount(), kArticles);
        QVERIFY(!rows->canFetchMore({}));
        for (int row = 0; row < kArticles; ++row)
            QCOMPARE(rows->index(row, 0).data(ArticleTableModel::ArticleIdRole).toLongLong(), m_ids.at(row));
    }

    void sortingAsksTheStore()
    {
        auto pane = shownPane();
        QVERIFY(pane);
        QTableView *view = table(*pane);
        int latest = 0;
        for (int i = 0; i < kArticles; ++i) {
            if (dateOf(i) > dateOf(latest))
                latest = i;
        }
        // The article on show is found again in the new order, reading the rows up to it: here
        // the latest, so the first page is all that is read.
        pane->selectArticle(m_ids.at(latest));
        view->sortByColumn(ArticleTableModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(view->model()->index(0, ArticleTableModel::DateColumn).data(ArticleTableModel::SortRole).toDate(), dateOf(latest));
        QCOMPARE(view->model()->rowCount(), ArticleTableModel::kPageSize);
        QCOMPARE(pane->currentArticleId(), m_ids.at(latest));

        // Titles without case for Latin letters (alpha and Alpha together), Latin before Hangul.
        view->sortByColumn(ArticleTableModel::TitleColumn, Qt::AscendingOrder);
        QStringList titles;
        for (int i = 0; i < kArticles; ++i)
            titles.append(titleOf(i));
        std::sort(titles.begin(), titles.end(), [](const QString &a, const QString &b) {
            return QString::compare(a, b, Qt::CaseInsensitive) < 0;
        });
        for (int row = 0; row < 5; ++row)
            QCOMPARE(view->model()->index(row, 0).data().toString(), titles.at(row));
        QVERIFY(titles.first().startsWith(u"alpha AI report 0"_qs, Qt::CaseInsensitive));
        scrollToTheEnd(view);
        QCOMPARE(view->model()->rowCount(), kArticles);
        QCOMPARE(view->model()->index(kArticles - 1, 0).data().toString(), titles.last());

        // Back to no column: the id order.
        view->sortByColumn(-1, Qt::AscendingOrder);
        QCOMPARE(view->model()->index(0, 0).data(ArticleTableModel::ArticleIdRole).toLongLong(), m_ids.first());
    }

    void selectingAnArticleNotReadYet()
    {
        auto pane = shownPane();
        QVERIFY(pane);
        const qint64 deep = m_ids.at(kArticles - 3);
        QVERIFY(model(*pane)->rowCount() < kArticles - 3);
        pane->selectArticle(deep);
        QCOMPARE(pane->currentArticleId(), deep);
        QCOMPARE(table(*pane)->currentIndex().data(ArticleTableModel::ArticleIdRole).toLongLong(), deep);
        QCOMPARE(table(*pane)->currentIndex().row(), kArticles - 3);

        // In another order the article is found again, and the one on show stays selected.
        table(*pane)->sortByColumn(ArticleTableModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(pane->currentArticleId(), deep);
        QTRY_COMPARE(table(*pane)->currentIndex().data(ArticleTableModel::ArticleIdRole).toLongLong(), deep);
        QCOMPARE(table(*pane)->currentIndex().data().toString(), titleOf(kArticles - 3));
    }

    // Rows read anew (another order, a cleared search) are read towards the article on show 500
    // per turn of the event loop, not all at once: the window answers meanwhile.
    void theArticleOnShowIsFoundAgainTurnByTurn()
    {
        auto pane = shownPane();
        QVERIFY(pane);
        const qint64 last = m_ids.last();
        pane->selectArticle(last);
        QCOMPARE(pane->currentArticleId(), last);
        auto *search = pane->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("없는단어쿼크"));  // no hit: the article stays on show
        QTRY_COMPARE(pane->query(), QStringLiteral("없는단어쿼크"));
        QCOMPARE(pane->currentArticleId(), last);
        QList<int> readAtOnce;
        connect(model(*pane), &QAbstractItemModel::rowsInserted, this,
                [&readAtOnce](const QModelIndex &, int first, int lastRow) { readAtOnce << lastRow - first + 1; });
        search->clear();
        QTRY_VERIFY(pane->query().isEmpty());
        QTRY_COMPARE(table(*pane)->currentIndex().data(ArticleTableModel::ArticleIdRole).toLongLong(), last);
        QVERIFY2(readAtOnce.size() >= 2, "the rows up to the article were read in one go");
        QVERIFY(*std::max_element(readAtOnce.cbegin(), readAtOnce.cend()) <= 500);
        QCOMPARE(pane->currentArticleId(), last);

        // Choosing another row while the list reads its way ends the pursuit.
        table(*pane)->sortByColumn(ArticleTableModel::DateColumn, Qt::AscendingOrder);
        table(*pane)->selectRow(1);
        const qint64 chosen = pane->currentArticleId();
        QVERIFY(chosen != last);
        QTest::qWait(100);
        QCOMPARE(pane->currentArticleId(), chosen);
    }

    void searchListsItsHitsAndGivesTheListBack()
    {
        auto pane = shownPane();
        QVERIFY(pane);
        auto *search = pane->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("\"AI report\""));
        QTRY_COMPARE(pane->query(), QStringLiteral("\"AI report\""));
        QCOMPARE(pane->matchCount(), kArticles / 10);
        QCOMPARE(table(*pane)->model()->rowCount(), kArticles / 10);
        QVERIFY(table(*pane)->model()->index(0, 0).data().toString().contains(u"AI report"_qs));
        search->clear();
        QTRY_VERIFY(pane->query().isEmpty());
        QCOMPARE(table(*pane)->model()->rowCount(), ArticleTableModel::kPageSize);
        QCOMPARE(pane->totalCount(), kArticles);
    }
};

QTEST_MAIN(TestLibraryList)
#include "test_library_list.moc"
