// The analyst's entity corrections in the library: the version 3 migration, user catalog entries that
// outlive an update of the bundled catalog, rename / type / alias / hide / merge each stored and undone
// by a call, and recognition of stored articles reflecting them.
#include "entities/entity_catalog.h"
#include "import/article_parser.h"
#include "store/library.h"
#include "store/migrations.h"
#include "store_test_support.h"
#include "test_libraries.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dokhae;
using namespace Qt::StringLiterals;
using dokhae::entities::ArticleEntity;
using dokhae::entities::Entity;
using dokhae::entities::EntityType;
using dokhae::testing::parsedArticle;
using dokhae::testing::RawConnection;

namespace {

const QString kBestpick = QStringLiteral(DOKHAE_SEEDS_DIR "/002_9c0bf49b0926ee40.txt");

const ArticleEntity *findIn(const QList<ArticleEntity> &list, const QString &id)
{
    for (const ArticleEntity &entry : list) {
        if (entry.entity.id == id)
            return &entry;
    }
    return nullptr;
}

qsizetype mentionsOf(const QList<ArticleEntity> &list, const QString &id)
{
    const ArticleEntity *entry = findIn(list, id);
    return entry ? entry->mentions.size() : 0;
}

} // namespace

class TestEntityStore : public QObject {
    Q_OBJECT

private:
    dokhae::test::TestLibraries m_files;

    QString newPath() { return m_files.newLocation(); }

    // A library with seed 002 in it; returns the article id.
    qint64 addBestpick(store::Library &library)
    {
        const import::ParseResult parsed = import::parseArticleFile(kBestpick);
        if (!parsed.ok)
            return 0;
        const auto added = library.addArticle(parsed.article);
        return added ? added->articleId : 0;
    }

    QList<ArticleEntity> entitiesOf(const store::Library &library, qint64 id)
    {
        return library.entities().articleEntities(id).value_or(QList<ArticleEntity>());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_files.isValid());
        DOKHAE_START_TEST_LIBRARIES(m_files);
        QVERIFY(!entities::EntityCatalog::bundled().isEmpty());
    }

    void migratesVersionTwoLibraryKeepingItsArticles()
    {
        DOKHAE_SQLITE_ONLY("a version 2 file (a team library starts at version 8)");
        const QString path = newPath();
        {
            RawConnection raw(path);
            QVERIFY(raw.ok());
            QSqlDatabase db = raw.db();
            QString error;
            QVERIFY2(store::migrate(db, &error, 2), qPrintable(error));
            QCOMPARE(store::schemaVersionOf(db), 2);
            QVERIFY(!db.tables().contains(u"user_entities"_s));
            QVERIFY(raw.exec(u"INSERT INTO articles (id, source_file, current_revision) VALUES (5, '/old/b.txt', 9)"_s));
            QVERIFY(raw.exec(u"INSERT INTO revisions (id, article_id, sha256, title, author, source, published, text, "
                             "imported_at) VALUES (9, 5, 'def', '딥시크의 반격', '', '테스트일보', NULL, "
                             "'딥시크는 새 모델을 공개했다.', '2025-02-01T00:00:00Z')"_s));
            QVERIFY(raw.exec(u"INSERT INTO search_index(search_index) VALUES('rebuild')"_s));
        }
        store::Library library;
        QVERIFY2(library.open(path), qPrintable(library.lastError()));
        QVERIFY(store::latestSchemaVersion() >= 3);
        QCOMPARE(library.schemaVersion(), store::latestSchemaVersion());
        QCOMPARE(library.articleCount(), 1);
        QCOMPARE(library.article(5)->summary.meta.title, u"딥시크의 반격"_s);
        QCOMPARE(library.search(u"딥시크"_s).size(), 1);
        QVERIFY(library.userEntities().isEmpty());
        QVERIFY(library.entityCorrections().hidden.isEmpty());
        // The old article is read with the corrections of the new schema.
        QVERIFY(library.setEntityHidden(u"deepseek"_s, true));
        QVERIFY(!findIn(entitiesOf(library, 5), u"deepseek"_s));
    }

    void userEntitySurvivesAnUpdateOfTheBundledCatalog()
    {
        const QString path = newPath();
        {
            store::Library library;
            QVERIFY(library.open(path));
            Entity moonshot{u"moonshot"_s, EntityType::Organization, u"문샷AI"_s, u"Moonshot AI"_s, u"月之暗面"_s,
                            {u"웨즈안몐"_s}, {}, false};
            QVERIFY(library.saveUserEntity(moonshot));
            Entity deepseek = *entities::EntityCatalog::bundled().findById(u"deepseek"_s);
            deepseek.aliases.append(u"딥씨크"_s);
            QVERIFY(library.saveUserEntity(deepseek));
        }
        // "Next version" of the bundled file: DeepSeek renamed, its aliases gone, a new entry.
        entities::EntityCatalog updated;
        QVERIFY(updated.loadData("deepseek\torg\t딥시크\tDeepSeek Inc.\t深度求索\t\tQ123\n"
                                 "zhipu\torg\t즈푸\tZhipu AI\t智谱\n",
                                 u"updated"_s));
        store::Library library;
        QVERIFY(library.open(path)); // reopened: the entries are in the file
        QCOMPARE(library.userEntities().size(), 2);
        const entities::EntityCatalog effective = *store::EntityService(library, &updated).catalog();
        QVERIFY(effective.findById(u"zhipu"_s));                      // the update is seen
        QCOMPARE(effective.findByName(u"月之暗面"_s)->id, u"moonshot"_s); // the user's addition stays
        QCOMPARE(effective.findByName(u"웨즈안몐"_s)->id, u"moonshot"_s);
        QCOMPARE(effective.findByName(u"딥씨크"_s)->id, u"deepseek"_s);   // the user's version wins
        QCOMPARE(effective.findById(u"deepseek"_s)->nameEn, u"DeepSeek"_s);
        QCOMPARE(effective.size(), 3);
    }

    void everyCorrectionIsStoredAndUndone()
    {
        const QString path = newPath();
        store::Library library;
        QVERIFY(library.open(path));
        const Entity bundled = *entities::EntityCatalog::bundled().findById(u"qwen"_s);

        Entity renamed = bundled;
        renamed.nameEn = u"Tongyi Qwen"_s;
        renamed.type = EntityType::Organization;
        renamed.aliases.append(u"쿠원"_s);
        QVERIFY(library.saveUserEntity(renamed));
        QCOMPARE(library.userEntity(u"qwen"_s)->nameEn, u"Tongyi Qwen"_s);
        QCOMPARE(library.userEntity(u"qwen"_s)->type, EntityType::Organization);
        QVERIFY(library.userEntity(u"qwen"_s)->aliases.contains(u"쿠원"_s));
        QCOMPARE(library.entities().catalog()->findByName(u"쿠원"_s)->nameEn, u"Tongyi Qwen"_s);
        QVERIFY(library.removeUserEntity(u"qwen"_s)); // undo: the bundled entry is back
        QVERIFY(!library.userEntity(u"qwen"_s));
        QCOMPARE(library.entities().catalog()->findById(u"qwen"_s)->nameEn, u"Qwen"_s);
        QVERIFY(!library.entities().catalog()->findByName(u"쿠원"_s));

        QVERIFY(library.setEntityHidden(u"qwen"_s, true));
        QVERIFY(library.setEntityHidden(u"qwen"_s, true)); // twice is still hidden, not an error
        QVERIFY(library.entityCorrections().isHidden(u"qwen"_s));
        QVERIFY(library.setEntityHidden(u"qwen"_s, false));
        QVERIFY(!library.entityCorrections().isHidden(u"qwen"_s));

        QVERIFY(library.mergeEntities(u"qwen-2.5"_s, u"qwen"_s));
        QVERIFY(library.mergeEntities(u"qwen"_s, u"alibaba"_s));
        QCOMPARE(library.entityCorrections().resolve(u"qwen-2.5"_s), u"alibaba"_s);
        QVERIFY(!library.mergeEntities(u"alibaba"_s, u"qwen-2.5"_s)); // a cycle is refused
        QVERIFY(!library.lastError().isEmpty());
        QVERIFY(!library.mergeEntities(u"qwen"_s, u"qwen"_s));
        QVERIFY(library.unmerge(u"qwen"_s));
        QCOMPARE(library.entityCorrections().resolve(u"qwen-2.5"_s), u"qwen"_s);
        QVERIFY(library.unmerge(u"qwen-2.5"_s));
        QVERIFY(library.entityCorrections().merges.isEmpty());

        Entity nameless;
        nameless.id = u"x"_s;
        QVERIFY(!library.saveUserEntity(nameless));
        QVERIFY(library.userEntities().isEmpty());
    }

    void recognitionOfASeedFollowsTheCorrections()
    {
        store::Library library;
        QVERIFY(library.open(newPath()));
        const qint64 id = addBestpick(library);
        QVERIFY(id != 0);
        const QList<ArticleEntity> before = entitiesOf(library, id);
        const qsizetype deepseek = mentionsOf(before, u"deepseek"_s);
        const qsizetype deepseekV3 = mentionsOf(before, u"deepseek-v3"_s);
        QVERIFY(deepseek > 0 && deepseekV3 > 0);

        QVERIFY(library.setEntityHidden(u"deepseek"_s, true));
        QVERIFY(!findIn(entitiesOf(library, id), u"deepseek"_s));
        QVERIFY(findIn(entitiesOf(library, id), u"deepseek-v3"_s)); // only what was hidden goes
        QVERIFY(library.setEntityHidden(u"deepseek"_s, false));
        QCOMPARE(entitiesOf(library, id).size(), before.size());

        QVERIFY(library.mergeEntities(u"deepseek-v3"_s, u"deepseek"_s));
        const QList<ArticleEntity> merged = entitiesOf(library, id);
        QVERIFY(!findIn(merged, u"deepseek-v3"_s));
        QCOMPARE(mentionsOf(merged, u"deepseek"_s), deepseek + deepseekV3);
        const QList<entities::Mention> &spans = findIn(merged, u"deepseek"_s)->mentions;
        for (qsizetype i = 1; i < spans.size(); ++i)
            QVERIFY(spans[i - 1].end <= spans[i].start); // one text order, no overlaps
        QCOMPARE(library.entities().findEntity(u"딥시크 V3"_s)->entity.id, u"deepseek"_s); // the merged-away name
        QVERIFY(library.unmerge(u"deepseek-v3"_s));
        QCOMPARE(mentionsOf(entitiesOf(library, id), u"deepseek-v3"_s), deepseekV3);

        Entity retyped = *library.entities().catalog()->findById(u"qwen"_s);
        retyped.type = EntityType::Organization;
        retyped.nameKo = u"통이치엔원"_s;
        retyped.aliases.append(u"큐원"_s); // the old Korean name still matches
        QVERIFY(library.saveUserEntity(retyped));
        const QList<ArticleEntity> retypedEntities = entitiesOf(library, id);  // kept: qwen points into it
        const ArticleEntity *qwen = findIn(retypedEntities, u"qwen"_s);
        QVERIFY(qwen);
        QCOMPARE(qwen->entity.type, EntityType::Organization);
        QCOMPARE(qwen->entity.nameKo, u"통이치엔원"_s);
        QCOMPARE(qwen->mentions.size(), mentionsOf(before, u"qwen"_s));
    }

    // Import fills the cache; views read it (a doctored row shows) until the catalog changes.
    void recognitionIsCachedPerCatalog()
    {
        const QString path = newPath();
        store::Library library;
        QVERIFY(library.open(path));
        const qint64 id = addBestpick(library);
        QVERIFY(id != 0);
        RawConnection raw(path);
        QVERIFY(raw.scalar(u"SELECT COUNT(*) FROM entity_scans"_s).toInt() == 1);
        QVERIFY(raw.scalar(u"SELECT COUNT(*) FROM article_entities WHERE entity_id = 'deepseek'"_s).toInt() == 1);
        const qsizetype deepseek = mentionsOf(entitiesOf(library, id), u"deepseek"_s);
        QVERIFY(deepseek > 1);

        QVERIFY(raw.exec(u"UPDATE article_entities SET mentions = '[[0,1]]' WHERE entity_id = 'deepseek'"_s));
        QCOMPARE(mentionsOf(entitiesOf(library, id), u"deepseek"_s), 1);
        QCOMPARE(library.entities().findEntity(u"딥시크"_s)->mentionCount(), 1);
        QVERIFY(library.setEntityHidden(u"bytedance"_s, true)); // a correction is no catalog change
        QCOMPARE(mentionsOf(entitiesOf(library, id), u"deepseek"_s), 1);

        Entity unnamed{u"user-unnamed"_s, EntityType::Work, u"시험 보고서"_s, {}, {}, {}, {}, false};
        QVERIFY(library.saveUserEntity(unnamed)); // the text names nothing that changed: kept as stored
        QCOMPARE(mentionsOf(entitiesOf(library, id), u"deepseek"_s), 1);
        Entity extra{u"user-test"_s, EntityType::Work, u"베스픽"_s, {}, {}, {}, {}, false};
        QVERIFY(library.saveUserEntity(extra)); // the text names the new entry: read again
        QCOMPARE(mentionsOf(entitiesOf(library, id), u"deepseek"_s), deepseek);
        QVERIFY(library.removeUserEntity(u"user-test"_s));
        QCOMPARE(library.entities().findEntity(u"딥시크"_s)->mentionCount(), deepseek);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM entity_scans"_s).toInt(), 1);
    }

    // A discovered name merged into a catalog entity the text never names: the mentions take the
    // catalog's names; spans both entities claim count once; hiding the merged-away id still hides.
    void applyMergesIntoAnEntityTheTextDoesNotName()
    {
        const entities::EntityCatalog catalog = entities::EntityCatalog::bundled();
        Entity discovered{u"discovered:문샷"_s, EntityType::Organization, u"문샷"_s, {}, {}, {}, {}, false};
        Entity kimi{u"kimi"_s, EntityType::Product, u"키미"_s, u"Kimi"_s, {}, {}, {}, false};
        const QList<ArticleEntity> recognized{
            {discovered, {{10, 12, u"문샷"_s}, {40, 42, u"문샷"_s}}},
            {kimi, {{0, 2, u"키미"_s}, {10, 14, u"문샷키미"_s}}},
        };
        store::EntityCorrections corrections;
        corrections.merges.insert(discovered.id, u"deepseek"_s);
        corrections.merges.insert(u"kimi"_s, u"deepseek"_s);
        const QList<ArticleEntity> merged = corrections.apply(recognized, catalog);
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged.first().entity.id, u"deepseek"_s);
        QCOMPARE(merged.first().entity.nameEn, u"DeepSeek"_s);
        QCOMPARE(merged.first().mentions.size(), 3); // 0-2, 10-14 (the longer of two), 40-42
        QCOMPARE(merged.first().mentions.at(1).text, u"문샷키미"_s);

        corrections.hidden.insert(u"kimi"_s);
        QCOMPARE(corrections.apply(recognized, catalog).first().mentions.size(), 2);
        corrections.hidden.insert(u"deepseek"_s);
        QVERIFY(corrections.apply(recognized, catalog).isEmpty());
    }

    void aliasAddedByTheUserIsFoundInTheNextImport()
    {
        store::Library library;
        QVERIFY(library.open(newPath()));
        const QString text = u"딥씨크는 새 추론 모델을 공개했다. 업계는 딥씨크의 비용에 주목했다."_s;
        const auto added = library.addArticle(parsedArticle(u"딥씨크 소식"_s, text));
        QVERIFY(added);
        QCOMPARE(mentionsOf(entitiesOf(library, added->articleId), u"deepseek"_s), 0);

        Entity deepseek = *library.entities().catalog()->findById(u"deepseek"_s);
        deepseek.aliases.append(u"딥씨크"_s);
        QVERIFY(library.saveUserEntity(deepseek));
        const QList<ArticleEntity> after = entitiesOf(library, added->articleId);
        QCOMPARE(mentionsOf(after, u"deepseek"_s), 2);
        QCOMPARE(findIn(after, u"deepseek"_s)->mentions.first().text, u"딥씨크"_s);

        const auto found = library.entities().findEntity(u"딥씨크"_s);
        QVERIFY(found);
        QCOMPARE(found->entity.id, u"deepseek"_s);
        QCOMPARE(found->articles.size(), 1);
        QCOMPARE(found->articles.first().mentions, 2);
        QCOMPARE(found->mentionCount(), 2);
        QVERIFY(!library.entities().findEntity(u"없는회사이름"_s));
    }
};

QTEST_GUILESS_MAIN(TestEntityStore)
#include "test_entity_store.moc"
