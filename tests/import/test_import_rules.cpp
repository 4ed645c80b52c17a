// The metadata and boilerplate rules on text that is not in the seeds: they must hold for
// Korean news in general, keep what is article and take only what is furniture.
#include "import/boilerplate_filter.h"
#include "import/byline.h"
#include "import/line_features.h"
#include "import/markdown_text.h"
#include "import/metadata_extractor.h"

#include <QTest>

using namespace dokhae::import;

namespace {

// Long enough to count as prose, different each time so no repeat rule fires.
QString prose(int n)
{
    return QStringLiteral("중국 기업 %1곳이 새 모델을 발표하면서 시장의 관심이 커졌고, 업계는 가격과 성능 경쟁이 한층 치열해질 것으로 내다봤다. "
                          "전문가들은 규제 환경의 변화가 다음 분기의 투자 흐름을 좌우할 것이라고 설명했다.").arg(n);
}

} // namespace

class TestImportRules : public QObject {
    Q_OBJECT

private slots:
    void lineFeatures()
    {
        using namespace features;
        QVERIFY(hasPhoneNumber(u"대표전화 02-3142-4151"));
        QVERIFY(hasPhoneNumber(u"문의 010-1234-5678"));
        QVERIFY(hasPhoneNumber(u"고객센터 1588-1234"));
        QVERIFY(hasPhoneNumber(u"Tel. 031.123.4567"));
        QVERIFY(!hasPhoneNumber(u"2025-07-25에 발표"));
        QVERIFY(!hasPhoneNumber(u"10년간(2014~2023년 기준) 1,339곳"));
        QVERIFY(!hasPhoneNumber(u"1990-2020년 사이"));
        QVERIFY(hasRegistrationNumber(u"사업자등록번호 : 118-81-03520"));
        QVERIFY(hasRegistrationNumber(u"등록번호 : 서울,자00420"));
        QVERIFY(!hasRegistrationNumber(u"매출은 3981억 위안이다"));
        QVERIFY(hasEmail(u"기자 hong.gil@news-site.co.kr"));
        QVERIFY(!hasEmail(u"@딥시크 계정"));
        QVERIFY(startsWithEmoji(u"⛅ 안쓰면 클나우"));
        QVERIFY(startsWithEmoji(u"👍베스픽의 원픽"));
        QVERIFY(!startsWithEmoji(u"▶ 관련기사"));  // a bullet, not decoration
        QVERIFY(!startsWithEmoji(u"중국 AI"));
        QCOMPARE(emojiCount(u"✨기쁜 소식!✨ 🎉"), 3);
        QVERIFY(endsWithSentencePunctuation(u"주목된다."));
        QVERIFY(endsWithSentencePunctuation(u"“그렇다.”"));
        QVERIFY(endsWithSentencePunctuation(u"부탁 드립니다~🚀"));
        QVERIFY(!endsWithSentencePunctuation(u"국가가 시장을 창출한다"));
        QVERIFY(isImageOrLinkLine(u"![사진](https://example.com/a.png)"));
        QVERIFY(isImageOrLinkLine(u"https://example.com/news/1"));
        QVERIFY(!isImageOrLinkLine(u"자세한 내용은 https://example.com 에서 볼 수 있다."));
        QVERIFY(isMediaCredit(u"[사진=바이두]"));
        QVERIFY(isMediaCredit(u"(그래픽=김영희 기자)"));
        QVERIFY(!isMediaCredit(u"사진을 찍던 관광객들은 놀랐다."));
        QVERIFY(isLinkLabel(u"기사 원문 보기"));
        QVERIFY(isLinkLabel(u"더보기 ›"));
        QVERIFY(digitDensity(u"T. 02)000-0000 F. 02)000-0001") > 0.8);
        QVERIFY(digitDensity(u"2023년 미국의 AI 민간 투자액은 672억 달러다.") < 0.5);
        QCOMPARE(labelledFieldCount(u"발행인 : 김 | 편집인 : 이 | 전화 : 02-1"), 3);
        QCOMPARE(labelledFieldCount(u"2025.03.27 23:08:39"), 0);
    }

    void datesAndBylines()
    {
        QCOMPARE(findDate(u"2025년 3월 27일 오후 2시"), QDate(2025, 3, 27));
        QCOMPARE(findDate(u"2025/03/07"), QDate(2025, 3, 7));
        QCOMPARE(findDate(u"2025-02-14T08:30:00+09:00"), QDate(2025, 2, 14));
        QCOMPARE(findDate(u"2025.13.40 이후 2024.02.29"), QDate(2024, 2, 29));  // invalid first date skipped
        QVERIFY(!findDate(u"2025년까지 AI 인재 2~3만 명").isValid());
        QVERIFY(isDateLine(u"입력 2025-03-27 09:00 | 수정 2025-03-28 10:15"));
        QVERIFY(isDateLine(u"기사입력 2025.03.27. 오후 3:41"));
        QVERIFY(!isDateLine(u"2025년 3월 27일 중국 정부는 새 계획을 발표했다"));

        auto reporter = parseReporterLine(u"[연합뉴스 김철수 특파원]");
        QVERIFY(reporter);
        QCOMPARE(reporter->author, QStringLiteral("김철수"));
        QCOMPARE(reporter->source, QStringLiteral("연합뉴스"));
        reporter = parseReporterLine(u"/홍길동 기자 gildong@example.kr");
        QVERIFY(reporter);
        QCOMPARE(reporter->author, QStringLiteral("홍길동"));
        QVERIFY(reporter->source.isEmpty());
        QVERIFY(!parseReporterLine(u"중국 정부는 기자회견을 열었다"));
        QVERIFY(!parseReporterLine(u"기자 간담회 일정"));
        QVERIFY(!parseReporterLine(u"이재용 삼성 대표"));  // a subtitle naming a person, not a credit

        auto credit = parseCreditLine(u"글=박현우 산업연구원 연구위원");
        QVERIFY(credit);
        QCOMPARE(credit->author, QStringLiteral("박현우"));
        QVERIFY(credit->source.isEmpty());  // an affiliation, not the publisher
        credit = parseCreditLine(u"글·사진 = 정민아 기자");
        QVERIFY(credit);
        QCOMPARE(credit->author, QStringLiteral("정민아"));
        credit = parseCreditLine(u"기고 : 김민수 / 한국경제연구원 2024년 12월 1일");
        QVERIFY(credit);
        QCOMPARE(credit->author, QStringLiteral("김민수"));
        QCOMPARE(credit->source, QStringLiteral("한국경제연구원"));
        QCOMPARE(credit->date, QDate(2024, 12, 1));
        QVERIFY(!parseCreditLine(u"글로벌 시장에서 중국의 존재감이 커졌다"));
        QVERIFY(!parseCreditLine(u"정리해 보면 중국의 전략은 단순하다"));

        const auto dateline = parseWireDateline(u"(상하이=뉴스1) 이수진 특파원 = 중국 증시가 올랐다.");
        QVERIFY(dateline);
        QCOMPARE(dateline->byline.source, QStringLiteral("뉴스1"));
        QCOMPARE(dateline->byline.author, QStringLiteral("이수진"));
        QCOMPARE(QStringView(u"(상하이=뉴스1) 이수진 특파원 = 중국 증시가 올랐다.").sliced(dateline->prefixLength),
                 QStringLiteral("중국 증시가 올랐다."));
    }

    void metadataDoesNotGuess()
    {
        // No date line, no byline: the years and names in the body are not metadata.
        const QStringList paragraphs = {QStringLiteral("AI 굴기의 다음 단계"), prose(1),
                                        QStringLiteral("리창 총리는 2024년 3월 정부 업무 보고에서 이렇게 말했다."), prose(2)};
        const MetadataSplit split = extractMetadata(paragraphs);
        QCOMPARE(split.meta.title, QStringLiteral("AI 굴기의 다음 단계"));
        QVERIFY(split.meta.author.isEmpty());
        QVERIFY(split.meta.source.isEmpty());
        QVERIFY(!split.meta.published.isValid());
        QCOMPARE(split.body, paragraphs.mid(1));
    }

    void metadataFromHeaderAndClosingLines()
    {
        const QStringList paragraphs = {QStringLiteral("엔비디아 빈자리, 중국 칩이 채운다 ｜ 테크데일리"),
                                        QStringLiteral("엔비디아 빈자리, 중국 칩이 채운다"),
                                        QStringLiteral("등록 2024.11.05 07:00"), prose(1), prose(2),
                                        QStringLiteral("테크데일리 윤서준 기자 sj@techdaily.kr")};
        const MetadataSplit split = extractMetadata(paragraphs);
        QCOMPARE(split.meta.title, QStringLiteral("엔비디아 빈자리, 중국 칩이 채운다"));
        QCOMPARE(split.meta.source, QStringLiteral("테크데일리"));
        QCOMPARE(split.meta.author, QStringLiteral("윤서준"));
        QCOMPARE(split.meta.published, QDate(2024, 11, 5));
        QCOMPARE(split.body, (QStringList{prose(1), prose(2)}));
    }

    void headingsAndShortClosingSentenceKept()
    {
        const QStringList paragraphs = {prose(1), QStringLiteral("반도체 자립의 길"), prose(2),
                                        QStringLiteral("남은 과제는 수율이다."), QStringLiteral("Copyright © 테크데일리. All rights reserved.")};
        const QStringList kept = removeBoilerplate(paragraphs);
        QCOMPARE(kept, paragraphs.mid(0, 4));
    }

    void furnitureWordsInsideProseStay()
    {
        const QString aboutSubscriptions = QStringLiteral(
            "텐센트는 구독형 AI 비서 서비스를 출시하며 광고 매출 의존도를 낮추겠다고 밝혔다. 회사 측은 뉴스레터와 이메일 요약 기능도 "
            "함께 제공하고, 이용 약관과 개인정보 처리 방침을 새로 정비했다고 설명했다.");
        const QStringList paragraphs = {prose(1), aboutSubscriptions,
                                        QStringLiteral("발행인 겸 편집인인 홍 대표는 종이 신문 발행을 줄이겠다고 말했다."),
                                        QStringLiteral("행사 참가 문의는 02-3456-7890으로 하면 된다."), prose(2)};
        QCOMPARE(removeBoilerplate(paragraphs), paragraphs);
    }

    void faqRemovedInterviewKept()
    {
        const QStringList interview = {
            prose(1), QStringLiteral("Q. 중국 시장의 가장 큰 변화는 무엇인가요?"),
            QStringLiteral("A. 가격입니다. 1년 사이 모델 이용료가 10분의 1로 떨어졌고, 그 결과 중소기업의 도입이 크게 늘었습니다. "
                           "이 흐름은 당분간 이어질 것으로 봅니다."),
            QStringLiteral("Q. 한국 기업에 주는 시사점은요?"),
            QStringLiteral("A. 규모로 경쟁하기보다 특정 산업에 특화된 모델과 데이터로 차별화해야 합니다. 제조 현장의 데이터가 "
                           "한국의 강점이 될 수 있습니다."),
            prose(2)};
        QCOMPARE(removeBoilerplate(interview), interview);

        QStringList page = {prose(1), prose(2), QStringLiteral("FAQ"), QStringLiteral("Q: 무료인가요?"),
                            QStringLiteral("A: 네, 무료입니다."), QStringLiteral("Q: 앱이 있나요?"),
                            QStringLiteral("A: 곧 출시됩니다.")};
        QCOMPARE(removeBoilerplate(page), (QStringList{prose(1), prose(2)}));
    }

    void repeatedBlocksOnce()
    {
        const QString teaser = prose(1).left(70) + QStringLiteral("…");
        const QStringList paragraphs = {teaser, prose(1), prose(2), prose(2), prose(3)};
        QCOMPARE(removeBoilerplate(paragraphs), (QStringList{prose(1), prose(2), prose(3)}));
    }

    void labelRunsGoLoneHeadingsStay()
    {
        const QStringList paragraphs = {QStringLiteral("홈"), QStringLiteral("경제"), QStringLiteral("산업"),
                                        QStringLiteral("국제"), prose(1), QStringLiteral("중국 정부의 계산"),
                                        QStringLiteral("보조금의 행방"), prose(2)};
        // Two headings in a row are a heading and a subheading, not a menu.
        QCOMPARE(removeBoilerplate(paragraphs), paragraphs.mid(4));
    }

    void promotionalTailNeedsContactAndEmojiLabel()
    {
        const QStringList withAd = {prose(1), QStringLiteral("🔍 더 알아보기"), prose(2), prose(3),
                                    QStringLiteral("🎁 이달의 혜택"), QStringLiteral("신규 가입 고객에게 클라우드 크레딧을 드립니다!"),
                                    QStringLiteral("상담: sales@cloud-example.com")};
        QCOMPARE(removeBoilerplate(withAd), withAd.mid(0, 4));

        // An emoji-led heading of the article itself, with no contact details after it, stays.
        const QStringList article = {prose(1), prose(2), QStringLiteral("🚀 다음 과제"), prose(3)};
        QCOMPARE(removeBoilerplate(article), article);
    }

    void footerWithRegistrationAndPhone()
    {
        const QStringList paragraphs = {prose(1), prose(2),
                                        QStringLiteral("주소 : 서울시 중구 세종대로 00 | 대표전화 : 02-000-0000 | 등록번호 : 서울 아00000 | "
                                                       "발행·편집인 : 홍길동 | 청소년보호책임자 : 김철수"),
                                        QStringLiteral("본 기사의 무단 전재 및 재배포를 금합니다.")};
        QCOMPARE(removeBoilerplate(paragraphs), paragraphs.mid(0, 2));
    }

    // A text copied as one line: one sentence of contact details in it used to make the whole line
    // (the whole article) furniture.
    void contactSentenceInsideProseGoesAloneAndTheProseStays()
    {
        const QString line = QStringLiteral(
            "중국 AI 기업이 투자를 크게 늘렸다. 업계는 내년 성장을 기대한다. "
            "전화: 02-123-4567, 이메일: press@example.com 으로 문의할 수 있다. 정부도 지원을 약속했다.");
        QCOMPARE(removeBoilerplate({line}),
                 QStringList{QStringLiteral("중국 AI 기업이 투자를 크게 늘렸다. 업계는 내년 성장을 기대한다. 정부도 지원을 약속했다.")});
        // A footer is still a footer when it is written in sentences.
        const QStringList footer = {prose(1), prose(2),
                                    QStringLiteral("문의: 02-000-0000. 이메일: desk@example.com. 무단 전재 및 재배포 금지.")};
        QCOMPARE(removeBoilerplate(footer), footer.mid(0, 2));
    }

    void numbersOnlyTailGoes()
    {
        const QStringList paragraphs = {prose(1), prose(2), QStringLiteral("T. 02)000-0000 F. 02)000-0001"),
                                        QStringLiteral("2013.05.15 / 서울 00000")};
        QCOMPARE(removeBoilerplate(paragraphs), paragraphs.mid(0, 2));
        // A table row of figures inside the article is not a tail and stays.
        const QStringList table = {prose(1), QStringLiteral("2023 | 672 | 77.6 | 14"), prose(2)};
        QCOMPARE(removeBoilerplate(table), table);
    }

    void labelInsideSentenceIsRemovedAndSentenceRejoined()
    {
        const QStringList paragraphs = {prose(1), QStringLiteral("중국은 이미 미국을 앞서 있다"), QStringLiteral("더 읽기"),
                                        QStringLiteral(". 특히 로봇 분야에서 그렇다.")};
        QCOMPARE(removeBoilerplate(paragraphs),
                 (QStringList{prose(1), QStringLiteral("중국은 이미 미국을 앞서 있다. 특히 로봇 분야에서 그렇다.")}));
    }

    void markdownMarkupStripped()
    {
        QCOMPARE(markdownToPlainText(u"## 소제목 ##\n> 인용된 **강조** 문장\n![그림](a.png)\n[링크 글자](http://x)와 본문\n---"),
                 QStringLiteral("소제목\n인용된 강조 문장\n\n링크 글자와 본문\n"));
    }
};

QTEST_APPLESS_MAIN(TestImportRules)
#include "test_import_rules.moc"
