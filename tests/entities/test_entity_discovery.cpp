#include "entities/entity_catalog.h"
#include "entities/entity_discovery.h"
#include "entities/entity_recognizer.h"
#include "entities/name_key.h"
#include "many_names_text.h"

#include <QSet>
#include <QTest>

using namespace dokhae::entities;

namespace {

// The discovered entity (catalog empty) that goes by `name`, or nullptr.
const ArticleEntity *discovered(const QList<ArticleEntity> &entities, const QString &name)
{
    for (const ArticleEntity &item : entities) {
        if (item.entity.allNames().contains(name))
            return &item;
    }
    return nullptr;
}

// The rules alone: no catalog, and no statistical tagger (test_ner_tagger measures that).
QList<ArticleEntity> discover(const QString &text)
{
    RecognizeOptions rulesOnly;
    rulesOnly.tagger = nullptr;
    return recognizeEntities(text, EntityCatalog(), rulesOnly);
}

} // namespace

// Discovery alone: every case runs with an empty catalog.
class TestEntityDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void namesWithOriginalsInParentheses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("nameKo");
        QTest::addColumn<QString>("original");
        QTest::addColumn<EntityType>("type");
        QTest::newRow("Chinese name with a label") << QStringLiteral("전통 강호인 센스타임(중국명 商湯科技)의 발표")
                                                   << QStringLiteral("센스타임") << QStringLiteral("商湯科技") << EntityType::Organization;
        QTest::newRow("person after a title") << QStringLiteral("센스타임의 CEO 쉬리(徐立)가 던진 화두다.") << QStringLiteral("쉬리")
                                              << QStringLiteral("徐立") << EntityType::Person;
        QTest::newRow("Hanzi surname") << QStringLiteral("당시 총리였던 리커창(李克强)이 제시한") << QStringLiteral("리커창") << QStringLiteral("李克强")
                                       << EntityType::Person;
        QTest::newRow("Latin original") << QStringLiteral("중국의 AI 스타트업 딥시크(DeepSeek)는 모델을 공개했다.") << QStringLiteral("딥시크")
                                        << QStringLiteral("DeepSeek") << EntityType::Organization;
        QTest::newRow("model with a version") << QStringLiteral("알리바바의 큐웬 2.5-맥스(Qwen 2.5-Max)는 앞섰다.")
                                              << QStringLiteral("큐웬 2.5-맥스") << QStringLiteral("Qwen 2.5-Max") << EntityType::Product;
        QTest::newRow("version pulls in its name") << QStringLiteral("대표 모델인 딥시크 V3(DeepSeek-V3)와 비교하면")
                                                   << QStringLiteral("딥시크 V3") << QStringLiteral("DeepSeek-V3") << EntityType::Product;
        QTest::newRow("two-word person") << QStringLiteral("그러나 존 손힐(John Thornhill)은 말했다.") << QStringLiteral("존 손힐")
                                         << QStringLiteral("John Thornhill") << EntityType::Person;
        QTest::newRow("province by its suffix") << QStringLiteral("저장(浙江)성 항저우(杭州)시는 새 도시다.") << QStringLiteral("저장")
                                                << QStringLiteral("浙江") << EntityType::Place;
        QTest::newRow("name ending in a particle letter") << QStringLiteral("저장대학의 왕리나(王丽娜) 교수는 말했다.")
                                                          << QStringLiteral("왕리나") << QStringLiteral("王丽娜") << EntityType::Person;
        QTest::newRow("product by its classifier") << QStringLiteral("메신저 앱 ‘위챗(Wechat)’의 운영사") << QStringLiteral("위챗")
                                                   << QStringLiteral("Wechat") << EntityType::Product;
        QTest::newRow("book in brackets") << QStringLiteral("저서 《브레이크넥(Breakneck)》의 저자") << QStringLiteral("브레이크넥")
                                          << QStringLiteral("Breakneck") << EntityType::Work;
        QTest::newRow("abbreviation") << QStringLiteral("전국인민대표대회(전인대) 업무보고에서") << QStringLiteral("전국인민대표대회")
                                      << QStringLiteral("전인대") << EntityType::Organization;
    }

    void namesWithOriginalsInParentheses()
    {
        QFETCH(QString, text);
        QFETCH(QString, nameKo);
        QFETCH(QString, original);
        QFETCH(EntityType, type);
        const auto entities = discover(text);
        const ArticleEntity *entity = discovered(entities, nameKo);
        QVERIFY2(entity, qPrintable(nameKo));
        QVERIFY(entity->entity.allNames().contains(original));
        QCOMPARE(entityTypeName(entity->entity.type), entityTypeName(type));
        QVERIFY(!entity->entity.fromCatalog);
        QCOMPARE(text.mid(entity->mentions.first().start, nameKo.size()), nameKo);
    }

    void titlesSuffixesAndQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<EntityType>("type");
        QTest::newRow("name before title") << QStringLiteral("당시 리창 총리는 이렇게 밝혔다.") << QStringLiteral("리창") << EntityType::Person;
        QTest::newRow("reporter") << QStringLiteral("헬로티 서재창 기자") << QStringLiteral("서재창") << EntityType::Person;
        QTest::newRow("unknown affiliation between") << QStringLiteral("류웨이 화신정밀공업 부사장은 말했다.") << QStringLiteral("류웨이")
                                                     << EntityType::Person;
        QTest::newRow("organization before title and name")
            << QStringLiteral("샤오펑 회장 허샤오펑(何小鵬)은 말했다.") << QStringLiteral("샤오펑") << EntityType::Organization;
        QTest::newRow("ministry") << QStringLiteral("교육부는 계획을 발표했다.") << QStringLiteral("교육부") << EntityType::Organization;
        QTest::newRow("university glued") << QStringLiteral("베이징대학, 칭화대학 등 명문대") << QStringLiteral("칭화대학")
                                          << EntityType::Organization;
        QTest::newRow("university apart") << QStringLiteral("스탠포드 대학의 연구에 따르면") << QStringLiteral("스탠포드 대학")
                                          << EntityType::Organization;
        QTest::newRow("company suffix") << QStringLiteral("한빛전자가 새 칩을 냈다.") << QStringLiteral("한빛전자") << EntityType::Organization;
        QTest::newRow("quoted committee") << QStringLiteral("지난해 ‘AI 표준화 기술위원회’를 발족했다.")
                                          << QStringLiteral("AI 표준화 기술위원회") << EntityType::Organization;
        QTest::newRow("quoted model with version") << QStringLiteral("바이두는 ‘어니 4.5’를 공개했다.") << QStringLiteral("어니 4.5")
                                                   << EntityType::Product;
        QTest::newRow("quoted after classifier") << QStringLiteral("AI 모델 ‘큐원’을 개선하고") << QStringLiteral("큐원")
                                                 << EntityType::Product;
        QTest::newRow("acronym with particle") << QStringLiteral("SMIC는 7나노 공정을 확보했다.") << QStringLiteral("SMIC")
                                               << EntityType::Organization;
    }

    void titlesSuffixesAndQuotes()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(EntityType, type);
        const auto entities = discover(text);
        const ArticleEntity *entity = discovered(entities, name);
        QVERIFY2(entity, qPrintable(name));
        QCOMPARE(entityTypeName(entity->entity.type), entityTypeName(type));
    }

    // What is not a name stays out of the sidebar.
    void commonWordsAndGlosses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("acronym gloss") << QStringLiteral("중국이 인공지능(AI)과 반도체를 중심으로");
        QTest::newRow("Hanja gloss") << QStringLiteral("사람이 의수(義手)를 차고 의족(義足)을 끼고");
        QTest::newRow("term gloss in quotes") << QStringLiteral("‘피지컬(Physical) AI’가 핵심이 될 것");
        QTest::newRow("Korean gloss beside original") << QStringLiteral("‘휴머노이드(Humanoid·인간형 로봇)’ 개발");
        QTest::newRow("lowercase gloss") << QStringLiteral("‘기술적 살해(technological murder)’에 해당할 만큼");
        QTest::newRow("slogan in quotes") << QStringLiteral("‘혁명의 도구’라는 생각이다. ‘신품질 생산력’을 강조");
        QTest::newRow("pronouns and common nouns") << QStringLiteral("우리는 서방에 밀리지 않는다. 이게 정부의 뜻이다.");
        QTest::newRow("local governments") << QStringLiteral("지방정부와 중앙정부는 일부 내부 문제를");
        QTest::newRow("the former") << QStringLiteral("전자가 도구에 방점을 찍었다면");
        QTest::newRow("generic acronyms") << QStringLiteral("GPU와 NPU를 개발하고 LLM들의 1/100 수준");
        QTest::newRow("modifier before title") << QStringLiteral("전설적인 투자자 공동 창업자 해당 기자");
        QTest::newRow("researcher title") << QStringLiteral("메이슨 클라크 수석연구원은 말했다.");
    }

    void commonWordsAndGlosses()
    {
        QFETCH(QString, text);
        const auto entities = discover(text);
        QStringList names;
        for (const ArticleEntity &item : entities)
            names.append(item.entity.displayName(u"ko"));
        if (QTest::currentDataTag() == QByteArray("researcher title")) {
            // The title makes a person of the word before it; it never becomes an institute.
            QVERIFY(!names.join(u' ').contains(QStringLiteral("연구원")));
            return;
        }
        QVERIFY2(entities.isEmpty(), qPrintable(names.join(u", ")));
    }

    void titledPersonWithParenthesisIsOnePerson()
    {
        const auto entities = discover(QStringLiteral("공동 창업자 탕샤오어우(湯曉鷗)의 사망. 화웨이 회장 런정페이(任正非)도 같은 생각이다."));
        QVERIFY(discovered(entities, QStringLiteral("탕샤오어우")));
        QVERIFY(!discovered(entities, QStringLiteral("공동")));
        const ArticleEntity *huawei = discovered(entities, QStringLiteral("화웨이"));
        QVERIFY(huawei);
        QCOMPARE(huawei->entity.type, EntityType::Organization);
        QCOMPARE(discovered(entities, QStringLiteral("런정페이"))->entity.type, EntityType::Person);
    }

    // The catalog only decides which words are already names; the rules themselves do not need it.
    void catalogKnowledgeKeepsAffiliationsApart()
    {
        const QString text = QStringLiteral("동행한 이정동 서울대 교수는 이렇게 답한다.");
        const auto withCatalog = recognizeEntities(text, EntityCatalog::bundled());
        const ArticleEntity *professor = discovered(withCatalog, QStringLiteral("이정동"));
        QVERIFY(professor);
        QCOMPARE(professor->entity.type, EntityType::Person);
        QVERIFY(discovered(withCatalog, QStringLiteral("서울대")));
    }

    void discoveredNamesCarryEvidence()
    {
        const QList<DiscoveredName> names = discoverEntities(QStringLiteral("중국 스타트업 쿤룬웨이(KunlunWay)가"), EntityCatalog());
        QCOMPARE(names.size(), 1);
        QCOMPARE(names.first().nameKo, QStringLiteral("쿤룬웨이"));
        QCOMPARE(names.first().originals, QStringList{QStringLiteral("KunlunWay")});
        QCOMPARE(names.first().rule, QStringLiteral("parenthesis"));
        QCOMPARE(names.first().start, 8);
    }

    // 20,000 distinct names with their originals on one line (1.1 MB), all beginning alike: the
    // shape that made discovery and matching quadratic (17 s). Every one is found with its
    // original and its mention; bench_entities measures the time.
    void thousandsOfDistinctNamesAreAllFound()
    {
        constexpr int kNames = 20000;
        const QString text = dokhae::test::manyNamesText(kNames);
        QSet<QString> expected;
        for (int i = 0; i < kNames; ++i)
            expected.insert(dokhae::test::manyNamesKorean(i) + u'|' + dokhae::test::manyNamesLatin(i));
        const auto entities = discover(text);
        QCOMPARE(entities.size(), kNames);
        QSet<QString> found;
        for (const ArticleEntity &item : entities) {
            found.insert(item.entity.nameKo + u'|' + item.entity.nameEn);
            QVERIFY(!item.mentions.isEmpty());
            QCOMPARE(item.mentions.first().text, item.entity.nameKo);
        }
        QCOMPARE(found, expected);
    }

    // Parentheses and quotes that never close within a name's reach, on one long line: nothing is
    // a name (each used to be followed to the end of the text).
    void unclosedMarksOnOneLineNameNothing()
    {
        const QString text = QStringLiteral("딥시크(DeepSeek ‘큐원 《책 ").repeated(20000);
        QVERIFY(discoverEntities(text, EntityCatalog()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEntityDiscovery)
#include "test_entity_discovery.moc"
