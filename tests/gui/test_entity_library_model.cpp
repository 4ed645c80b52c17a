#include "collating_proxy_model.h"
#include "entity_library_model.h"

#include <QTest>

using dokhae::gui::CollatingProxyModel;
using dokhae::gui::EntityLibraryModel;

namespace {

// `entities` entities, the i-th mentioned by `articles` articles, once each but the first twice.
QList<dokhae::store::LibraryEntity> reading(int entities, int articles)
{
    QList<dokhae::store::LibraryEntity> found;
    for (int e = 0; e < entities; ++e) {
        dokhae::store::LibraryEntity entry;
        entry.entity.id = QStringLiteral("Q%1").arg(e);
        entry.entity.nameKo = QStringLiteral("개체 %1").arg(e);
        entry.entity.nameEn = QStringLiteral("Entity %1").arg(e);
        for (int a = 0; a < articles; ++a)
            entry.articles.append({qint64(a + 1), QStringLiteral("기사 %1").arg(articles - a), a == 0 ? 2 : 1});
        found.append(entry);
    }
    return found;
}

// Counts the comparisons the proxy makes among the children of a row (not among the entities).
class CountingProxy : public CollatingProxyModel {
public:
    using CollatingProxyModel::CollatingProxyModel;
    mutable int childComparisons = 0;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (left.parent().isValid())
            ++childComparisons;
        return CollatingProxyModel::lessThan(left, right);
    }
};

} // namespace

// All Entities' rows answered from the reading: entities, their articles under them, the counts.
class TestEntityLibraryModel : public QObject {
    Q_OBJECT

private slots:
    void entitiesHaveTheirArticlesAndCountsUnderThem()
    {
        EntityLibraryModel model;
        model.setTexts({{u"Entity"_qs, u"Articles"_qs, u"Mentions"_qs}, {}, u"%1 (%2) · %3"_qs, u"%1 · %2"_qs, u"Open at %1"_qs});
        model.setEntities(reading(3, 4), u"ko"_qs);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.mentionCount(), 3 * 5);
        const QModelIndex second = model.index(1, EntityLibraryModel::NameColumn);
        QCOMPARE(second.data().toString(), u"개체 1 Entity 1"_qs);
        QCOMPARE(second.data(EntityLibraryModel::SortRole).toString(), u"개체 1"_qs);
        QCOMPARE(second.data(EntityLibraryModel::EntityIdRole).toString(), u"Q1"_qs);
        QVERIFY(second.data(EntityLibraryModel::FilterRole).toString().contains(u"Entity 1"_qs));
        QCOMPARE(model.index(1, EntityLibraryModel::ArticlesColumn).data().toString(), u"4"_qs);
        QCOMPARE(model.index(1, EntityLibraryModel::MentionsColumn).data(EntityLibraryModel::SortRole).toInt(), 5);
        QCOMPARE(model.rowCount(second), 4);
        QCOMPARE(model.rowCount(model.index(1, EntityLibraryModel::MentionsColumn)), 0);  // a tree of one column
        const QModelIndex article = model.index(0, EntityLibraryModel::NameColumn, second);
        QCOMPARE(article.data().toString(), u"기사 4"_qs);
        QCOMPARE(article.data(EntityLibraryModel::ArticleIdRole).toLongLong(), 1);
        QCOMPARE(article.data(EntityLibraryModel::EntityIdRole).toString(), u"Q1"_qs);
        QCOMPARE(article.siblingAtColumn(EntityLibraryModel::MentionsColumn).data().toString(), u"2"_qs);
        QCOMPARE(article.parent(), second);
        QCOMPARE(model.rowCount(article), 0);
        QVERIFY(article.data(Qt::ToolTipRole).toString().contains(u"Open at 개체 1"_qs));
        QCOMPARE(model.headerData(EntityLibraryModel::MentionsColumn, Qt::Horizontal).toString(), u"Mentions"_qs);

        model.setLanguage(u"en"_qs);
        QCOMPARE(second.data().toString(), u"Entity 1 개체 1"_qs);
    }

    // Laying out a tree asks every row whether it has children; that must not sort each entity's
    // articles (hundreds each on a large library) while none is expanded.
    void askingForChildrenDoesNotSortThemUnlessFiltering()
    {
        EntityLibraryModel model;
        model.setEntities(reading(20, 200), u"ko"_qs);
        CountingProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(EntityLibraryModel::SortRole);
        proxy.setFilterRole(EntityLibraryModel::FilterRole);
        proxy.setRecursiveFilteringEnabled(true);  // as All Entities sets it
        proxy.setAutoAcceptChildRows(true);
        proxy.setLanguage(u"ko"_qs);
        proxy.sort(EntityLibraryModel::NameColumn);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.hasChildren(proxy.index(row, 0)));
        QCOMPARE(proxy.childComparisons, 0);
        // Expanded, an entity's articles are sorted as before.
        const QModelIndex first = proxy.index(0, 0);
        QCOMPARE(proxy.rowCount(first), 200);
        QCOMPARE(proxy.index(0, 0, first).data().toString(), u"기사 1"_qs);
        QVERIFY(proxy.childComparisons > 0);

        // With a filter the proxy decides which rows remain.
        proxy.setFilterFixedString(u"Entity 7"_qs);
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(proxy.hasChildren(proxy.index(0, 0)));
    }
};

QTEST_GUILESS_MAIN(TestEntityLibraryModel)
#include "test_entity_library_model.moc"
