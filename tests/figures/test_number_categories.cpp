// The kinds of Korean number writing that real news text showed the grammar missing (issue 11):
// spaces inside a number, 여 before 만, ranges and bounds in words, ages, units and counters, and
// words that merely contain a numeral. Each row names its category; rows marked "held out" were
// written after the rules, as forms the rules were not written for.
#include "figures/figure.h"
#include "figures/quantity_parser.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace dokhae::figures;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(dokhae::figures::QuantityKind)
Q_DECLARE_METATYPE(dokhae::figures::Bound)
Q_DECLARE_METATYPE(dokhae::figures::FigureKind)

namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN(); // no upper end

bool sameValue(double a, double b)
{
    return std::isnan(a) ? std::isnan(b) : std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestNumberCategories : public QObject
{
    Q_OBJECT

private slots:
    void expressions_data();
    void expressions();
    void figuresInProse_data();
    void figuresInProse();
    void falseFigures_data();
    void falseFigures();
};

// An expression as `dokhae-cli parse` reads it: value, upper end, kind, unit or currency,
// approximate, bound.
void TestNumberCategories::expressions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("valueMax");
    QTest::addColumn<QuantityKind>("kind");
    QTest::addColumn<QString>("unitOrCurrency");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<Bound>("bound");
    using K = QuantityKind;
    const auto row = [](const char *category, const QString &expression) -> QTestData & {
        return QTest::addRow("%s: %s", category, qPrintable(expression)) << expression;
    };
    // Spaces inside a number.
    row("spaces", u"3천 2백만 달러"_s) << 32e6 << kNone << K::Money << u"USD"_s << false << Bound::Eq;
    row("spaces", u"2만 5천 120 달러"_s) << 25120.0 << kNone << K::Money << u"USD"_s << false << Bound::Eq;
    row("spaces", u"8 억 원"_s) << 8e8 << kNone << K::Money << u"KRW"_s << false << Bound::Eq;
    row("spaces", u"12 500"_s) << 12500.0 << kNone << K::Numeral << QString() << false << Bound::Eq;
    row("spaces", u"사 분의 삼"_s) << 0.75 << kNone << K::Fraction << QString() << false << Bound::Eq;
    row("spaces, held out", u"1천 3백만 명"_s) << 13e6 << kNone << K::Count << u"명"_s << false << Bound::Eq;
    row("spaces, held out", u"3천 500만 원"_s) << 35e6 << kNone << K::Money << u"KRW"_s << false << Bound::Eq;
    row("spaces, held out", u"5 조 달러"_s) << 5e12 << kNone << K::Money << u"USD"_s << false << Bound::Eq;
    row("spaces, held out", u"1 234 567명"_s) << 1234567.0 << kNone << K::Count << u"명"_s << false << Bound::Eq;
    row("spaces, held out", u"3 분의 1"_s) << 1.0 / 3 << kNone << K::Fraction << QString() << false << Bound::Eq;
    row("spaces, held out", u"백 한 명"_s) << 101.0 << kNone << K::Count << u"명"_s << false << Bound::Eq;
    // 여 before 만/억/조.
    row("yeo", u"450여만원"_s) << 45e5 << kNone << K::Money << u"KRW"_s << true << Bound::Eq;
    row("yeo", u"3억2천여만원"_s) << 32e7 << kNone << K::Money << u"KRW"_s << true << Bound::Eq;
    row("yeo, held out", u"20여억 달러"_s) << 2e9 << kNone << K::Money << u"USD"_s << true << Bound::Eq;
    row("yeo, held out", u"1억6천400여만원"_s) << 164e6 << kNone << K::Money << u"KRW"_s << true << Bound::Eq;
    row("yeo, held out", u"십여만 명"_s) << 1e5 << kNone << K::Count << u"명"_s << true << Bound::Eq;
    // Ranges and bounds in words.
    row("ranges", u"30에서 50"_s) << 30.0 << 50.0 << K::Numeral << QString() << false << Bound::Range;
    row("ranges", u"10부터 40까지"_s) << 10.0 << 40.0 << K::Numeral << QString() << false << Bound::Range;
    row("ranges", u"5와 8 사이"_s) << 5.0 << 8.0 << K::Numeral << QString() << false << Bound::Range;
    row("ranges", u"200 초과 300 미만"_s) << 200.0 << 300.0 << K::Numeral << QString() << false << Bound::Range;
    row("bounds", u"50보다 크거나 같은"_s) << 50.0 << kNone << K::Numeral << QString() << false << Bound::Ge;
    row("bounds", u"≤15"_s) << 15.0 << kNone << K::Numeral << QString() << false << Bound::Le;
    row("bounds", u"≥15"_s) << 15.0 << kNone << K::Numeral << QString() << false << Bound::Ge;
    row("bounds", u"<15"_s) << 15.0 << kNone << K::Numeral << QString() << false << Bound::Lt;
    row("bounds", u">15"_s) << 15.0 << kNone << K::Numeral << QString() << false << Bound::Gt;
    row("ranges, held out", u"20%에서 30% 사이"_s) << 20.0 << 30.0 << K::Percent << u"%"_s << false << Bound::Range;
    row("ranges, held out", u"2에서 3만 명"_s) << 2e4 << 3e4 << K::Count << u"명"_s << false << Bound::Range;
    row("ranges, held out", u"3천만원 이상~4천만원 이하"_s) << 3e7 << 4e7 << K::Money << u"KRW"_s << false << Bound::Range;
    row("ranges, held out", u"1억 원과 2억 원 사이"_s) << 1e8 << 2e8 << K::Money << u"KRW"_s << false << Bound::Range;
    row("bounds, held out", u"3%보다 낮은"_s) << 3.0 << kNone << K::Percent << u"%"_s << false << Bound::Lt;
    row("bounds, held out", u"10명보다 많은"_s) << 10.0 << kNone << K::Count << u"명"_s << false << Bound::Gt;
    row("bounds, held out", u">= 2억 원"_s) << 2e8 << kNone << K::Money << u"KRW"_s << false << Bound::Ge;
    row("bounds, held out", u"100명보다 적거나 같은"_s) << 100.0 << kNone << K::Count << u"명"_s << false << Bound::Le;
    // Ages.
    row("ages", u"42살"_s) << 42.0 << kNone << K::Count << u"세"_s << false << Bound::Eq;
    row("ages", u"이십 세"_s) << 20.0 << kNone << K::Count << u"세"_s << false << Bound::Eq;
    row("ages, held out", u"서른 살"_s) << 30.0 << kNone << K::Count << u"세"_s << false << Bound::Eq;
    row("ages, held out", u"칠십 세"_s) << 70.0 << kNone << K::Count << u"세"_s << false << Bound::Eq;
    // Units and counters.
    row("units", u"50센트"_s) << 0.5 << kNone << K::Money << u"USD"_s << false << Bound::Eq;
    row("units", u"20펜스"_s) << 0.2 << kNone << K::Money << u"GBP"_s << false << Bound::Eq;
    row("units", u"30피트"_s) << 30.0 << kNone << K::Physical << u"ft"_s << false << Bound::Eq;
    row("units", u"55인치"_s) << 55.0 << kNone << K::Physical << u"in"_s << false << Bound::Eq;
    row("units", u"300에이커"_s) << 300.0 << kNone << K::Physical << u"acre"_s << false << Bound::Eq;
    row("units", u"100만 배럴"_s) << 1e6 << kNone << K::Physical << u"bbl"_s << false << Bound::Eq;
    row("units", u"120 평방 미터"_s) << 120.0 << kNone << K::Physical << u"m²"_s << false << Bound::Eq;
    row("units", u"시속 90킬로미터"_s) << 90.0 << kNone << K::Physical << u"km/h"_s << false << Bound::Eq;
    row("units", u"10량"_s) << 10.0 << kNone << K::Count << u"량"_s << false << Bound::Eq;
    row("units", u"소주 3병"_s.mid(3)) << 3.0 << kNone << K::Count << u"병"_s << false << Bound::Eq;
    row("units", u"다섯 상자"_s) << 5.0 << kNone << K::Count << u"상자"_s << false << Bound::Eq;
    row("units", u"1주일"_s) << 1.0 << kNone << K::Physical << u"week"_s << false << Bound::Eq;
    row("units", u"징역 3년6월"_s.mid(3)) << 3.5 << kNone << K::Physical << u"year"_s << false << Bound::Eq;
    row("units, held out", u"99유로센트"_s) << 0.99 << kNone << K::Money << u"EUR"_s << false << Bound::Eq;
    row("units, held out", u"5페니"_s) << 0.05 << kNone << K::Money << u"GBP"_s << false << Bound::Eq;
    row("units, held out", u"30~50센트"_s) << 0.3 << 0.5 << K::Money << u"USD"_s << false << Bound::Range;
    row("units, held out", u"500 제곱 피트"_s) << 500.0 << kNone << K::Physical << u"ft²"_s << false << Bound::Eq;
    row("units, held out", u"2 입방 미터"_s) << 2.0 << kNone << K::Physical << u"m³"_s << false << Bound::Eq;
    row("units, held out", u"초속 20m"_s) << 20.0 << kNone << K::Physical << u"m/s"_s << false << Bound::Eq;
    row("units, held out", u"세 켤레"_s) << 3.0 << kNone << K::Count << u"켤레"_s << false << Bound::Eq;
    row("units, held out", u"1년 6개월"_s) << 1.5 << kNone << K::Physical << u"year"_s << false << Bound::Eq;
    // A vague quantity word still reads as its span of values as an expression; the extractor
    // leaves it out (falseFigures).
    row("vague", u"수 백 명"_s) << 200.0 << 900.0 << K::Count << u"명"_s << true << Bound::Range;
}

void TestNumberCategories::expressions()
{
    QFETCH(QString, expression);
    QFETCH(double, value);
    QFETCH(double, valueMax);
    QFETCH(QuantityKind, kind);
    QFETCH(QString, unitOrCurrency);
    QFETCH(bool, approximate);
    QFETCH(Bound, bound);

    const auto quantity = parseExpression(expression);
    QVERIFY(quantity);
    QVERIFY2(sameValue(quantity->value, value), qPrintable(QString::number(quantity->value, 'g', 12)));
    QVERIFY2(sameValue(quantity->valueMax.value_or(kNone), valueMax),
             qPrintable(QString::number(quantity->valueMax.value_or(-1), 'g', 12)));
    QCOMPARE(kindName(quantity->kind), kindName(kind));
    QCOMPARE(kind == QuantityKind::Money ? quantity->currency : quantity->unit, unitOrCurrency);
    QCOMPARE(quantity->approximate, approximate);
    QCOMPARE(boundName(quantity->bound), boundName(bound));
}

// A figure the extractor must find in a sentence: as written, its kind, value, unit or currency.
void TestNumberCategories::figuresInProse_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("written");
    QTest::addColumn<FigureKind>("kind");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unitOrCurrency");
    using K = FigureKind;
    const auto row = [](const char *category, const QString &sentence) -> QTestData & {
        return QTest::addRow("%s: %s", category, qPrintable(sentence.left(24))) << sentence;
    };
    row("spaces", u"회사는 3천 2백만 달러를 투자했다."_s) << u"3천 2백만 달러"_s << K::Money << 32e6 << u"USD"_s;
    row("spaces", u"매출은 2만 5천 120 달러였다."_s) << u"2만 5천 120 달러"_s << K::Money << 25120.0 << u"USD"_s;
    row("spaces", u"예산 8 억 원이 편성됐다."_s) << u"8 억 원"_s << K::Money << 8e8 << u"KRW"_s;
    row("spaces", u"관중 12 500명이 모였다."_s) << u"12 500명"_s << K::Count << 12500.0 << u"명"_s;
    row("spaces, held out", u"인구 1천 3백만 명이 산다."_s) << u"1천 3백만 명"_s << K::Count << 13e6 << u"명"_s;
    row("yeo", u"그는 450여만원을 받았다."_s) << u"450여만원"_s << K::Money << 45e5 << u"KRW"_s;
    row("yeo", u"추징금 3억2천여만원을 선고했다."_s) << u"3억2천여만원"_s << K::Money << 32e7 << u"KRW"_s;
    row("yeo, held out", u"피해액은 20여억 원에 이른다."_s) << u"20여억 원"_s << K::Money << 2e9 << u"KRW"_s;
    row("ranges", u"금리는 3%에서 5% 사이다."_s) << u"3%에서 5% 사이"_s << K::Percent << 3.0 << u"%"_s;
    row("ranges", u"연봉 3천만원 이상~4천만원 이하를 희망했다."_s) << u"3천만원 이상~4천만원 이하"_s << K::Money << 3e7
                                                               << u"KRW"_s;
    row("ranges, held out", u"가격은 10만 원부터 20만 원까지다."_s) << u"10만 원부터 20만 원까지"_s << K::Money << 1e5
                                                                  << u"KRW"_s;
    row("ages", u"숨진 부인인 55살 이 모 씨도 식당일을 했다."_s) << u"55살"_s << K::Count << 55.0 << u"세"_s;
    row("ages", u"피의자 홍길동(64)은 혐의를 부인했다."_s) << u"64"_s << K::Count << 64.0 << u"세"_s;
    row("ages, held out", u"강모(48·여)씨를 불구속 입건했다."_s) << u"48"_s << K::Count << 48.0 << u"세"_s;
    row("ages, held out", u"가수 박상민(51) 씨 맏딸이 데뷔했다."_s) << u"51"_s << K::Count << 51.0 << u"세"_s;
    row("units", u"유가는 배럴당 80달러, 산유량은 하루 100만 배럴이다."_s) << u"100만 배럴"_s << K::Quantity << 1e6
                                                                      << u"bbl"_s;
    row("units", u"우표는 50센트다."_s) << u"50센트"_s << K::Money << 0.5 << u"USD"_s;
    row("units", u"전용면적 120 평방 미터의 아파트"_s) << u"120 평방 미터"_s << K::Quantity << 120.0 << u"m²"_s;
    row("units", u"차량은 시속 90킬로미터로 달렸다."_s) << u"시속 90킬로미터"_s << K::Quantity << 90.0 << u"km/h"_s;
    row("ages", u"20대 남성이 가장 많았다."_s) << u"20대"_s << K::Count << 20.0 << u"세"_s;
    row("ages, held out", u"30대 후반 직장인이 몰렸다."_s) << u"30대"_s << K::Count << 30.0 << u"세"_s;
    row("ages, held out", u"60대 이상 가구주의 소득이 줄었다."_s) << u"60대 이상"_s << K::Count << 60.0 << u"세"_s;
    row("units, held out", u"경찰은 20대 차량을 동원했다."_s) << u"20대"_s << K::Count << 20.0 << u"대"_s;
    row("units", u"전동차 10량이 멈췄다."_s) << u"10량"_s << K::Count << 10.0 << u"량"_s;
    row("units", u"사과 5상자와 생수 20병을 보냈다."_s) << u"20병"_s << K::Count << 20.0 << u"병"_s;
    row("units", u"실험은 1주일간 실시됐다."_s) << u"1주일"_s << K::Duration << 1.0 << u"week"_s;
    row("units", u"징역 3년6월을 선고했다."_s) << u"3년6월"_s << K::Duration << 3.5 << u"year"_s;
    row("units, held out", u"농장 300에이커가 불탔다."_s) << u"300에이커"_s << K::Quantity << 300.0 << u"acre"_s;
}

void TestNumberCategories::figuresInProse()
{
    QFETCH(QString, sentence);
    QFETCH(QString, written);
    QFETCH(FigureKind, kind);
    QFETCH(double, value);
    QFETCH(QString, unitOrCurrency);
    const QList<Figure> figures = extractFigures(sentence);
    const auto found = std::find_if(figures.begin(), figures.end(), [&](const Figure &f) { return f.text == written; });
    QStringList all;
    for (const Figure &f : figures)
        all << f.text;
    QVERIFY2(found != figures.end(), qPrintable(u"found only: "_s + all.join(u" | ")));
    QCOMPARE(figureKindName(found->kind), figureKindName(kind));
    QVERIFY2(sameValue(found->value, value), qPrintable(QString::number(found->value, 'g', 12)));
    QCOMPARE(kind == FigureKind::Money ? found->currency : found->unit, unitOrCurrency);
}

// Words that contain a numeral, or numbers that name rather than count: no figure may touch them.
void TestNumberCategories::falseFigures_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("word");
    const auto row = [](const char *category, const QString &sentence, const QString &word) {
        QTest::addRow("%s: %s", category, qPrintable(word)) << sentence << word;
    };
    row("words", u"눈여겨볼 만한 대목이다."_s, u"만한"_s);
    row("words, held out", u"집채만한 파도가 덮쳤다."_s, u"만한"_s);
    row("words, held out", u"그는 억세게 운이 좋았다."_s, u"억세게"_s);
    row("models", u"아이폰15도 출시됐다."_s, u"아이폰15도"_s);
    row("models", u"윈도11 업데이트가 나왔다."_s, u"윈도11"_s);
    row("models", u"갤럭시S24 판매가 늘었다."_s, u"갤럭시S24"_s);
    row("models, held out", u"갤럭시노트7도 단종됐다."_s, u"갤럭시노트7도"_s);
    row("models, held out", u"언프리티랩스타 시즌2에서 놀랄만한 무대를 선보였다."_s, u"시즌2"_s);
    row("vague", u"수 백 명이 모였다."_s, u"수 백 명"_s);
    row("vague", u"수 십 명이 다쳤다."_s, u"수 십 명"_s);
    row("vague", u"수천 명의 회원을 대표한다."_s, u"수천 명"_s);
    row("vague, held out", u"자금 수십억원을 빼돌렸다."_s, u"수십억원"_s);
    row("vague, held out", u"차량 수십 대를 대피시켰다."_s, u"수십 대"_s);
    row("vague, held out", u"몇천 명이 다녀갔다."_s, u"몇천 명"_s);
    row("terms", u"22대 국회가 개원했다."_s, u"22대"_s);
    row("terms, held out", u"17대 대선에서 승리했다."_s, u"17대"_s);
    row("terms, held out", u"그는 제3대 회장에 올랐다."_s, u"제3대"_s);
    row("terms, held out", u"3대 총장으로 취임했다."_s, u"3대"_s);
    row("sentences", u"징역 3년6월을 선고했다."_s, u"6월"_s);
    row("sentences, held out", u"징역 1년6월에 집행유예 2년을 선고했다."_s, u"6월"_s);
}

void TestNumberCategories::falseFigures()
{
    QFETCH(QString, sentence);
    QFETCH(QString, word);
    const qsizetype at = sentence.indexOf(word);
    QVERIFY(at >= 0);
    for (const Figure &f : extractFigures(sentence)) {
        const bool inside = f.start >= at && f.end <= at + word.size();
        const bool touches = f.start < at + word.size() && at < f.end;
        // 3년6월 as one length of time is allowed to cover 6월; a date of June is not.
        if (word == u"6월" && f.kind == FigureKind::Duration)
            continue;
        QVERIFY2(!(inside || touches), qPrintable(word + u" read as "_s + f.text + u" ("_s + figureKindName(f.kind) + u')'));
    }
}

QTEST_GUILESS_MAIN(TestNumberCategories)
#include "test_number_categories.moc"
