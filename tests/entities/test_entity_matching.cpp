#include "entities/covered_spans.h"
#include "entities/entity_catalog.h"
#include "entities/entity_recognizer.h"
#include "entities/korean_particles.h"
#include "entities/name_matcher.h"
#include "text/code_points.h"

#include <QTest>

using namespace dokhae::entities;

class TestEntityMatching : public QObject
{
    Q_OBJECT

private slots:
    void stripsParticlesWithoutCuttingNames_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("stem");
        QTest::newRow("topic after vowel") << QStringLiteral("딥시크는") << QStringLiteral("딥시크");
        QTest::newRow("topic after consonant") << QStringLiteral("리창은") << QStringLiteral("리창");
        QTest::newRow("chain") << QStringLiteral("교육부에서는") << QStringLiteral("교육부");
        QTest::newRow("으로 after consonant") << QStringLiteral("중국으로") << QStringLiteral("중국");
        QTest::newRow("로 after rieul") << QStringLiteral("서울로") << QStringLiteral("서울");
        QTest::newRow("plural and genitive") << QStringLiteral("기업들의") << QStringLiteral("기업");
        QTest::newRow("이 needs a final consonant") << QStringLiteral("화웨이") << QStringLiteral("화웨이");
        QTest::newRow("city ending in 이") << QStringLiteral("상하이") << QStringLiteral("상하이");
        QTest::newRow("person ending in 이") << QStringLiteral("런정페이") << QStringLiteral("런정페이");
        QTest::newRow("subject after the name") << QStringLiteral("화웨이가") << QStringLiteral("화웨이");
        QTest::newRow("과 needs a final consonant") << QStringLiteral("텐센트과") << QStringLiteral("텐센트과");
        QTest::newRow("와 after vowel") << QStringLiteral("알리바바와") << QStringLiteral("알리바바");
        QTest::newRow("Latin name") << QStringLiteral("SMIC는") << QStringLiteral("SMIC");
    }

    void stripsParticlesWithoutCuttingNames()
    {
        QFETCH(QString, word);
        QFETCH(QString, stem);
        QCOMPARE(stripParticles(word), stem);
    }

    void keepsKnownNamesWhole()
    {
        // 마이크 + 로도 is a valid split of an unknown word; a known name is never cut.
        QCOMPARE(stemLength(QStringView(u"마이크로도"), {}), 3);
        QCOMPARE(stemLength(QStringView(u"마이크로도"), {QStringLiteral("마이크로도")}), 5);
    }

    void stemIsNeverEmpty()
    {
        // A minimum stem of 0 still leaves one character before any particle (it used to read the
        // character before the word: UBSan).
        QCOMPARE(stemLength(QStringView(u"은"), 0), 1);
        QCOMPARE(stemLength(QStringView(u"화웨이는"), 0), 3);
    }

    void matchesAtWordStartsWithParticles()
    {
        NameMatcher matcher;
        matcher.addName(QStringLiteral("중국"), 0);
        matcher.addName(QStringLiteral("딥시크"), 1);
        matcher.addName(QStringLiteral("딥시크 V3"), 2);
        matcher.addName(QStringLiteral("Meta"), 3);
        matcher.addName(QStringLiteral("미"), 4);
        matcher.addName(QStringLiteral("중"), 0);
        matcher.addName(QStringLiteral("알리바바 클라우드"), 5);
        matcher.addName(QStringLiteral("쑤저우"), 6, true);

        const QString text = QStringLiteral(
            "중국인민은행과 중국인은 아니다. 중국이 딥시크 V3를 냈고 딥시크는 meta와 Metaverse를 본다. "
            "그 중 70%는 미·중 갈등. 알리바바클라우드의 쑤저우시는 메타버스 중국산");
        const QList<NameMatcher::Match> matches = matcher.findAll(text);
        QStringList found;
        for (const NameMatcher::Match &match : matches)
            found.append(text.mid(match.start, match.end - match.start) + u'#' + QString::number(match.entity));
        QCOMPARE(found, (QStringList{QStringLiteral("중국#0"), QStringLiteral("딥시크 V3#2"), QStringLiteral("딥시크#1"),
                                     QStringLiteral("meta#3"), QStringLiteral("미#4"), QStringLiteral("중#0"),
                                     QStringLiteral("알리바바클라우드#5"), QStringLiteral("쑤저우시#6")}));
    }

    // Names that share their beginning: the longest the text spells wins, a separator in a name
    // matches one in the text or none, and of two spellings as long the first added wins.
    void namesSharingABeginning()
    {
        NameMatcher matcher;
        matcher.addName(QStringLiteral("이름가"), 0);
        matcher.addName(QStringLiteral("이름가나"), 1);
        matcher.addName(QStringLiteral("이름 가나다"), 2);
        matcher.addName(QStringLiteral("이름-가나다"), 3); // as long as 2, and added after it
        matcher.addName(QStringLiteral("이름가나"), 4);   // a spelling already claimed
        const QString text = QStringLiteral("이름가는 이름가나가 이름가나다를 이름-가나다와 이름 가나 이름가나라");
        QStringList found;
        for (const NameMatcher::Match &match : matcher.findAll(text))
            found.append(text.mid(match.start, match.end - match.start) + u'#' + QString::number(match.entity));
        QCOMPARE(found, (QStringList{QStringLiteral("이름가#0"), QStringLiteral("이름가나#1"), QStringLiteral("이름가나다#2"),
                                     QStringLiteral("이름-가나다#2")}));
    }

    void coveredSpansMergeAndAnswer()
    {
        CoveredSpans spans;
        spans.add(10, 20);
        spans.add(30, 40);
        spans.add(20, 25); // touches [10, 20): one span [10, 25)
        spans.add(50, 50); // empty: covers nothing
        QVERIFY(!spans.covers(9));
        QVERIFY(spans.covers(10) && spans.covers(20) && spans.covers(24));
        QVERIFY(!spans.covers(25) && !spans.covers(50));
        QVERIFY(spans.covers(39) && !spans.covers(40));
        QVERIFY(spans.overlaps(0, 11) && spans.overlaps(24, 30) && spans.overlaps(26, 31));
        QVERIFY(!spans.overlaps(25, 30) && !spans.overlaps(40, 60) && !spans.overlaps(12, 12));
        spans.add(5, 45); // swallows both
        QVERIFY(spans.covers(5) && spans.covers(27) && !spans.covers(45));
    }

    void mentionSpansExcludeParticles()
    {
        const QString text = QStringLiteral("👍 딥시크는 화웨이와 다르다. 선전의 심천에서.");
        const auto entities = recognizeEntities(text, EntityCatalog::bundled());
        QHash<QString, QList<Mention>> byId;
        for (const ArticleEntity &item : entities)
            byId.insert(item.entity.id, item.mentions);
        QCOMPARE(byId.value(QStringLiteral("deepseek")),
                 (QList<Mention>{Mention{3, 6, QStringLiteral("딥시크")}}));
        QCOMPARE(byId.value(QStringLiteral("huawei")).first().text, QStringLiteral("화웨이"));
        QCOMPARE(byId.value(QStringLiteral("shenzhen")).size(), 2);
        // At the borders offsets are code points: the emoji is two UTF-16 units but one code point.
        QCOMPARE(dokhae::text::utf16ToCodePoint(text, 3), 2);
    }

    void catalogOnlyWhenDiscoveryIsOff()
    {
        const QString text = QStringLiteral("스타트업 쿤룬웨이(KunlunWay)와 딥시크가 경쟁한다.");
        const auto withDiscovery = recognizeEntities(text, EntityCatalog::bundled());
        const auto catalogOnly = recognizeEntities(text, EntityCatalog::bundled(), RecognizeOptions{false});
        QCOMPARE(withDiscovery.size(), 2);
        QCOMPARE(catalogOnly.size(), 1);
        QCOMPARE(catalogOnly.first().entity.id, QStringLiteral("deepseek"));
    }
};

QTEST_GUILESS_MAIN(TestEntityMatching)
#include "test_entity_matching.moc"
