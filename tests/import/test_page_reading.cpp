// How saved news pages are read: what a page states (JSON-LD, OpenGraph, page data), titles
// without the site's name, Korean date and byline lines, and the article's container found by
// text and link density. Pages here are a few lines each, written for the rule they test.
#include "import/article_parser.h"
#include "import/boilerplate_filter.h"
#include "import/boilerplate_signals.h"
#include "import/byline.h"
#include "import/html_extractor.h"
#include "import/line_features.h"
#include "import/page_title.h"
#include "import/structured_data.h"

#include <QTest>

using namespace dokhae::import;
using namespace Qt::StringLiterals;

namespace {

// A paragraph of article prose, different for each n.
QString prose(int n)
{
    return u"중국 기업 %1곳이 새 모델을 발표하면서 시장의 관심이 커졌고, 업계는 가격과 성능 경쟁이 한층 치열해질 것으로 내다봤다."_s.arg(n);
}

QString articleParagraphs(int count)
{
    QString html;
    for (int i = 1; i <= count; ++i)
        html += u"<p>"_s + prose(i) + u"</p>"_s;
    return html;
}

// A list of headline links, as rankings and related-article boxes print them.
QString headlineLinks(const QString &label, int count)
{
    QString html = u"<div><h3>"_s + label + u"</h3><ul>"_s;
    for (int i = 1; i <= count; ++i)
        html += u"<li><a href=\"/n/%1\">다른 기사 제목 %1번째 소식입니다</a></li>"_s.arg(i);
    return html + u"</ul></div>"_s;
}

ParseResult parseHtml(const QString &html)
{
    return parseArticleBytes(html.toUtf8(), u"page.html"_s);
}

} // namespace

class TestPageReading : public QObject {
    Q_OBJECT

private slots:
    void titlesLoseTheSiteName_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("publisher");
        QTest::newRow("section and bar") << u"샤오미 전기차 돌풍-경제ㅣ대한경제신보"_s << u"대한경제신보"_s
                                         << u"샤오미 전기차 돌풍"_s << u"대한경제신보"_s;
        QTest::newRow("colons, site unknown") << u"텐센트, 생성형 AI 도입 : 뉴스 : 테크와이어닷컴"_s << QString()
                                              << u"텐센트, 생성형 AI 도입"_s << u"테크와이어닷컴"_s;
        QTest::newRow("mobile prefix") << u"동방일보 모바일 :: 中 로봇 기업 상장 첫날 시총 10조원"_s << QString()
                                       << u"中 로봇 기업 상장 첫날 시총 10조원"_s << u"동방일보"_s;
        QTest::newRow("pipe") << u"알리바바, 큐원 신모델 공개 | 새한일보"_s << QString() << u"알리바바, 큐원 신모델 공개"_s
                              << u"새한일보"_s;
        QTest::newRow("bracketed site first") << u"[누리방송] 中 딥시크 쇼크 1년"_s << u"누리방송"_s
                                              << u"中 딥시크 쇼크 1년"_s << u"누리방송"_s;
        QTest::newRow("portal suffix") << u"화웨이 판구 모델, 예보 정확도 높였다 : 네이버 뉴스"_s << QString()
                                       << u"화웨이 판구 모델, 예보 정확도 높였다"_s << u"네이버 뉴스"_s;
        QTest::newRow("dash and known site") << u"데이터센터 전기료 절반으로 - 퓨처테크 리포트"_s << u"퓨처테크 리포트"_s
                                             << u"데이터센터 전기료 절반으로"_s << u"퓨처테크 리포트"_s;
        // A colon inside a headline is the headline's: the part after it is long.
        QTest::newRow("colon in headline") << u"[인터뷰] 김 대표 : 중국 AI는 이미 가격으로 경쟁하고 있다"_s << QString()
                                           << u"[인터뷰] 김 대표 : 중국 AI는 이미 가격으로 경쟁하고 있다"_s << QString();
        // A known site's name inside the headline, not at an edge, stays.
        QTest::newRow("site named in headline") << u"새한일보 기자가 본 베이징 AI 거리"_s << u"새한일보"_s
                                                << u"새한일보 기자가 본 베이징 AI 거리"_s << QString();
    }
    void titlesLoseTheSiteName()
    {
        QFETCH(QString, title);
        QFETCH(QString, site);
        QFETCH(QString, headline);
        QFETCH(QString, publisher);
        const TitleParts parts = headlineFromPageTitle(title, site);
        QCOMPARE(parts.title, headline);
        QCOMPARE(parts.publisher, publisher);
    }

    void koreanBylinesAndDateLines()
    {
        const auto reporter = [](QStringView line) { return parseReporterLine(line).value_or(Byline{}).author; };
        QCOMPARE(reporter(u"박영희 기자 yhpark@example.com"), u"박영희"_s);
        QCOMPARE(reporter(u"베이징=이소라 특파원 sora@example.com"), u"이소라"_s);
        QCOMPARE(reporter(u"한지우 기자 구독하기"), u"한지우"_s);
        QCOMPARE(parseReporterLine(u"김태윤 기자 | 2021-06-01 10:15:00")->date, QDate(2021, 6, 1));
        const Byline swapped = parseReporterLine(u"장지민 한경닷컴 객원기자 newsinfo@example.com").value();
        QCOMPARE(swapped.author, u"장지민"_s);
        QCOMPARE(swapped.source, u"한경닷컴"_s);
        QVERIFY(!parseReporterLine(u"기자들이 현장을 찾았다"));

        QCOMPARE(parseCreditLine(u"By 김가영, 이나래")->author, u"김가영, 이나래"_s);
        QCOMPARE(parseCreditLine(u"By 김가영, 이나래")->source, QString());

        const auto opening = [](QStringView paragraph) { return parseWireDateline(paragraph); };
        const auto wire = opening(u"(서울=연합뉴스) 임화섭 김지헌 기자 = 서울 구로구에서 확진자가 나왔다.");
        QCOMPARE(wire->byline.author, u"임화섭, 김지헌"_s);
        QCOMPARE(wire->byline.source, u"연합뉴스"_s);
        QCOMPARE(opening(u"[베이징=동방일보] 김지훈 특파원 = 유니트리가 상장했다.")->byline.author, u"김지훈"_s);
        const auto bracket = opening(u"[스포츠누리 박은비 기자] 중국 구단이 AI 코치를 도입했다.");
        QCOMPARE(bracket->byline.author, u"박은비"_s);
        QCOMPARE(bracket->byline.source, u"스포츠누리"_s);
        const QString glued = u"정우성 기자 wsjung@example.com 중국 샤오미의 첫 전기차가 출시 한 달 만에 주문 10만 대를 넘겼다."_s;
        const auto gluedByline = opening(glued);
        QCOMPARE(gluedByline->byline.author, u"정우성"_s);
        QCOMPARE(glued.mid(gluedByline->prefixLength), u"중국 샤오미의 첫 전기차가 출시 한 달 만에 주문 10만 대를 넘겼다."_s);
        // A sentence that begins with a name and a title is not a byline without an address.
        QVERIFY(!opening(u"정우성 기자는 중국 샤오미의 전기차를 직접 타 봤다."));

        QCOMPARE(stampDate(u"기사입력 2022.03.15. 오전 9:05 최종수정 2022.03.15. 오전 10:41 기사원문"), QDate(2022, 3, 15));
        QCOMPARE(stampDate(u"입력 2025.11.20 08:10 수정 2025.11.20 09:45"), QDate(2025, 11, 20));
        QCOMPARE(stampDate(u"등록 2024-05-02 14:00"), QDate(2024, 5, 2));
        QCOMPARE(stampDate(u"2019.05.10. 오후 3:10 최종수정 2019.05.10. 오후 4:02 기사원문 스크랩"), QDate(2019, 5, 10));
        QVERIFY(!stampDate(u"2021년 6월 1일 화요일 로그인 회원가입 그리고 아주 긴 메뉴가 이어지는 줄 정치 경제 사회 국제 문화 스포츠 연예 오피니언 사람들 "
                           "포토 영상 기획 연재 전체기사 많이 본 기사 구독 신청 고객센터 광고 안내 제휴 문의").isValid());
        QVERIFY(!stampDate(u"지난 2019.05.10 발표된 보고서에 따르면").isValid());
    }

    void furnitureLinesOfPortals()
    {
        using namespace features;
        QVERIFY(isMenuLine(u"뉴스홈 | 정치 | 경제 | 사회 | IT/과학"));
        QVERIFY(!isMenuLine(u"2023 | 672 | 77.6 | 14"));
        QVERIFY(!isMenuLine(u"매출은 늘었다 | 이익은 줄었다"));
        QVERIFY(endsWithPhotoCredit(u"아베 신조 일본 총리./사진=AFP"));
        QVERIFY(endsWithPhotoCredit(u"월가 [사진=로이터 뉴스핌]"));
        QVERIFY(!endsWithPhotoCredit(u"사진=작가가 직접 찍은 것이라고 밝혔다."));
        QVERIFY(isBareDomain(u"chosunbiz.com"));
        QVERIFY(!isBareDomain(u"chosunbiz.com에 따르면 매출이 늘었다."));
        QVERIFY(isMarkedAdvertisement(u"[광고] 오늘의 급등주 무료 공개! 카톡 상담 신청"));
        QVERIFY(!isMarkedAdvertisement(u"광고 시장은 올해 10% 성장했다."));
        // A portal copy: the ranking after the notice goes, and so does the menu row on top.
        const QStringList page = {u"뉴스홈 | 정치 | 경제 | 사회 | IT/과학"_s, prose(1), prose(2), prose(3),
                                  u"Copyright ⓒ 아시아비즈. All rights reserved."_s, u"좋아요 0"_s,
                                  u"아시아비즈 랭킹 뉴스"_s, u"오후 3시~4시까지 집계한 결과입니다."_s,
                                  u"1. 삼성전자, 2분기 영업익 10조 넘었다"_s};
        QCOMPARE(removeBoilerplate(page), (QStringList{prose(1), prose(2), prose(3)}));
        // A photo credit with a copyright sign in the article's second half does not end it.
        const QStringList credited = {prose(1), prose(2), u"ⓒ AFP=뉴스1"_s,
                                      u"업계는 중국 기업들이 가격 경쟁에서 앞서 있다고 본다."_s,
                                      u"한 관계자는 \"올해가 분수령\"이라고 말했다."_s};
        QCOMPARE(removeBoilerplate(credited), (QStringList{prose(1), prose(2), credited.at(3), credited.at(4)}));
        // A bulleted list that ends the article with full stops stays.
        const QStringList bullets = {prose(1), u"▲디알젬=영국 업체와 63억원 규모 장비 공급 계약 체결."_s,
                                     u"▲네오펙트=재활 훈련기기 미국 FDA 등록."_s, u"ⓒ 한국경제, 무단전재 및 재배포 금지"_s};
        QCOMPARE(removeBoilerplate(bullets), bullets.mid(0, 3));
    }

    void jsonLdIsReadInAnyShape()
    {
        EmbeddedArticle graph;
        readJsonLd(u"{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"사이트\"},"
                   "{\"@type\":\"NewsArticle\",\"headline\":\"제목 하나\",\"datePublished\":\"2025-11-20T08:10:00+09:00\","
                   "\"author\":[{\"@type\":\"Person\",\"name\":\"이소라 기자\"},{\"name\":\"박지훈\"}],"
                   "\"publisher\":{\"@type\":\"Organization\",\"name\":\"새한일보\"}}]}"_s,
                   graph);
        QCOMPARE(graph.headline, u"제목 하나"_s);
        QCOMPARE(graph.author, u"이소라, 박지훈"_s);
        QCOMPARE(graph.published, u"2025-11-20T08:10:00+09:00"_s);
        QCOMPARE(graph.publisher, u"새한일보"_s);
        QVERIFY(graph.body.isEmpty());

        EmbeddedArticle array;
        readJsonLd(u"[{\"@type\":\"BreadcrumbList\",\"name\":\"경제\"},{\"@type\":[\"ReportageNewsArticle\"],"
                   "\"headline\":\"둘\",\"author\":\"김지훈\",\"articleBody\":\"첫 문장이다.\\n\\n둘째 문장이다.\"}]"_s,
                   array);
        QCOMPARE(array.headline, u"둘"_s);
        QCOMPARE(array.author, u"김지훈"_s);
        QCOMPARE(array.body, u"첫 문장이다.\n\n둘째 문장이다."_s);
        QVERIFY(!array.bodyIsHtml);

        // Fields a first script stated are not overwritten by a later one; other types are ignored.
        readJsonLd(u"{\"@type\":\"NewsArticle\",\"headline\":\"다른 제목\",\"datePublished\":\"2020-01-01\"}"_s, array);
        QCOMPARE(array.headline, u"둘"_s);
        QCOMPARE(array.published, u"2020-01-01"_s);
        EmbeddedArticle none;
        readJsonLd(u"{\"@type\":\"Organization\",\"headline\":\"회사\"}"_s, none);
        QVERIFY(none.headline.isEmpty());

        // Broken, hostile and oversized scripts are answered with nothing, never a crash.
        for (const QString &bad : {u"{not json"_s, QString(200000, u'[') + QString(200000, u']'),
                                   u"{\"@type\":\"NewsArticle\",\"headline\":\""_s + QString(kMaxEmbeddedJsonBytes, u'가')
                                       + u"\"}"_s}) {
            EmbeddedArticle article;
            readJsonLd(bad, article);
            QVERIFY(article.headline.isEmpty());
        }
    }

    void pageDataBodyIsTheLongestProse()
    {
        const QString data = u"{\"props\":{\"pageProps\":{\"menu\":[\"홈\",\"테크\"],\"teaser\":\"짧은 소개 글이다.\","
                             "\"article\":{\"content\":\"<p>"_s + prose(1) + u"</p><p>"_s + prose(2) + u"</p>\"},"
                             "\"popular\":[{\"title\":\"인기 기사 제목\"}]}}}"_s;
        bool isHtml = false;
        const QString body = bodyFromPageData(data, &isHtml);
        QVERIFY(isHtml);
        QVERIFY(body.contains(prose(1)) && body.contains(prose(2)));
        QVERIFY(bodyFromPageData(u"{\"a\":\"짧다.\",\"b\":[1,2,3]}"_s, &isHtml).isEmpty());
    }

    // Stated metadata wins over what the layout suggests, and a body that exists only as data is read.
    void statedMetadataAndBodyOnlyInData()
    {
        const ParseResult nextData = parseHtml(
            u"<html><head><title>제목 - 사이트</title><meta property=\"og:site_name\" content=\"사이트\">"
            "<meta property=\"article:published_time\" content=\"2024-03-14T06:00:00+09:00\"></head>"
            "<body><div id=\"__next\"><p>기사를 불러오는 중입니다…</p></div>"
            "<script id=\"__NEXT_DATA__\" type=\"application/json\">{\"props\":{\"article\":{\"content\":\"<p>"_s
            + prose(1) + u"</p><p>"_s + prose(2) + u"</p>\"}}}</script></body></html>"_s);
        QVERIFY2(nextData.ok, qPrintable(nextData.error));
        QCOMPARE(nextData.article.meta.title, u"제목"_s);
        QCOMPARE(nextData.article.meta.source, u"사이트"_s);
        QCOMPARE(nextData.article.meta.published, QDate(2024, 3, 14));
        QCOMPARE(nextData.article.text, prose(1) + u"\n"_s + prose(2));

        const ParseResult naverStamp = parseHtml(
            u"<html><head><meta property=\"og:title\" content=\"헤드라인\"></head><body>"
            "<div class=\"head\"><span data-date-time=\"2022-03-15 09:05:00\">2022.03.15. 오전 9:05</span>"
            "<em class=\"name\">윤서진 기자</em></div><article id=\"dic_area\">"_s
            + prose(1) + u"<br><br>"_s + prose(2) + u"</article></body></html>"_s);
        QVERIFY2(naverStamp.ok, qPrintable(naverStamp.error));
        const ParseResult daumStamp = parseHtml(u"<html><head><meta property=\"og:regDate\" content=\"20240912073102\">"
                                                "</head><body><p>"_s + prose(1) + u"</p></body></html>"_s);
        QCOMPARE(daumStamp.article.meta.published, QDate(2024, 9, 12));
        QCOMPARE(naverStamp.article.meta.published, QDate(2022, 3, 15));
        QCOMPARE(naverStamp.article.meta.author, u"윤서진"_s);
        QCOMPARE(naverStamp.article.text, prose(1) + u"\n"_s + prose(2));
    }

    // A portal credits the press that wrote the article as "press | portal"; a credit that does not
    // end with the site's own name is not taken for the source.
    void portalCreditNamesThePress()
    {
        const auto sourceOf = [](const QString &credit, const QString &site) {
            return parseHtml(u"<html><head><title>바이트댄스, 자체 AI 칩 양산 착수…엔비디아 의존 낮춘다 : "_s + site + u"</title><meta property=\"og:article:author\" content=\""_s
                             + credit + u"\"></head><body><p>"_s + prose(1) + u"</p></body></html>"_s)
                .article.meta.source;
        };
        QCOMPARE(sourceOf(u"한빛경제 | 네이버"_s, u"네이버 뉴스"_s), u"한빛경제"_s);
        QCOMPARE(sourceOf(u"김철수 | 새한일보"_s, u"다른신문"_s), u"다른신문"_s);
        QCOMPARE(sourceOf(u"한빛경제"_s, u"네이버 뉴스"_s), u"네이버 뉴스"_s);
    }

    // An article split in two by a box of links between its parts keeps both; a paragraph wrapped
    // in an <a name> anchor is not link text.
    void articleSplitByLinksKeepsBothParts()
    {
        const QString page = u"<html><body><div class=\"view\"><div class=\"part\">"_s + articleParagraphs(4)
                             + u"</div>"_s + headlineLinks(u"함께 볼 기사"_s, 12)
                             + u"<div class=\"part\"><p><a name=\"end\">"_s + prose(9) + u"</a></p></div>"_s
                             + u"<div class=\"card\"><ul><li><p>다른 기사 소개 문장이 여기에 길게 이어지며 목록 안에 있어서 기사 본문이 아니라고 판단되어야 한다.</p></li></ul></div>"_s
                             + u"</div>"_s + headlineLinks(u"많이 본 뉴스"_s, 10) + u"</body></html>"_s;
        const ParseResult result = parseHtml(page);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QStringList paragraphs = result.article.text.split(u'\n');
        QCOMPARE(paragraphs.size(), 5);
        QCOMPARE(paragraphs.constLast(), prose(9));
        QVERIFY(!result.article.text.contains(u"다른 기사"_s));
    }

    // A photo inside a paragraph of text (Naver's end_photo_org) keeps its caption apart from the
    // sentence after it.
    void photoCaptionStandsApart()
    {
        const HtmlArticle article = extractHtmlArticle(
            u"<div id=\"articleBodyContents\"><span class=\"end_photo_org\"><img src=\"a.jpg\"><em class=\"img_desc\">"
            "지난해 여의도 벚꽃축제 / 사진=이동훈 기자</em></span>올해 여의도 벚꽃놀이는 포기해야 할 것으로 보인다.<br><br>"_s
            + prose(1) + u"</div>"_s);
        QCOMPARE(article.paragraphs, (QStringList{u"지난해 여의도 벚꽃축제 / 사진=이동훈 기자"_s,
                                                  u"올해 여의도 벚꽃놀이는 포기해야 할 것으로 보인다."_s, prose(1)}));
    }

    // A saved fragment of an article body is markup even without a document around it.
    void bodyFragmentIsHtml()
    {
        QVERIFY(looksLikeHtml(u"  <div class=\"_article_body_contents\"><br/>본문</div>"_s));
        QVERIFY(looksLikeHtml(u"<p>[뉴욕=뉴스핌] 황숙혜 특파원 = 월가가 긴장했다.</p>"_s));
        QVERIFY(!looksLikeHtml(u"<이 제목은 꺾쇠로 시작한다>\n본문이다."_s));
        QVERIFY(!looksLikeHtml(u"pre <p>는 태그로 시작하지 않는다"_s));
        const ParseResult fragment = parseArticleBytes(
            (u"<p>[뉴욕=뉴스핌] 황숙혜 특파원 = "_s + prose(1) + u"</p><p>higrace5@example.com</p>"_s).toUtf8(), u"saved.txt"_s);
        QVERIFY2(fragment.ok, qPrintable(fragment.error));
        QCOMPARE(fragment.article.meta.author, u"황숙혜"_s);
        QCOMPARE(fragment.article.text, prose(1));
    }

    // Rankings, related headlines and modals beside or inside the article are lists of links or
    // text without sentences; the article's paragraphs all stay, the first and the last included.
    void articleFoundByTextAndLinkDensity()
    {
        const QString page = u"<html><body><div class=\"wrap\"><div class=\"left\"><div class=\"body\">"_s
                             + articleParagraphs(2) + headlineLinks(u"관련 기사"_s, 3) + articleParagraphs(3).replace(u"곳이"_s, u"개사가"_s)
                             + u"<p>이날 CATL 주가는 4.2% 오른 198.5위안, BYD는 2.7% 오른 246위안에 마감했다.</p></div>"_s
                             + headlineLinks(u"많이 본 뉴스"_s, 10) + u"</div><div class=\"right\">"_s
                             + headlineLinks(u"실시간 인기기사"_s, 10)
                             + u"<div class=\"modal\"><h2>로그인이 필요한 서비스입니다</h2><p>아이디</p><p>비밀번호</p></div>"_s
                             + u"</div></div></body></html>"_s;
        const ParseResult result = parseHtml(page);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QStringList paragraphs = result.article.text.split(u'\n');
        QCOMPARE(paragraphs.size(), 6);
        QCOMPARE(paragraphs.constFirst(), prose(1));
        QCOMPARE(paragraphs.constLast(), u"이날 CATL 주가는 4.2% 오른 198.5위안, BYD는 2.7% 오른 246위안에 마감했다."_s);
        for (const QString &gone : {u"다른 기사 제목"_s, u"많이 본"_s, u"로그인"_s, u"비밀번호"_s, u"관련 기사"_s})
            QVERIFY2(!result.article.text.contains(gone), qPrintable(gone));
    }
};

QTEST_GUILESS_MAIN(TestPageReading)
#include "test_page_reading.moc"
