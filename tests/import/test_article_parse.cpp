// The whole import pipeline on the bundled seeds and on fixtures written for these tests:
// metadata, boilerplate removal without losing article sentences, encodings, refusals.
#include "icu_encoding.h"
#include "seed_expectations.h"

#include "import/article_parser.h"
#include "text/text_normalizer.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dokhae;
using namespace dokhae::import;

namespace {

QString seedPath(const QString &file)
{
    return QDir(QStringLiteral(DOKHAE_SEEDS_DIR)).filePath(file);
}

QString fixturePath(const QString &file)
{
    return QDir(QStringLiteral(DOKHAE_TEST_DATA_DIR)).filePath(QStringLiteral("import/") + file);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

ParsedArticle parsed(const QString &path)
{
    const ParseResult result = parseArticleFile(path);
    if (!result.ok)
        qFatal("%s", qPrintable(result.error));
    return result.article;
}

QStringList paragraphsOf(const QString &readingText)
{
    return readingText.split(QLatin1Char('\n'));
}

void addSeedRows()
{
    QTest::addColumn<int>("seed");
    const QList<SeedExpectation> seeds = seedExpectations();
    for (int i = 0; i < seeds.size(); ++i)
        QTest::newRow(qPrintable(seeds.at(i).file)) << i;
}

// Reading-text invariants from article.h.
void verifyReadingTextForm(const QString &text)
{
    QVERIFY(!text.isEmpty());
    QCOMPARE(text::toNfc(text), text);
    QVERIFY(!text.contains(QStringLiteral("\n\n")));
    QVERIFY(!text.contains(u'\r'));
    QVERIFY(!text.contains(u'\t'));
    QVERIFY(!text.contains(QStringLiteral("  ")));
    for (const QString &paragraph : paragraphsOf(text))
        QCOMPARE(paragraph, text::collapseWhitespace(paragraph));
}

} // namespace

class TestArticleParse : public QObject {
    Q_OBJECT

private slots:
    void seedMetadata_data() { addSeedRows(); }
    void seedMetadata()
    {
        QFETCH(int, seed);
        const SeedExpectation expected = seedExpectations().at(seed);
        const ParsedArticle article = parsed(seedPath(expected.file));
        QCOMPARE(article.meta.title, expected.title);
        QCOMPARE(article.meta.author, expected.author);
        QCOMPARE(article.meta.source, expected.source);
        QCOMPARE(article.meta.published, expected.published);
        QCOMPARE(article.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(article.sourceFile, QFileInfo(seedPath(expected.file)).absoluteFilePath());
        verifyReadingTextForm(article.text);
    }

    void seedArticleKeptBoilerplateGone_data() { addSeedRows(); }
    void seedArticleKeptBoilerplateGone()
    {
        QFETCH(int, seed);
        const SeedExpectation expected = seedExpectations().at(seed);
        const QString text = parsed(seedPath(expected.file)).text;
        const QStringList paragraphs = paragraphsOf(text);

        QVERIFY2(paragraphs.constFirst().startsWith(expected.firstSentence) || paragraphs.at(1).startsWith(expected.firstSentence),
                 qPrintable(paragraphs.constFirst()));
        QVERIFY2(paragraphs.constLast().endsWith(expected.lastSentence), qPrintable(paragraphs.constLast()));
        for (const QString &sentence : expected.kept)
            QVERIFY2(text.contains(sentence), qPrintable(sentence));
        for (const QString &fragment : expected.absent)
            QVERIFY2(!text.contains(fragment), qPrintable(fragment));
        for (const QString &line : expected.removedLines)
            QVERIFY2(!paragraphs.contains(line), qPrintable(line));
        for (const QString &repeated : expected.exactlyOnce)
            QVERIFY2(text.count(repeated) <= 1, qPrintable(repeated));
    }

    // Every line of the raw file is either (part of) the reading text or a line the reader
    // decided is not article: nothing of the article is lost on the way.
    void seedEveryLineAccountedFor_data() { addSeedRows(); }
    void seedEveryLineAccountedFor()
    {
        QFETCH(int, seed);
        const SeedExpectation expected = seedExpectations().at(seed);
        const QString text = parsed(seedPath(expected.file)).text;
        const QStringList rawLines = text::splitParagraphs(QString::fromUtf8(readAll(seedPath(expected.file))));
        QVERIFY(rawLines.size() > 20);
        int kept = 0;
        for (const QString &line : rawLines) {
            if (text.contains(line)) {
                ++kept;
                continue;
            }
            QVERIFY2(expected.removedLines.contains(line) || expected.removedLines.contains(line.trimmed()),
                     qPrintable(QStringLiteral("lost: ") + line));
        }
        QVERIFY(kept >= 3);
    }

    void repeatedSummaryAppearsOnce()
    {
        const SeedExpectation expected = seedExpectations().at(3);
        const QString text = parsed(seedPath(expected.file)).text;
        for (const QString &repeated : expected.exactlyOnce)
            QCOMPARE(text.count(repeated), 1);
    }

    void seedUnicodeEncodingsReadTheSame_data() { addSeedRows(); }
    void seedUnicodeEncodingsReadTheSame()
    {
        QFETCH(int, seed);
        const QString file = seedExpectations().at(seed).file;
        const QByteArray utf8 = readAll(seedPath(file));
        const QString original = QString::fromUtf8(utf8);
        const ParseResult reference = parseArticleBytes(utf8, file);
        QVERIFY(reference.ok);

        const struct {
            QByteArray bytes;
            QString encoding;
        } copies[] = {
            {QByteArray("\xEF\xBB\xBF") + utf8, QStringLiteral("UTF-8 (BOM)")},
            {QByteArray("\xFF\xFE") + testing::encodeWith(original, "UTF-16LE"), QStringLiteral("UTF-16LE (BOM)")},
            {QByteArray("\xFE\xFF") + testing::encodeWith(original, "UTF-16BE"), QStringLiteral("UTF-16BE (BOM)")},
        };
        for (const auto &copy : copies) {
            const ParseResult result = parseArticleBytes(copy.bytes, file);
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.article.encoding, copy.encoding);
            QCOMPARE(result.article.text, reference.article.text);
            QCOMPARE(result.article.meta.title, reference.article.meta.title);
            QCOMPARE(result.article.meta.published, reference.article.meta.published);
        }
    }

    // CP949 lacks emoji, simplified Hanzi and NBSP: the copy is what an editor saving the seed as
    // CP949 would write ('?' for what it cannot store, a space for NBSP). It must read exactly
    // like the same text in UTF-8; seeds that fit CP949 read exactly like the original.
    void seedCp949CopyReadsTheSame_data() { addSeedRows(); }
    void seedCp949CopyReadsTheSame()
    {
        QFETCH(int, seed);
        const QString file = seedExpectations().at(seed).file;
        const QByteArray utf8 = readAll(seedPath(file));
        QString original = QString::fromUtf8(utf8);
        original.replace(QChar(0x00A0), u' ');
        const QByteArray cp949 = testing::encodeWith(original, "windows-949");
        const QString storable = testing::decodeWith(cp949, "windows-949");
        QVERIFY(!cp949.isEmpty());

        const ParseResult fromCp949 = parseArticleBytes(cp949, file);
        QVERIFY2(fromCp949.ok, qPrintable(fromCp949.error));
        QCOMPARE(fromCp949.article.encoding, QStringLiteral("windows-949"));
        const ParseResult fromUtf8 = parseArticleBytes(storable.toUtf8(), file);
        QCOMPARE(fromCp949.article.text, fromUtf8.article.text);
        QCOMPARE(fromCp949.article.meta.title, fromUtf8.article.meta.title);
        QCOMPARE(fromCp949.article.meta.author, fromUtf8.article.meta.author);
        if (storable == original)
            QCOMPARE(fromCp949.article.text, parseArticleBytes(utf8, file).article.text);
    }

    void cp949CopiesOfFittingSeedsAreExact()
    {
        // 001 (after NBSP) and 004 fit CP949 entirely: the legacy copy is the article itself.
        for (const int seed : {1, 3}) {
            const QString file = seedExpectations().at(seed).file;
            const QByteArray utf8 = readAll(seedPath(file));
            QString original = QString::fromUtf8(utf8);
            original.replace(QChar(0x00A0), u' ');
            const QByteArray cp949 = testing::encodeWith(original, "windows-949");
            QCOMPARE(testing::decodeWith(cp949, "windows-949"), original);
            QCOMPARE(parseArticleBytes(cp949, file).article.text, parseArticleBytes(utf8, file).article.text);
        }
    }

    void eucKrFixtureReadsLikeItsUtf8Twin()
    {
        const ParsedArticle legacy = parsed(fixturePath(QStringLiteral("euckr_story.txt")));
        const ParsedArticle twin = parsed(fixturePath(QStringLiteral("euckr_story.utf8.txt")));
        QCOMPARE(legacy.encoding, QStringLiteral("windows-949"));
        QCOMPARE(legacy.text, twin.text);
        QCOMPARE(legacy.meta.title, QStringLiteral("바이두, 자율주행 로보택시 '아폴로 고' 홍콩 진출"));
        QCOMPARE(legacy.meta.author, QStringLiteral("한지수"));
        QCOMPARE(legacy.meta.source, QStringLiteral("이코노믹데일리"));
        QCOMPARE(legacy.meta.published, QDate(2025, 9, 18));
        QVERIFY(legacy.text.startsWith(QStringLiteral("중국 검색 기업 바이두가")));
        QVERIFY(legacy.text.endsWith(QStringLiteral("주요 시험대가 될 것으로 보고 있다.")));
        QVERIFY(paragraphsOf(legacy.text).contains(QStringLiteral("해외 시장 공략")));
        QVERIFY(!legacy.text.contains(QStringLiteral("사진=")));
        QVERIFY(!legacy.text.contains(QStringLiteral("무단전재")));
        QVERIFY(!legacy.text.contains(QStringLiteral("jisu.han@")));
        verifyReadingTextForm(legacy.text);
    }

    void wireStoryWithOtherFooter()
    {
        const ParsedArticle article = parsed(fixturePath(QStringLiteral("wire_story.txt")));
        QCOMPARE(article.meta.title, QStringLiteral("中 화웨이, AI 칩 '어센드 910C' 양산 돌입…엔비디아 공백 노린다"));
        QCOMPARE(article.meta.author, QStringLiteral("김민준"));
        QCOMPARE(article.meta.source, QStringLiteral("연합뉴스"));
        QCOMPARE(article.meta.published, QDate(2025, 11, 3));
        const QStringList paragraphs = paragraphsOf(article.text);
        // The wire dateline "(베이징=연합뉴스) 김민준 특파원 = " is credit, not text.
        QVERIFY(paragraphs.constFirst().startsWith(QStringLiteral("중국 통신장비 업체 화웨이가")));
        QVERIFY(paragraphs.contains(QStringLiteral("미국 제재 속 자립 가속")));
        // A short closing sentence right above the footer is still article.
        QCOMPARE(paragraphs.constLast(), QStringLiteral("업계는 내년 상반기 출하량에 주목하고 있다."));
        QCOMPARE(paragraphs.size(), 7);
        for (const QString &gone : {QStringLiteral("minjun@"), QStringLiteral("제보"), QStringLiteral("앱 설치"),
                                    QStringLiteral("저작권자"), QStringLiteral("입력"), QStringLiteral("9:41")})
            QVERIFY2(!article.text.contains(gone), qPrintable(gone));
        verifyReadingTextForm(article.text);
    }

    void markdownNewsletterKeepsInterview()
    {
        const ParsedArticle article = parsed(fixturePath(QStringLiteral("institute_newsletter.md")));
        QCOMPARE(article.meta.title, QStringLiteral("중국 대형언어모델 생태계 점검: 오픈소스가 바꾼 판도"));
        QCOMPARE(article.meta.author, QStringLiteral("이서연"));
        QCOMPARE(article.meta.source, QStringLiteral("한중기술연구소"));  // from the closing copyright notice
        QCOMPARE(article.meta.published, QDate(2025, 10, 14));
        const QStringList paragraphs = paragraphsOf(article.text);
        QVERIFY(paragraphs.contains(QStringLiteral("가격 경쟁의 시작")));  // "## " markup gone
        QVERIFY(paragraphs.contains(QStringLiteral("Q. 오픈소스 모델을 선택한 이유는 무엇인가요?")));
        QVERIFY(article.text.contains(QStringLiteral("A. 비용이 가장 컸습니다.")));
        QVERIFY(paragraphs.constLast().endsWith(QStringLiteral("효과적이라는 평가가 많다.")));
        for (const QString &gone : {QStringLiteral("관련 기사"), QStringLiteral("딥시크 충격 이후"), QStringLiteral("구독"),
                                    QStringLiteral("수신거부"), QStringLiteral("사업자등록번호"), QStringLiteral("All rights"),
                                    QStringLiteral("example.org"), QStringLiteral("#")})
            QVERIFY2(!article.text.contains(gone), qPrintable(gone));
        verifyReadingTextForm(article.text);
    }

    // A page copied from a news portal: menus and tool labels around the headline, a reporter
    // box and subscription counters below, section notes after the copyright line.
    void portalCopyWithMenus()
    {
        const ParsedArticle article = parsed(fixturePath(QStringLiteral("portal_copy.txt")));
        QCOMPARE(article.meta.title, QStringLiteral("AI 반도체 굴기…中 캠브리콘 매출 40배 급증"));
        QCOMPARE(article.meta.author, QStringLiteral("정하늘"));
        QCOMPARE(article.meta.source, QStringLiteral("이코노뉴스"));
        QCOMPARE(article.meta.published, QDate(2025, 8, 27));
        const QStringList paragraphs = paragraphsOf(article.text);
        QCOMPARE(paragraphs.size(), 5);
        QVERIFY(paragraphs.constFirst().startsWith(QStringLiteral("중국의 AI 반도체 설계 기업 캠브리콘이")));
        QCOMPARE(paragraphs.at(2), QStringLiteral("\"국산 대체가 실적을 끌어올렸다\""));
        QCOMPARE(paragraphs.constLast(), QStringLiteral("캠브리콘 주가는 올해 들어 두 배 가까이 올랐다."));
        for (const QString &gone : {QStringLiteral("바로가기"), QStringLiteral("스포츠"), QStringLiteral("기사원문"),
                                    QStringLiteral("요약봇"), QStringLiteral("구독"), QStringLiteral("응원수"),
                                    QStringLiteral("섹션"), QStringLiteral("sky@")})
            QVERIFY2(!article.text.contains(gone), qPrintable(gone));
    }

    void htmlArticle()
    {
        const ParsedArticle article = parsed(fixturePath(QStringLiteral("tech_review.html")));
        QCOMPARE(article.meta.title, QStringLiteral("딥시크 R2 공개 임박…중국 AI 업계 긴장"));
        QCOMPARE(article.meta.author, QStringLiteral("박지훈"));
        QCOMPARE(article.meta.source, QStringLiteral("테크리뷰"));
        QCOMPARE(article.meta.published, QDate(2025, 2, 14));
        const QStringList expected = {
            QStringLiteral("중국 AI 스타트업 딥시크가 차세대 추론 모델 R2를 이르면 이달 말 공개할 것이라는 관측이 나오면서 중국 AI 업계가 긴장하고 있다."),
            QStringLiteral("업계에 따르면 딥시크는 최근 일부 협력사에 R2의 시험판을 제공했다."),
            QStringLiteral("R2는 코딩과 수학 추론 능력을 크게 끌어올린 것으로 전해졌다."),
            QStringLiteral("딥시크 본사가 있는 항저우의 한 사무실 건물."),
            QStringLiteral("경쟁사들 가격 인하로 맞대응"),
            QStringLiteral("바이두와 알리바바는 자사 모델의 API 가격을 잇달아 내리며 이용자 이탈을 막는 데 나섰다. \"가격 전쟁이 본격화됐다\"는 평가가 나온다."),
            QStringLiteral("한 업계 관계자는 “R2의 성능이 기대에 부합한다면 올해 중국 AI 시장의 판도가 다시 한 번 바뀔 것”이라고 말했다."),
        };
        QCOMPARE(paragraphsOf(article.text), expected);
    }

    void htmlWithoutArticleUsesMainThenBody()
    {
        const QByteArray withMain =
            "<html><head><title>제목 A | 매체A</title><script>var x = 1;</script></head><body>"
            "<nav>홈 | 정치 | 경제</nav><main><h1>제목 A</h1><p>본문 첫 문장이다.</p><div>둘째 문단<span>이 이어진다</span>.</div></main>"
            "<footer>ⓒ 매체A</footer></body></html>";
        const ParseResult main = parseArticleBytes(withMain, QStringLiteral("a.html"));
        QVERIFY(main.ok);
        QCOMPARE(main.article.meta.title, QStringLiteral("제목 A"));
        QCOMPARE(main.article.meta.source, QStringLiteral("매체A"));
        QCOMPARE(main.article.text, QStringLiteral("본문 첫 문장이다.\n둘째 문단이 이어진다."));

        const QByteArray bodyOnly =
            "<!doctype html><body><style>p{}</style><p>몸체만 있는 문서의 문장이다.</p><aside>광고 영역</aside>"
            "<noscript>스크립트를 켜세요</noscript><p>두 번째&nbsp;&nbsp;문장이다.</p></body>";
        const ParseResult body = parseArticleBytes(bodyOnly, QStringLiteral("b.htm"));
        QVERIFY(body.ok);
        // No headline anywhere: the title is the file's name and no sentence is taken for one.
        QCOMPARE(body.article.meta.title, QStringLiteral("b"));
        QCOMPARE(body.article.text, QStringLiteral("몸체만 있는 문서의 문장이다.\n두 번째 문장이다."));
        // Content sniffing: markup in a .txt file is still HTML.
        QCOMPARE(parseArticleBytes(bodyOnly, QStringLiteral("saved.txt")).article.text, body.article.text);
    }

    void htmlInEucKr()
    {
        const QString page = QStringLiteral(
            "<html><head><meta charset=\"euc-kr\"><title>샤오미, 자체 AI 칩 공개 | 전자신문망</title></head><body>"
            "<div id=\"gnb\" role=\"navigation\">전체기사 정치 경제 IT</div><article><h2>샤오미, 자체 AI 칩 공개</h2>"
            "<p>샤오미가 스마트폰용 AI 칩을 처음으로 자체 설계해 공개했다.</p>"
            "<p>업계는 “애플과 화웨이에 이은 세 번째 시도”라고 평가했다.</p></article></body></html>");
        const ParseResult result = parseArticleBytes(testing::encodeWith(page, "EUC-KR"), QStringLiteral("xiaomi.html"));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.article.encoding, QStringLiteral("windows-949"));
        QCOMPARE(result.article.meta.title, QStringLiteral("샤오미, 자체 AI 칩 공개"));
        QCOMPARE(result.article.meta.source, QStringLiteral("전자신문망"));
        QCOMPARE(result.article.text, QStringLiteral("샤오미가 스마트폰용 AI 칩을 처음으로 자체 설계해 공개했다.\n"
                                                     "업계는 “애플과 화웨이에 이은 세 번째 시도”라고 평가했다."));
    }

    void refusalsNameTheFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 29);
        QTest::newRow("nul bytes") << QByteArray("plain words\0\0\0 and more words\0", 31);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray(" \n\t\r\n   \n");
        QTest::newRow("utf-16 whitespace") << QByteArray("\xFF\xFE \0\n\0 \0", 8);
        QTest::newRow("markup only") << QByteArray("<html><body><script>x()</script></body></html>");
    }
    void refusalsNameTheFile()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("수상한 파일.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const ParseResult result = parseArticleFile(path);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("수상한 파일.txt")), qPrintable(result.error));
        QVERIFY(result.article.text.isEmpty());
    }

    void missingFileOrFolderIsRefused()
    {
        QTemporaryDir dir;
        const ParseResult missing = parseArticleFile(dir.filePath(QStringLiteral("없음.txt")));
        QVERIFY(!missing.ok);
        QVERIFY(missing.error.contains(QStringLiteral("없음.txt")));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("폴더.txt")));
        const ParseResult folder = parseArticleFile(dir.filePath(QStringLiteral("폴더.txt")));
        QVERIFY(!folder.ok);
        QVERIFY(folder.error.contains(QStringLiteral("폴더.txt")));
    }

    void titleFallsBackToFileName()
    {
        const ParseResult result = parseArticleBytes(
            QByteArray("2025-01-02\n본문만 있는 메모이다. 제목 줄이 없다.\n"), QStringLiteral("/tmp/메모 01.txt"));
        QVERIFY(result.ok);
        QCOMPARE(result.article.meta.published, QDate(2025, 1, 2));
        QCOMPARE(result.article.meta.title, QStringLiteral("메모 01"));
        QCOMPARE(result.article.text, QStringLiteral("본문만 있는 메모이다. 제목 줄이 없다."));
        QVERIFY(result.article.sourceFile.isEmpty());
        const ParseResult html = parseArticleBytes(QByteArray("<p></p><p>짧은 글.</p>"), QStringLiteral("/tmp/메모 02.html"));
        QVERIFY(html.ok);
        QCOMPARE(html.article.meta.title, QStringLiteral("메모 02"));
        QCOMPARE(html.article.text, QStringLiteral("짧은 글."));
    }

    // Arbitrary bytes, truncated seeds and shuffled lines: always an answer, never a crash, and a
    // refusal always names the file.
    void arbitraryInputIsAnsweredNotCrashed()
    {
        QRandomGenerator random(20250725);
        const QByteArray seed = readAll(seedPath(seedExpectations().at(2).file));
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes;
            switch (round % 3) {
            case 0:
                bytes.resize(random.bounded(1, 400));
                for (char &b : bytes)
                    b = char(random.bounded(256));
                break;
            case 1:
                bytes = seed.left(random.bounded(qsizetype(1), seed.size()));  // may cut a UTF-8 sequence
                break;
            default: {
                QStringList lines = QString::fromUtf8(seed).split(u'\n');
                std::shuffle(lines.begin(), lines.end(), random);
                bytes = lines.join(u'\n').toUtf8();
            }
            }
            const ParseResult result = parseArticleBytes(bytes, QStringLiteral("무작위.txt"));
            if (result.ok)
                verifyReadingTextForm(result.article.text);
            else
                QVERIFY(result.error.contains(QStringLiteral("무작위.txt")));
        }
    }

    void importableExtensions()
    {
        for (const char *name : {"a.txt", "b.MD", "c.html", "d.HTM", "/x/y/기사.txt"})
            QVERIFY2(hasImportableExtension(QString::fromUtf8(name)), name);
        for (const char *name : {"a.pdf", "b.png", "c", "d.txt.bak", "e.markdown"})
            QVERIFY2(!hasImportableExtension(QString::fromUtf8(name)), name);
    }
};

QTEST_GUILESS_MAIN(TestArticleParse)
#include "test_article_parse.moc"
