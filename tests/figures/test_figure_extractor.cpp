// The figure extractor on the four seed articles (every money, percent and count figure, and the
// names and codes that must not be figures) and on news text of our own with other forms.
// The expectation lists were made by reading the articles; the values come from the code.
#include "figure_test_texts.h"
#include "figures/figure.h"

#include <QTest>

using namespace dokhae::figures;
using namespace Qt::StringLiterals;

namespace {

using dokhae::test::findFigure;
using dokhae::test::fixtureText;
using dokhae::test::seedText;

struct Expected
{
    const char16_t *text; // as written in the reading text, qualifiers included
    FigureKind kind;
    double value;
    const char16_t *unitOrCurrency;
    bool approximate = false;
    Bound bound = Bound::Eq;
};

using K = FigureKind;

bool isChartable(FigureKind kind)
{
    return kind == K::Money || kind == K::Percent || kind == K::Count;
}

// Every expected figure is found with its value, unit or currency and qualifiers; no money,
// percent or count figure is found that the list lacks; no figure touches a non-figure.
void checkSeed(const QString &file, const QList<Expected> &expected, const QStringList &nonFigures)
{
    const QString text = seedText(file);
    QVERIFY2(!text.isEmpty(), qPrintable(file));
    const QList<Figure> figures = extractFigures(text);
    int found = 0;
    for (const Expected &e : expected) {
        const Figure *f = findFigure(figures, QStringView(e.text));
        QVERIFY2(f, qPrintable(u"not found: "_s + QString::fromUtf16(e.text)));
        const QString what = QString::fromUtf16(e.text);
        QCOMPARE(f->kind, e.kind);
        QVERIFY2(qFuzzyCompare(f->value, e.value), qPrintable(what + u" value "_s + QString::number(f->value, 'g', 15)));
        QCOMPARE(f->kind == K::Money ? f->currency : f->unit, QString::fromUtf16(e.unitOrCurrency));
        QVERIFY2(f->approximate == e.approximate, qPrintable(what));
        QVERIFY2(f->bound == e.bound, qPrintable(what));
        QCOMPARE(text.mid(f->start, f->end - f->start), f->text);
        ++found;
    }
    int chartable = 0;
    for (const Figure &f : figures) {
        if (!isChartable(f.kind))
            continue;
        ++chartable;
        const bool listed = std::any_of(expected.begin(), expected.end(),
                                        [&](const Expected &e) { return f.text == QStringView(e.text); });
        QVERIFY2(listed, qPrintable(u"unexpected figure: "_s + f.text));
    }
    QCOMPARE(chartable, found);
    for (const QString &word : nonFigures) {
        const qsizetype at = text.indexOf(word);
        QVERIFY2(at >= 0, qPrintable(u"not in the seed: "_s + word));
        for (const Figure &f : figures)
            QVERIFY2(f.end <= at || f.start >= at + word.size(), qPrintable(word + u" read as "_s + f.text));
    }
}

} // namespace

class TestFigureExtractor : public QObject
{
    Q_OBJECT

private slots:
    void seedColumn();
    void seedHelloT();
    void seedBestpick();
    void seedDialogue();
    void chartFiguresHaveSubjectAndYear();
    void conversionsAreLinkedWithTheirRate();
    void statedRateIsTheMedianEitherWayRound();
    void ownNewsText();
    void datesAreKeptApartFromDurations();
    void bareLargeNumbersAreCounts();
    void notFiguresInProse_data();
    void notFiguresInProse();
    void displayFollowsTheLanguage();
    void spansAreWellFormedForAnyInput();
    void aLongSentenceIsQuotedAroundTheFigure();
};

void TestFigureExtractor::seedColumn()
{
    checkSeed(u"000_049ac055fd958cc1.txt"_s,
              {{u"2회", K::Count, 2, u"회"},
               {u"6개", K::Count, 6, u"개"},
               {u"여섯마리", K::Count, 6, u"마리"},
               {u"5억 위안", K::Money, 5e8, u"CNY"},
               {u"약 957억원", K::Money, 9.57e10, u"KRW", true},
               {u"두 차례", K::Count, 2, u"차례"}},
              {u"4족"_s, u"3D"_s, u"1부"_s, u"몇 차례"_s, u"이번"_s, u"한때"_s});
}

void TestFigureExtractor::seedHelloT()
{
    checkSeed(u"001_f4d327ceaa89a947.txt"_s,
              {{u"10%", K::Percent, 10, u"%"},
               {u"3981억 위안", K::Money, 3.981e11, u"CNY"},
               {u"약 80조 원", K::Money, 8e13, u"KRW", true},
               {u"800조 원 이상", K::Money, 8e14, u"KRW", false, Bound::Ge},
               {u"3800억 위안", K::Money, 3.8e11, u"CNY"},
               {u"약 75조 원", K::Money, 7.5e13, u"KRW", true},
               {u"30% 이상", K::Percent, 30, u"%", false, Bound::Ge},
               {u"1000만 원 이상", K::Money, 1e7, u"KRW", false, Bound::Ge}},
              {u"6세대"_s, u"6G"_s, u"5G"_s, u"어니 X1"_s, u"어니 4.5"_s, u"R&D"_s});
}

void TestFigureExtractor::seedBestpick()
{
    checkSeed(u"002_9c0bf49b0926ee40.txt"_s,
              {{u"1,339곳", K::Count, 1339, u"곳"},
               {u"약 6,000억 위안", K::Money, 6e11, u"CNY", true},
               {u"약 120조 원", K::Money, 1.2e14, u"KRW", true},
               {u"약 4,700개", K::Count, 4700, u"개", true},
               {u"약 77억 6,000만 달러", K::Money, 7.76e9, u"USD", true},
               {u"약 11조 원", K::Money, 1.1e13, u"KRW", true},
               {u"14억 달러", K::Money, 1.4e9, u"USD"},
               {u"672억 달러", K::Money, 6.72e10, u"USD"},
               {u"약 97조 5,000억 원", K::Money, 9.75e13, u"KRW", true},
               {u"약 5만 4,000건", K::Count, 54000, u"건", true},
               {u"70%", K::Percent, 70, u"%"},
               {u"약 3만 8,000건", K::Count, 38000, u"건", true},
               {u"약 200개", K::Count, 200, u"개", true},
               {u"6,710억 개", K::Count, 6.71e11, u"개"},
               {u"558만 달러", K::Money, 5.58e6, u"USD"},
               {u"약 81억 원", K::Money, 8.1e9, u"KRW", true},
               {u"약 370억 개", K::Count, 3.7e10, u"개", true},
               {u"1,000억 개 이상", K::Count, 1e11, u"개", false, Bound::Ge},
               {u"700억 개", K::Count, 7e10, u"개"},
               {u"100개 이상", K::Count, 100, u"개", false, Bound::Ge},
               {u"3곳", K::Count, 3, u"곳"},
               {u"2,400곳이 넘는다고", K::Count, 2400, u"곳", false, Bound::Gt},
               {u"3000억 위안", K::Money, 3e11, u"CNY"},
               {u"약 60조 원", K::Money, 6e13, u"KRW", true},
               {u"10개 이상", K::Count, 10, u"개", false, Bound::Ge},
               {u"2조 위안 이상", K::Money, 2e12, u"CNY", false, Bound::Ge},
               {u"최대 5억 위안", K::Money, 5e8, u"CNY", false, Bound::Le},
               {u"약 1,000억 원", K::Money, 1e11, u"KRW", true},
               {u"2~3만 명", K::Count, 20000, u"명", false, Bound::Range},
               {u"500곳", K::Count, 500, u"곳"}},
              {u"CES 2025"_s, u"Step 1"_s, u"Step 2"_s, u"Step 3"_s, u"딥시크 V3"_s, u"Qwen 2.5"_s, u"GPT-4"_s,
               u"4.0 버전"_s, u"(Lama) 2"_s, u"NO.1"_s, u"👍"_s});
    const QList<Figure> figures = extractFigures(seedText(u"002_9c0bf49b0926ee40.txt"_s));
    QCOMPARE(findFigure(figures, u"2~3만 명")->valueMax.value_or(0), 30000.0);
    QCOMPARE(findFigure(figures, u"2위")->kind, K::Rank);
    QCOMPARE(findFigure(figures, u"9배")->kind, K::Ratio);
}

void TestFigureExtractor::seedDialogue()
{
    checkSeed(u"004_145a81c88e6cac08.txt"_s,
              {{u"22.6%", K::Percent, 22.6, u"%"},
               {u"20.9%", K::Percent, 20.9, u"%"},
               {u"13%", K::Percent, 13, u"%"},
               {u"69.7%", K::Percent, 69.7, u"%"},
               {u"100편", K::Count, 100, u"편"},
               {u"50편", K::Count, 50, u"편"},
               {u"34편", K::Count, 34, u"편"},
               {u"59%", K::Percent, 59, u"%"},
               {u"11%", K::Percent, 11, u"%"},
               {u"42%", K::Percent, 42, u"%"},
               {u"28%", K::Percent, 28, u"%"},
               {u"40개", K::Count, 40, u"개"},
               {u"15개", K::Count, 15, u"개"}},
              {u"21세기"_s, u"H-1B"_s, u"딥시크 V3"_s, u"큐웬 2.5-맥스"_s, u"보고서 2025"_s, u"이 점"_s});
}

// The figures a later chart groups: the 2023 private AI investment gap and citation shares.
void TestFigureExtractor::chartFiguresHaveSubjectAndYear()
{
    struct Row { const char16_t *text; const char16_t *subject; int year; };
    const QList<Row> investment{{u"672억 달러", u"미국", 2023}, {u"약 77억 6,000만 달러", u"중국", 2023},
                                {u"14억 달러", u"한국", 2023}, {u"약 6,000억 위안", u"중국", 2023}};
    const QList<Figure> bestpick = extractFigures(seedText(u"002_9c0bf49b0926ee40.txt"_s));
    for (const Row &row : investment) {
        const Figure *f = findFigure(bestpick, QStringView(row.text));
        QVERIFY(f);
        QCOMPARE(f->subject, QString::fromUtf16(row.subject));
        QCOMPARE(f->year.value_or(0), row.year);
    }
    const QList<Row> shares{{u"22.6%", u"중국", 2023}, {u"20.9%", u"유럽", 2023}, {u"13%", u"미국", 2023},
                            {u"69.7%", u"중국", 2023}, {u"50편", u"미국", 2023}, {u"34편", u"중국", 2023},
                            {u"11%", u"중국", 2019},   {u"42%", u"미국", 2022}, {u"28%", u"중국", 2022},
                            {u"15개", u"중국", 2024}};
    const QList<Figure> dialogue = extractFigures(seedText(u"004_145a81c88e6cac08.txt"_s));
    for (const Row &row : shares) {
        const Figure *f = findFigure(dialogue, QStringView(row.text));
        QVERIFY(f);
        QCOMPARE(f->subject, QString::fromUtf16(row.subject));
        QCOMPARE(f->year.value_or(0), row.year);
        QVERIFY(f->sentenceStart <= f->start && f->end <= f->sentenceEnd);
    }
    // A sentence without a year of its own has none, unless it says 같은 기간 or 같은 해.
    QVERIFY(!findFigure(dialogue, u"100편")->year);
    QVERIFY(!findFigure(bestpick, u"약 200개")->year);
}

void TestFigureExtractor::conversionsAreLinkedWithTheirRate()
{
    const QList<Figure> figures = extractFigures(seedText(u"002_9c0bf49b0926ee40.txt"_s));
    const Figure *usd = findFigure(figures, u"672억 달러");
    const Figure *krw = findFigure(figures, u"약 97조 5,000억 원");
    QVERIFY(usd && krw);
    QCOMPARE(figures.at(krw->converts).text, usd->text);
    QVERIFY(qAbs(*krw->impliedRate - 97.5e12 / 6.72e10) < 1e-6);
    QCOMPARE(krw->subject, u"미국"_s);
    QCOMPARE(usd->converts, -1);
    int conversions = 0;
    for (const Figure &f : figures) {
        conversions += f.converts >= 0;
        QVERIFY2(!f.rateDisagrees, qPrintable(f.text)); // 1417.5 is within 5% of 1450.9
    }
    QCOMPARE(conversions, 6);
}

// Our own text: other forms than the seeds (ranges, 이상/미만, %p, 조 원, 엔/유로, native
// counters, dates and durations, a conversion at a stray rate) and the usual non-figures.
void TestFigureExtractor::ownNewsText()
{
    const QString text = fixtureText(u"non_seed_news.txt"_s);
    QVERIFY(!text.isEmpty());
    const QList<Figure> figures = extractFigures(text);
    const Figure *range = findFigure(figures, u"5억~7억 달러");
    QVERIFY(range);
    QCOMPARE(range->bound, Bound::Range);
    QCOMPARE(range->value, 5e8);
    QCOMPARE(range->valueMax.value_or(0), 7e8);
    QCOMPARE(range->subject, u"화웨이"_s);
    QCOMPARE(findFigure(figures, u"3.5%p")->kind, K::PercentagePoint);
    QCOMPARE(findFigure(figures, u"1조 2,000억 원을 넘었고")->bound, Bound::Gt);
    QCOMPARE(findFigure(figures, u"1조 엔")->currency, u"JPY"_s);
    QCOMPARE(findFigure(figures, u"20억 유로")->currency, u"EUR"_s);
    QCOMPARE(findFigure(figures, u"20억 유로")->subject, u"독일 지멘스"_s);
    QCOMPARE(findFigure(figures, u"세 곳")->value, 3.0);
    QCOMPARE(findFigure(figures, u"다섯 명")->value, 5.0);
    QVERIFY(findFigure(figures, u"120여 명")->approximate);
    QCOMPARE(findFigure(figures, u"18개월 미만")->bound, Bound::Lt);
    QCOMPARE(findFigure(figures, u"18개월 미만")->kind, K::Duration);
    QCOMPARE(findFigure(figures, u"30~40%")->valueMax.value_or(0), 40.0);
    QCOMPARE(findFigure(figures, u"17%")->subject, u"한국"_s);
    QCOMPARE(findFigure(figures, u"12%")->subject, u"샤오미"_s); // past 출하량이 and 기간보다
    QCOMPARE(findFigure(figures, u"US$71억")->currency, u"USD"_s);
    QCOMPARE(findFigure(figures, u"US$71억")->value, 7.1e9);
    QVERIFY(findFigure(figures, u"3,000억 달러 안팎")->approximate);
    QCOMPARE(findFigure(figures, u"65억 달러")->converts, -1); // same currency: no conversion
    QCOMPARE(findFigure(figures, u"42.195km")->unit, u"km"_s);
    QVERIFY(findFigure(figures, u"7곳")->subject.isEmpty()); // no topic of the previous sentence
    QCOMPARE(findFigure(figures, u"62%")->subject, u"대만"_s);
    // Three dollar conversions: 1441 and 1440 won agree, 1200 is more than 5% off.
    QVERIFY(findFigure(figures, u"약 12조 원")->rateDisagrees);
    QVERIFY(!findFigure(figures, u"약 4,900조 원")->rateDisagrees);
    QVERIFY(!findFigure(figures, u"약 7조 2,000억 원")->rateDisagrees);
    QVERIFY(!findFigure(figures, u"약 9조 원")->rateDisagrees); // yen: a pair of its own
    QCOMPARE(*findFigure(figures, u"약 9조 원")->impliedRate, 9.0);
    const qsizetype lastLine = text.indexOf(u"Step 1.");
    for (const Figure &f : figures) {
        QVERIFY2(f.start < lastLine, qPrintable(f.text)); // models, codes, phone and address numbers
        for (const QString &word : {u"천천히"_s, u"삼성"_s, u"구글"_s, u"조용히"_s, u"만났다"_s, u"백화점"_s})
            QVERIFY2(!f.text.contains(word), qPrintable(f.text));
    }
}

void TestFigureExtractor::datesAreKeptApartFromDurations()
{
    const QString text = fixtureText(u"non_seed_news.txt"_s);
    const QList<Figure> figures = extractFigures(text);
    QCOMPARE(findFigure(figures, u"10일")->kind, K::Date);          // 지난 10일
    QCOMPARE(findFigure(figures, u"3일")->kind, K::Duration);       // 3일간
    const Figure *tenDays = findFigure(figures, u"10일", text.indexOf(u"10일 만에"));
    QVERIFY(tenDays);
    QCOMPARE(tenDays->kind, K::Duration);
    QCOMPARE(findFigure(figures, u"2025.3.1")->isoDate, u"2025-03-01"_s);
    QCOMPARE(findFigure(figures, u"1분기")->kind, K::Date);
    QCOMPARE(findFigure(figures, u"17일")->kind, K::Date);          // 17일 밝혔다
    QCOMPARE(findFigure(figures, u"5년")->kind, K::Duration);       // 5년 새
    QVERIFY(!findFigure(figures, u"30분"));                         // 오후 3시 30분: a time of day
    QVERIFY(!findFigure(figures, u"2,650.3"));                      // a bare index value

    const QList<Figure> column = extractFigures(seedText(u"000_049ac055fd958cc1.txt"_s));
    QCOMPARE(findFigure(column, u"6월 10일")->isoDate, u"--06-10"_s);
    QCOMPARE(findFigure(column, u"2024년 3월")->isoDate, u"2024-03"_s);
    QCOMPARE(findFigure(column, u"6개월")->kind, K::Duration);
    QCOMPARE(findFigure(column, u"10년")->kind, K::Duration);
    QCOMPARE(findFigure(column, u"2015년")->kind, K::Date);
    const QList<Figure> bestpick = extractFigures(seedText(u"002_9c0bf49b0926ee40.txt"_s));
    QCOMPARE(findFigure(bestpick, u"2014~2023년")->isoDate, u"2014/2023"_s);
    QCOMPARE(findFigure(bestpick, u"2-3년")->kind, K::Duration);
    QCOMPARE(findFigure(bestpick, u"2-3년")->valueMax.value_or(0), 3.0);
    const QList<Figure> dialogue = extractFigures(seedText(u"004_145a81c88e6cac08.txt"_s));
    QCOMPARE(findFigure(dialogue, u"2023년 11월~2025년 9월")->isoDate, u"2023-11/2025-09"_s);
    QCOMPARE(findFigure(dialogue, u"200년 넘는")->kind, K::Duration);
    QVERIFY(findFigure(dialogue, u"20여 년")->approximate);
}

// 인구 14억: a number with 만/억/조 and no counter still counts something; CES 2025 does not.
void TestFigureExtractor::bareLargeNumbersAreCounts()
{
    const QList<Figure> figures = extractFigures(u"인구 14억의 중국과 CES 2025, 어니 4.5."_s);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().kind, K::Count);
    QCOMPARE(figures.first().value, 1.4e9);
    QCOMPARE(displayValue(figures.first(), u"en"_s), u"1.4 billion"_s);
}

void TestFigureExtractor::notFiguresInProse_data()
{
    QTest::addColumn<QString>("sentence");
    const char16_t *sentences[] = {
        u"딥시크 V3와 어니 4.5, Qwen 2.5, GPT-4가 경쟁한다.",
        u"CES 2025에서 H-1B 비자와 6G 기술이 논의됐다.",
        u"문의는 02-1234-5678로 하면 된다.",
        u"사업자등록번호 123-45-67890, 서울시 중구 세종대로 110.",
        u"Step 1. 설치 Step 2. 실행",
        u"그는 천천히 걸어가 백화점에서 삼성과 구글 관계자를 조용히 만났다.",
        u"이번 일은 구조적인 문제이며 오늘 이 점을 다시 짚는다.",
        u"아이폰 16 프로와 갤럭시 S25가 나란히 출시됐다.",
        u"그는 구조된 선원 중 한 명이다.",       // one of a group counts nothing
        u"기호 3번 후보가 토론회에 나섰다.",     // a ballot number is a label
    };
    for (const char16_t *s : sentences)
        QTest::newRow(qPrintable(QString::fromUtf16(s).left(12))) << QString::fromUtf16(s);
}

void TestFigureExtractor::notFiguresInProse()
{
    QFETCH(QString, sentence);
    const QList<Figure> figures = extractFigures(sentence);
    for (const Figure &f : figures)
        QFAIL(qPrintable(u"read as a figure: "_s + f.text));
}

void TestFigureExtractor::displayFollowsTheLanguage()
{
    const QList<Figure> figures = extractFigures(
        u"미국은 672억 달러, 중국은 약 77억 6,000만 달러, 정부는 3981억 위안(약 80조 원)을 썼다. "
        u"중국이 22.6%로 1위였고 기업 1,339곳과 5만 4,000명이 참여했다. 예산은 2조 위안 이상이다. "
        u"대회는 10년간 2~3만 명이 찾았다."_s);
    const auto show = [&](QStringView text, const char *language) {
        const Figure *f = findFigure(figures, text);
        return f ? displayValue(*f, QLatin1String(language)) : QString();
    };
    QCOMPARE(show(u"672억 달러", "ko"), u"672억 달러"_s);
    QCOMPARE(show(u"672억 달러", "en"), u"$67.2 billion"_s);
    QCOMPARE(show(u"약 77억 6,000만 달러", "ko"), u"약 77억 6,000만 달러"_s);
    QCOMPARE(show(u"약 77억 6,000만 달러", "en"), u"about $7.76 billion"_s);
    QCOMPARE(show(u"3981억 위안", "ko"), u"3,981억 위안"_s);
    QCOMPARE(show(u"3981억 위안", "en"), u"CN¥398.1 billion"_s);
    QCOMPARE(show(u"약 80조 원", "en"), u"about ₩80 trillion"_s);
    QCOMPARE(show(u"22.6%", "ko"), u"22.6%"_s);
    QCOMPARE(show(u"22.6%", "en"), u"22.6%"_s);
    QCOMPARE(show(u"1,339곳", "ko"), u"1,339곳"_s);
    QCOMPARE(show(u"1,339곳", "en"), u"1,339"_s);
    QCOMPARE(show(u"5만 4,000명", "en"), u"54,000 people"_s);
    QCOMPARE(show(u"2조 위안 이상", "ko"), u"2조 위안 이상"_s);
    QCOMPARE(show(u"2조 위안 이상", "en"), u"at least CN¥2 trillion"_s);
    QCOMPARE(show(u"10년", "en"), u"10 years"_s);
    QCOMPARE(show(u"2~3만 명", "ko"), u"2만~3만 명"_s);
    QCOMPARE(show(u"1위", "en"), u"No. 1"_s);
    const QList<Figure> more = extractFigures(u"환율은 1,380원, 코스는 42.195km였다."_s);
    QCOMPARE(displayValue(more.at(0), u"ko"_s), u"1,380원"_s);
    QCOMPARE(displayValue(more.at(0), u"en"_s), u"₩1,380"_s);
    QCOMPARE(displayValue(more.at(1), u"en"_s), u"42.195 km"_s);
}

// Whatever the input, spans lie inside the text, in order, and repeat what they cover.
void TestFigureExtractor::spansAreWellFormedForAnyInput()
{
    const QString alphabet = u"0123456789 ,.~-%()약억만조원달러위안명곳개년월일이상미만배"_s;
    quint32 seed = 12345;
    for (int round = 0; round < 400; ++round) {
        QString text;
        for (int i = 0; i < 40; ++i) {
            seed = seed * 1103515245u + 12345u;
            text += alphabet[int((seed >> 16) % quint32(alphabet.size()))];
        }
        qsizetype previousStart = -1;
        const QList<Figure> figures = extractFigures(text);
        for (const Figure &f : figures) {
            QVERIFY(f.start >= 0 && f.start < f.end && f.end <= text.size());
            QVERIFY(f.start >= previousStart);
            QCOMPARE(text.mid(f.start, f.end - f.start), f.text);
            QVERIFY(f.converts < 0 || (f.converts < figures.size() && figures[f.converts].end <= f.start));
            previousStart = f.start;
        }
    }
}

// The rate an article states: the median of its conversions of a pair, whichever currency comes
// first in the text, so that one stray conversion does not move it.
void TestFigureExtractor::statedRateIsTheMedianEitherWayRound()
{
    const QString text = u"A사는 1조 원(약 7억 달러)을, B사는 14억 달러(약 2조 원)를, C사는 10억 달러(약 1조 5,000억 원)를 "
                         u"투자했다."_s;
    const QList<Figure> found = extractFigures(text);
    const auto perDollar = statedRate(found, u"USD"_s, u"KRW"_s);
    QVERIFY(perDollar);
    QVERIFY2(std::abs(*perDollar - 1e12 / 7e8) < 0.01, qPrintable(QString::number(*perDollar)));
    const auto perWon = statedRate(found, u"KRW"_s, u"USD"_s);
    QVERIFY(perWon);
    QVERIFY(std::abs(*perWon * *perDollar - 1.0) < 1e-9);
    QCOMPARE(statedRate(found, u"USD"_s, u"CNY"_s), std::nullopt);
    QCOMPARE(statedRate(found, u"USD"_s, u"USD"_s), std::nullopt);
}

// A chart point, a CSV row and a tooltip quote a figure's sentence; of a sentence that runs on
// (thousands of figures, no full stop) only the passage around the figure, so that the sentence
// is not copied once per figure.
void TestFigureExtractor::aLongSentenceIsQuotedAroundTheFigure()
{
    const QString shortText = u"중국은 22.6%를 차지했다. 미국은 13%를 차지했다."_s;
    const QList<Figure> few = extractFigures(shortText);
    QCOMPARE(few.size(), 2);
    const QuotedPassage first = quotedPassage(few.first(), shortText);
    QCOMPARE(shortText.mid(first.start, first.end - first.start), u"중국은 22.6%를 차지했다."_s);
    QVERIFY(!first.clipped);
    const QuotedPassage second = quotedPassage(few.last(), shortText);
    QCOMPARE(shortText.mid(second.start, second.end - second.start), u"미국은 13%를 차지했다."_s);

    const QString longText = u"3.5%와 "_s.repeated(2000);
    const QList<Figure> many = extractFigures(longText);
    QCOMPARE(many.size(), 2000);
    for (const int index : {0, 1000, 1999}) {
        const Figure &figure = many.at(index);
        QCOMPARE(figure.sentenceEnd - figure.sentenceStart >= longText.size() - 1, true); // one sentence
        const QuotedPassage passage = quotedPassage(figure, longText);
        QVERIFY(passage.clipped);
        QVERIFY(passage.end - passage.start <= kMaxQuotedPassage);
        QVERIFY(passage.start <= figure.start && figure.end <= passage.end);
        QVERIFY(!longText.at(passage.start).isSpace() && !longText.at(passage.end - 1).isSpace());
    }
}

QTEST_GUILESS_MAIN(TestFigureExtractor)
#include "test_figure_extractor.moc"
