// What each figure is about (its subject) and what it quantifies (its measure), as Korean writes
// them: on sentences of our own, one form per row; on the seeds; and on a news text of our own
// (tests/data/figures/battery_market_news.txt). Expectations were written by reading the text.
#include "figure_test_texts.h"
#include "figures/figure.h"

#include <QTest>

using namespace dokhae::figures;
using namespace Qt::StringLiterals;

namespace {

using dokhae::test::findFigure;
using dokhae::test::fixtureText;
using dokhae::test::seedText;

struct Expected {
    const char16_t *figure;
    const char16_t *subject;
    const char16_t *measure; // exact, or the measure key when it starts with '*'
};

void checkFigures(const QString &text, const QList<Expected> &expected)
{
    QVERIFY(!text.isEmpty());
    const QList<Figure> figures = extractFigures(text);
    for (const Expected &row : expected) {
        const QString figureText = QString::fromUtf16(row.figure);
        const Figure *f = findFigure(figures, figureText);
        QVERIFY2(f, qPrintable(figureText));
        QCOMPARE(f->subject, QString::fromUtf16(row.subject));
        const QString measure = QString::fromUtf16(row.measure);
        if (measure.startsWith(u'*'))
            QCOMPARE(measureKey(f->measure), measure.mid(1));
        else
            QCOMPARE(f->measure, measure);
    }
}

} // namespace

class TestFigureContext : public QObject
{
    Q_OBJECT

private slots:
    void subjectAndMeasure_data();
    void subjectAndMeasure();
    void newsConstructions_data();
    void newsConstructions();
    void datesAndDurationsHaveNoMeasure();
    void yearGoesOnWithTheStatement();
    void seedBestpick();
    void seedDialogue();
    void ownBatteryArticle();
};

void TestFigureContext::subjectAndMeasure_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("measure");
    const auto row = [](const char *name, const char16_t *text, const char16_t *figure, const char16_t *subject,
                        const char16_t *measure) {
        QTest::newRow(name) << QString::fromUtf16(text) << QString::fromUtf16(figure) << QString::fromUtf16(subject)
                            << QString::fromUtf16(measure);
    };
    // Subjects after the figure.
    row("located by 에서", u"올해 1분기 스마트폰 출하량의 31%가 인도에서 나왔다.", u"31%", u"인도", u"스마트폰 출하량");
    row("located by 으로부터", u"신규 투자액의 45%가 일본으로부터 들어왔다.", u"45%", u"일본", u"신규 투자액");
    row("claimed by 이/가", u"세계 태양광 모듈 생산량의 80%를 중국이 차지했다.", u"80%", u"중국", u"태양광 모듈 생산량");
    row("described by a relative clause", u"특허 3만 건을 보유한 ‘화웨이’는 유럽 진출을 서두르고 있다.", u"3만 건",
        u"화웨이", u"특허");
    // The owner in front of a category in the genitive; an industry, a frame or an acronym is none.
    row("owner of a category", u"독일 로봇 기업의 매출은 3조 원이었다.", u"3조 원", u"독일", u"매출");
    row("industry owns nothing", u"반도체 기업의 매출은 10조 원이었다.", u"10조 원", u"", u"매출");
    row("frame owns nothing", u"국내 로봇 기업의 매출은 2조 원이었다.", u"2조 원", u"", u"매출");
    row("acronym owns nothing", u"AI 기업의 매출은 5조 원이었다.", u"5조 원", u"", u"매출");
    // A part of a whole: the whole has no subject, the parts share its measure.
    const char16_t *whole = u"등록된 드론은 약 12만 대인데, 그 중 70%인 약 8만 4,000대가 중국에서 제조됐다.";
    row("whole", whole, u"약 12만 대", u"", u"드론");
    row("part in apposition", whole, u"70%", u"중국", u"드론");
    row("part", whole, u"약 8만 4,000대", u"중국", u"드론");
    const char16_t *patents = u"반도체 특허는 약 2만 건이었는데, 이 가운데 40%가 한국에서 출원됐다.";
    row("whole named by its measure", patents, u"약 2만 건", u"", u"반도체 특허");
    row("part of a named whole", patents, u"40%", u"한국", u"반도체 특허");
    // Names beside the figure in parentheses; a measure so written is no subject.
    const char16_t *shares = u"점유율은 삼성전자가 20.1%로 가장 높았고, 애플(18.3%)과 샤오미(13.5%)가 뒤를 이었다.";
    row("marked before", shares, u"20.1%", u"삼성전자", u"점유율");
    row("in parentheses", shares, u"18.3%", u"애플", u"점유율");
    row("in parentheses, second", shares, u"13.5%", u"샤오미", u"점유율");
    row("measure in parentheses", u"화웨이의 매출(약 4조 원)은 전년보다 늘었다.", u"약 4조 원", u"화웨이", u"매출");
    // A list sharing one predicate.
    const char16_t *list = u"서버용 CPU 점유율은 인텔이 61.3%로 선두를 지켰으며, AMD가 24.8%, 암페어는 3.1%에 머물렀다.";
    row("list, first", list, u"61.3%", u"인텔", u"*점유율");
    row("list, second", list, u"24.8%", u"AMD", u"*점유율");
    row("list, third", list, u"3.1%", u"암페어", u"*점유율");
    row("shared predicate names the measure", u"삼성은 30억 달러, SK는 15억 달러를 각각 투자했다.", u"15억 달러",
        u"SK", u"투자");
    // The paragraph's topic, set by a sentence without figures, reset by a new paragraph.
    row("paragraph topic", u"샤오미는 올해 전기차 사업에 속도를 내고 있다. 누적 판매량은 13만 대를 넘어섰다.", u"13만 대를 넘어섰다",
        u"샤오미", u"누적 판매량");
    row("topic ends with the paragraph", u"샤오미는 올해 전기차 사업에 속도를 내고 있다.\n누적 판매량은 13만 대를 넘어섰다.",
        u"13만 대를 넘어섰다", u"", u"누적 판매량");
    row("topic kept over a sentence about it",
        u"BYD는 해외 공장을 늘리고 있다. 매출은 7,770억 위안으로 늘었다. 순이익은 약 400억 위안이었다.", u"약 400억 위안",
        u"BYD", u"순이익");
    row("no topic after a list",
        u"점유율은 한국이 40%, 일본이 30%였다. 영업이익률은 12%로 집계됐다.", u"12%", u"", u"영업이익률");
    row("the sentence's subject goes on in a clause that names nobody",
        u"폭스바겐은 올해 120만 대를 팔았지만 내년에는 150만 대 이상의 판매를 목표로 한다.", u"150만 대 이상",
        u"폭스바겐", u"판매");
    // Words that only frame are never subjects; framing comes off a measure.
    row("world is a scope", u"세계의 AI 반도체 시장 규모는 약 670억 달러로 추산된다.", u"약 670억 달러", u"",
        u"AI 반도체 시장 규모");
    row("a source is no subject", u"가트너에 따르면 클라우드 시장 규모는 5,960억 달러에 달한다.", u"5,960억 달러", u"",
        u"클라우드 시장 규모");
    row("전 세계 comes off", u"전 세계 반도체 매출은 6,270억 달러였다.", u"6,270억 달러", u"", u"반도체 매출");
    row("a comparison stops a measure", u"새 칩셋은 기존 제품 대비 전력 효율이 25% 개선됐다.", u"25%", u"칩셋",
        u"전력 효율");
    row("genitive before a ratio is its base", u"한국의 연구개발 투자액은 일본의 1.5배에 이른다.", u"1.5배", u"한국",
        u"연구개발 투자액");
    row("a modifier of two words", u"중국 정부는 반도체 기금 규모를 3,440억 위안으로 늘렸다.", u"3,440억 위안",
        u"중국 정부", u"반도체 기금 규모");
    row("a name of three words", u"점유율은 알리바바가 36%, 바이두 AI 클라우드가 8%였다.", u"8%", u"바이두 AI 클라우드",
        u"점유율");
    row("a quoted name", u"‘큐웬 3’의 매개변수는 2,350억 개에 이른다.", u"2,350억 개", u"큐웬 3", u"매개변수");
    // Measures: a bare noun before the figure, the noun it is the genitive of, the previous sentence.
    row("bare noun before", u"카카오는 AI 인재 300명을 새로 뽑았다.", u"300명", u"카카오", u"AI 인재");
    row("genitive after", u"네이버는 2,000개 이상의 기업에 클라우드를 공급한다.", u"2,000개 이상", u"네이버", u"기업");
    row("size genitive after", u"알리바바는 500억 위안 규모의 데이터센터 투자를 발표했다.", u"500억 위안", u"알리바바",
        u"데이터센터 투자");
    row("a purpose is no measure", u"정부는 인재 양성을 위해 5,000억 원을 배정했다.", u"5,000억 원", u"정부", u"");
    const char16_t *years = u"2020년 AI 스타트업 투자액의 41%는 미국 몫이었다. 2024년에는 미국 55%, 중국 18%로 바뀌었다.";
    row("previous sentence, same unit", years, u"55%", u"미국", u"AI 스타트업 투자액");
    row("previous sentence, enumerated", years, u"18%", u"중국", u"AI 스타트업 투자액");
    row("conversion", u"영업이익은 20억 달러(약 2조 9,000억 원)였다.", u"약 2조 9,000억 원", u"", u"영업이익");
}

// Constructions of general news, one form per row, with what must stay empty.
void TestFigureContext::newsConstructions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("measure");
    const auto row = [](const char *name, const char16_t *text, const char16_t *figure, const char16_t *subject,
                        const char16_t *measure) {
        QTest::newRow(name) << QString::fromUtf16(text) << QString::fromUtf16(figure) << QString::fromUtf16(subject)
                            << QString::fromUtf16(measure);
    };
    // No fragment is a subject: a bracket's tail, verb forms, a quotation, a connective, a word
    // with its case particle, a clipped word.
    row("bracket tail", u"서울중앙지법 형사5부(박민수 부장판사)는 피고인에게 벌금 500만원을 선고했다.", u"500만원", u"",
        u"벌금");
    row("-다가", u"직원들은 길을 걷다가 행인 3명과 부딪혔다.", u"3명", u"", u"행인");
    row("-아 before 가", u"그는 본사를 찾아가 직원들에게 보상금 2억 원을 요구했다.", u"2억 원", u"", u"");
    row("quotation", u"‘고마워요, 선생님’이라는 글을 2천여 명이 공유했다.", u"2천여 명", u"", u"");
    row("그러고는", u"그러고는 수리비용을 500달러로 올렸다.", u"500달러", u"", u"수리비용");
    row("time word in a list", u"협회는 2022년에는 8곳을, 지난해에는 12곳을 우수 기관으로 선정했다.", u"12곳", u"협회", u"");
    row("또는", u"학생별 또는 팀별로 2회씩 응모할 수 있다.", u"2회", u"", u"");
    row("회계연도", u"지난 회계연도에도 매출은 3조 원에 그쳤다.", u"3조 원", u"", u"매출");
    // What a count counts, known to the lexicon or not; not a list item, an adnominal or a time.
    row("noun before a count", u"집회에는 시민 300여 명이 모였다.", u"300여 명", u"", u"시민");
    row("noun after N개의", u"그 회사는 전국에 450개의 매장을 운영한다.", u"450개", u"", u"매장");
    row("noun before wins over the genitive", u"보고서에 실린 도표 48개의 출처를 확인했다.", u"48개", u"", u"도표");
    row("noun after N개", u"감사원은 4개 공공기관을 점검했다.", u"4개", u"감사원", u"공공기관");
    row("first noun after N개", u"국내 30개 학원 강사 200명이 참여했다.", u"30개", u"", u"학원");
    row("list items are names", u"행사에는 교사 30명, 학부모 45명이 참석했다.", u"45명", u"학부모", u"");
    row("joined list items are names", u"채용된 인원은 교사 12명과 강사 20명이다.", u"20명", u"강사", u"인원");
    row("adnominal is no noun", u"구조대는 남은 3명을 찾고 있다.", u"3명", u"", u"");
    row("time word is no noun", u"지난달 5명이 퇴사했다.", u"5명", u"", u"");
    row("a part stays a figure", u"점검 대상 10곳 중 1곳이 문을 닫았다.", u"1곳", u"", u"점검 대상");
    // A rate named after the list; a rate marked as a subject is the measure.
    const char16_t *rates = u"핀란드가 88%, 덴마크 85%, 독일 80%로 재생에너지에 대한 긍정적인 응답률이 높았다.";
    row("rate after the list", rates, u"85%", u"덴마크", u"응답률");
    row("rate after the list, first", rates, u"88%", u"핀란드", u"응답률");
    row("rate marked as subject", u"은행 대출 금리가 어제 4.2%로 올랐다.", u"4.2%", u"", u"*금리");
    row("the source's data is no subject", u"협회의 연례 조사 자료를 보면 회원사 매출은 8% 줄었다.", u"8%", u"", u"회원사 매출");
    row("another statement's amount", u"삼성은 10억 달러를 투자해 매출이 늘었다.", u"10억 달러", u"삼성", u"");
    // Names of two words, in parentheses or joined by a middle dot; a qualifier in parentheses.
    const char16_t *causes = u"위암 환자(12.5명), 대장암 환자(9.8명)가 뒤를 이었다.";
    row("two words before parentheses", causes, u"12.5명", u"위암 환자", u"");
    row("two words before parentheses, second", causes, u"9.8명", u"대장암 환자", u"");
    row("qualifier in parentheses", u"알뜰 요금제(할인 전 3만원)의 가입자는 늘었다.", u"3만원", u"알뜰 요금제", u"");
    row("middle dot", u"유럽·아시아 노선도 10달러에서 30달러로 오른다.", u"30달러", u"유럽·아시아 노선", u"");
    // 각각: joined names take the figures after it in order; not when the numbers differ.
    const char16_t *each = u"올해 상반기 생수와 탄산수 매출은 각각 12%와 7% 늘었다.";
    row("respectively, first", each, u"12%", u"생수", u"매출");
    row("respectively, second", each, u"7%", u"탄산수", u"매출");
    row("respectively, genitive", u"편의점과 대형마트의 카드 결제 건수가 각각 8.1%, 2.4% 증가했다.", u"2.4%", u"대형마트",
        u"카드 결제 건수");
    row("respectively, numbers differ", u"생수와 탄산수 매출은 각각 12% 늘었다.", u"12%", u"", u"탄산수 매출");
}

void TestFigureContext::newsConstructions()
{
    subjectAndMeasure();
}

void TestFigureContext::subjectAndMeasure()
{
    QFETCH(QString, text);
    QFETCH(QString, figure);
    QFETCH(QString, subject);
    QFETCH(QString, measure);
    const QList<Figure> figures = extractFigures(text);
    const Figure *f = findFigure(figures, figure);
    QVERIFY2(f, qPrintable(figure));
    QCOMPARE(f->subject, subject);
    if (measure.startsWith(u'*'))
        QCOMPARE(measureKey(f->measure), measure.mid(1));
    else
        QCOMPARE(f->measure, measure);
}

void TestFigureContext::datesAndDurationsHaveNoMeasure()
{
    const QList<Figure> figures = extractFigures(u"투자 기간은 3년이며 2026년 3월 매출 규모는 더 커진다."_s);
    QVERIFY(!figures.isEmpty());
    for (const Figure &f : figures) {
        QVERIFY(f.kind == FigureKind::Date || f.kind == FigureKind::Duration);
        QVERIFY2(f.measure.isEmpty(), qPrintable(f.text));
    }
}

// A sentence that goes on with the previous one's statement (same unit, its measure) keeps its year.
void TestFigureContext::yearGoesOnWithTheStatement()
{
    const QList<Figure> figures =
        extractFigures(u"2023년 D램 점유율은 삼성전자가 41%, SK하이닉스가 31%였다. 마이크론은 24%였다."_s);
    const Figure *f = findFigure(figures, u"24%");
    QVERIFY(f);
    QCOMPARE(f->subject, u"마이크론"_s);
    QCOMPARE(f->measure, u"D램 점유율"_s);
    QCOMPARE(f->year.value_or(0), 2023);
}

void TestFigureContext::seedBestpick()
{
    checkFigures(seedText(u"002_9c0bf49b0926ee40.txt"_s),
                 {{u"약 77억 6,000만 달러", u"중국", u"*투자액"},
                  {u"약 11조 원", u"중국", u"*투자액"}, // its conversion
                  {u"14억 달러", u"한국", u"민간 투자액"},
                  {u"672억 달러", u"미국", u"*투자액"},
                  {u"약 5만 4,000건", u"", u"생성형 AI 특허"},
                  {u"70%", u"중국", u"생성형 AI 특허"},
                  {u"약 3만 8,000건", u"중국", u"생성형 AI 특허"},
                  {u"6,710억 개", u"딥시크 V3", u"매개변수"},
                  {u"1,000억 개 이상", u"", u"매개변수"},
                  {u"약 370억 개", u"", u"매개변수"},
                  {u"700억 개", u"라마 2", u"*매개변수"}});
}

void TestFigureContext::seedDialogue()
{
    checkFigures(seedText(u"004_145a81c88e6cac08.txt"_s),
                 {{u"22.6%", u"중국", u"AI 논문 인용 비율"},
                  {u"20.9%", u"유럽", u"AI 논문 인용 비율"},
                  {u"13%", u"미국", u"AI 논문 인용 비율"},
                  {u"69.7%", u"중국", u"AI 특허"},
                  {u"100편", u"", u"논문"},
                  {u"50편", u"미국", u"*논문"},
                  {u"34편", u"중국", u"*논문"},
                  {u"59%", u"미국", u"*연구자"},
                  {u"11%", u"중국", u"*연구자"},
                  {u"42%", u"미국", u"*연구자"},
                  {u"28%", u"중국", u"*연구자"},
                  {u"40개", u"미국", u"AI 모델"},
                  {u"15개", u"중국", u"AI 모델"}});
}

// Our own article on the battery market: every chartable figure's subject and measure.
void TestFigureContext::ownBatteryArticle()
{
    checkFigures(fixtureText(u"battery_market_news.txt"_s),
                 {{u"894.4GWh", u"", u"전기차 배터리 사용량"}, // 전 세계: no owner
                  {u"27.2%", u"", u"전기차 배터리 사용량"},
                  {u"37.9%", u"CATL", u"*점유율"},
                  {u"17.2%", u"BYD", u"*점유율"},
                  {u"10.8%", u"LG에너지솔루션", u"*점유율"},
                  {u"4.4%", u"SK온", u"점유율"},
                  {u"약 670GWh", u"CATL", u"연간 생산능력"}, // the paragraph's topic
                  {u"3,620억 위안", u"CATL", u"매출"},
                  {u"약 69조 원", u"CATL", u"매출"},
                  {u"9.7%", u"CATL", u"매출"},
                  {u"약 507억 위안", u"CATL", u"순이익"},
                  {u"15%", u"CATL", u"순이익"},
                  {u"약 1,700만 대", u"", u"전기차"}, // the whole
                  {u"64%", u"중국", u"전기차"},
                  {u"약 1,100만 대", u"중국", u"전기차"},
                  {u"320만 대", u"유럽", u"전기차"},
                  {u"160만 대", u"미국", u"전기차"},
                  {u"90% 이상", u"중국", u"양극재 출하량"},
                  {u"5.1%", u"한국", u"양극재 출하량"},
                  {u"2.3%", u"일본", u"양극재 출하량"},
                  {u"40억 달러", u"테슬라", u"투자"},
                  {u"20억 유로", u"폭스바겐", u"투자"},
                  {u"427만 대", u"BYD", u"전기차 판매량"},
                  {u"179만 대", u"테슬라", u"전기차 판매량"},
                  {u"41만 대", u"BYD", u"*판매"},
                  {u"80만 대 이상", u"BYD", u"*판매"},
                  {u"약 85%", u"중국", u"*생산능력"},
                  {u"8%", u"유럽", u"*생산능력"},
                  {u"6%", u"미국", u"*생산능력"},
                  {u"14%", u"미국", u"*생산능력"},
                  {u"12%", u"유럽", u"*생산능력"}});
}

QTEST_GUILESS_MAIN(TestFigureContext)
#include "test_figure_context.moc"
