#include "entities/entity_catalog.h"
#include "entities/name_key.h"

#include <QFile>
#include <QTest>
#include <QThread>

#include <memory>

using namespace dokhae::entities;

class TestEntityCatalog : public QObject
{
    Q_OBJECT

private slots:
    void bundledCatalogIsEmbedded()
    {
        QVERIFY(QFile::exists(EntityCatalog::bundledPath()));
        const EntityCatalog catalog = EntityCatalog::bundled();
        QVERIFY(catalog.size() > 200);
        // The embedded copy is the file in resources/.
        EntityCatalog fromSource;
        QString error;
        QVERIFY2(fromSource.loadFile(QStringLiteral(DOKHAE_SEEDS_DIR "/../resources/entities/catalog.tsv"), &error),
                 qPrintable(error));
        QCOMPARE(fromSource.size(), catalog.size());
    }

    // One parse per process, whichever thread asks first: every caller gets the same object.
    void bundledCatalogIsParsedOnce()
    {
        const EntityCatalog *fromOtherThread = nullptr;
        std::unique_ptr<QThread> thread(QThread::create([&] { fromOtherThread = &EntityCatalog::bundled(); }));
        thread->start();
        const EntityCatalog *fromThisThread = &EntityCatalog::bundled();
        QVERIFY(thread->wait(10000));
        QCOMPARE(fromOtherThread, fromThisThread);
        QCOMPARE(&EntityCatalog::bundled(), fromThisThread);
        QVERIFY(!fromThisThread->isEmpty());
    }

    void everyEntryIsWellFormedAndOwnsItsNames()
    {
        const EntityCatalog catalog = EntityCatalog::bundled();
        for (const Entity &entity : catalog.entities()) {
            QVERIFY2(!entity.nameKo.isEmpty() && !entity.nameEn.isEmpty(), qPrintable(entity.id));
            QVERIFY(entity.fromCatalog);
            QVERIFY2(entity.wikidata.isEmpty() || entity.wikidata.startsWith(u'Q'), qPrintable(entity.id));
            // A spelling claimed by two entries would make one of them unreachable.
            for (const QString &name : entity.allNames()) {
                const QString owner = catalog.findByName(name)->id;
                const QString message = QStringList{entity.id, name, owner}.join(u' ');
                QVERIFY2(owner == entity.id, qPrintable(message));
            }
        }
    }

    void findsByAnyFormAfterNormalization_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::newRow("Korean") << QStringLiteral("큐원") << QStringLiteral("qwen");
        QTest::newRow("other transliteration") << QStringLiteral("큐웬") << QStringLiteral("qwen");
        QTest::newRow("English, any case") << QStringLiteral("QWEN") << QStringLiteral("qwen");
        QTest::newRow("Hanzi") << QStringLiteral("通义千问") << QStringLiteral("qwen");
        QTest::newRow("Sino-Korean reading") << QStringLiteral("심천") << QStringLiteral("shenzhen");
        QTest::newRow("abbreviation") << QStringLiteral("전인대") << QStringLiteral("npc");
        QTest::newRow("spacing and hyphens") << QStringLiteral("deepseek v3") << QStringLiteral("deepseek-v3");
        QTest::newRow("decomposed Hangul (NFD)") << QStringLiteral("딥시크").normalized(QString::NormalizationForm_D)
                                                 << QStringLiteral("deepseek");
    }

    void findsByAnyFormAfterNormalization()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        static const EntityCatalog catalog = EntityCatalog::bundled();
        const Entity *entity = catalog.findByName(name);
        QVERIFY2(entity, qPrintable(name));
        QCOMPARE(entity->id, id);
    }

    void commonWordsAreNotInTheCatalog()
    {
        const EntityCatalog catalog = EntityCatalog::bundled();
        for (const QString &word : {QStringLiteral("우리"), QStringLiteral("정부"), QStringLiteral("서방"),
                                    QStringLiteral("이게"), QStringLiteral("무한"), QStringLiteral("시안")})
            QVERIFY2(!catalog.findByName(word), qPrintable(word));
    }

    void loadsTheFileFormat()
    {
        EntityCatalog catalog;
        QString error;
        const QByteArray data = "# comment\n"
                                "acme\torg\t에이크미\tAcme\t艾克米\t에크미|ACME Corp\tQ1\r\n"
                                "\n"
                                "zed\tperson\t제드\tZed\n";
        QVERIFY2(catalog.loadData(data, QStringLiteral("test"), &error), qPrintable(error));
        QCOMPARE(catalog.size(), 2);
        const Entity *acme = catalog.findById(QStringLiteral("acme"));
        QVERIFY(acme);
        QCOMPARE(acme->type, EntityType::Organization);
        QCOMPARE(acme->hanzi, QStringLiteral("艾克米"));
        QCOMPARE(acme->aliases, (QStringList{QStringLiteral("에크미"), QStringLiteral("ACME Corp")}));
        QCOMPARE(acme->wikidata, QStringLiteral("Q1"));
        QCOMPARE(catalog.findByName(QStringLiteral("acme corp")), acme);
        QCOMPARE(catalog.findById(QStringLiteral("zed"))->type, EntityType::Person);
    }

    void refusesBrokenFilesWhole()
    {
        EntityCatalog catalog;
        QString error;
        QVERIFY(catalog.loadData("ok\tplace\t서울\tSeoul\n", QStringLiteral("first"), &error));
        QVERIFY(!catalog.loadData("good\torg\t좋은\tGood\nbad\tcompany\t나쁜\tBad\n", QStringLiteral("broken.tsv"), &error));
        QVERIFY2(error.contains(QStringLiteral("broken.tsv")) && error.contains(u'2'), qPrintable(error));
        QCOMPARE(catalog.size(), 1);
        QVERIFY(!catalog.findById(QStringLiteral("good")));
        QVERIFY(!catalog.loadFile(QStringLiteral("/nonexistent/catalog.tsv"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/catalog.tsv")));
    }

    // A user's entry replaces the bundled one with its id, and wins a contested spelling.
    void userAdditionsOverride()
    {
        EntityCatalog catalog = EntityCatalog::bundled();
        const qsizetype bundledSize = catalog.size();
        Entity correction = *catalog.findById(QStringLiteral("shenzhen"));
        correction.aliases.append(QStringLiteral("썬쩐"));
        catalog.add(correction);
        QCOMPARE(catalog.size(), bundledSize);
        QCOMPARE(catalog.findByName(QStringLiteral("썬쩐"))->id, QStringLiteral("shenzhen"));

        Entity campaign;
        campaign.id = QStringLiteral("user:propaganda");
        campaign.type = EntityType::Work;
        campaign.nameKo = QStringLiteral("선전");
        campaign.nameEn = QStringLiteral("Propaganda");
        catalog.add(campaign);
        QCOMPARE(catalog.size(), bundledSize + 1);
        QCOMPARE(catalog.findByName(QStringLiteral("선전"))->id, QStringLiteral("user:propaganda"));
        QCOMPARE(catalog.findByName(QStringLiteral("심천"))->id, QStringLiteral("shenzhen"));

        QVERIFY(catalog.remove(QStringLiteral("user:propaganda")));
        QCOMPARE(catalog.findByName(QStringLiteral("선전"))->id, QStringLiteral("shenzhen"));
        QVERIFY(!catalog.remove(QStringLiteral("user:propaganda")));
    }

    void displayNameFollowsLanguage()
    {
        const EntityCatalog catalog = EntityCatalog::bundled();
        const Entity *qwen = catalog.findById(QStringLiteral("qwen"));
        QVERIFY(qwen);
        QCOMPARE(qwen->displayName(u"ko"), QStringLiteral("큐원"));
        QCOMPARE(qwen->displayName(u"en"), QStringLiteral("Qwen"));
        Entity onlyKorean;
        onlyKorean.nameKo = QStringLiteral("쿤신테크");
        QCOMPARE(onlyKorean.displayName(u"en"), QStringLiteral("쿤신테크"));
    }

    void bilingualNameShowsTheOtherLanguageBeside()
    {
        const EntityCatalog catalog = EntityCatalog::bundled();
        const Entity *qwen = catalog.findById(QStringLiteral("qwen"));
        QVERIFY(qwen);
        QCOMPARE(qwen->bilingualName(u"ko"), QStringLiteral("큐원 Qwen"));
        QCOMPARE(qwen->bilingualName(u"en"), QStringLiteral("Qwen 큐원"));
        Entity onlyKorean;
        onlyKorean.nameKo = QStringLiteral("쿤신테크");
        QCOMPARE(onlyKorean.bilingualName(u"ko"), QStringLiteral("쿤신테크"));
        QCOMPARE(onlyKorean.bilingualName(u"en"), QStringLiteral("쿤신테크"));
        Entity sameInBoth;
        sameInBoth.nameKo = sameInBoth.nameEn = QStringLiteral("GPT-4");
        QCOMPARE(sameInBoth.bilingualName(u"ko"), QStringLiteral("GPT-4"));
    }
};

QTEST_GUILESS_MAIN(TestEntityCatalog)
#include "test_entity_catalog.moc"
