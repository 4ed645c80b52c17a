// Our own cases for the number grammar: the seed articles' expressions, the forms the issue and
// design.md name, and what running prose must not yield (tests/figures/test_peer_conformance.cpp
// holds the peers' suites).
#include "figures/quantity_parser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace dokhae::figures;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(dokhae::figures::QuantityKind)
Q_DECLARE_METATYPE(dokhae::figures::Bound)

class TestNumberGrammar : public QObject
{
    Q_OBJECT

private slots:
    void expressions_data();
    void expressions();
    void valuesAreBuiltExactly();
    void rangesShareTheirUnit_data();
    void rangesShareTheirUnit();
    void notAnExpression_data();
    void notAnExpression();
    void proseRefusesWordsAndCodes_data();
    void proseRefusesWordsAndCodes();
    void proseFigures_data();
    void proseFigures();
    void bareDigitsAreLeftToTheExtractor();
    void proseSpansPointIntoTheText();
    void findsEveryFigureOfASentence();
    void spansAreWellFormedForAnyInput();
};

void TestNumberGrammar::expressions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("value");
    QTest::addColumn<QuantityKind>("kind");
    QTest::addColumn<QString>("unitOrCurrency");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<Bound>("bound");
    using K = QuantityKind;
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
    // The seed articles.
    row("약 77억 6,000만 달러") << u"약 77억 6,000만 달러"_s << 7760000000.0 << K::Money << u"USD"_s << true << Bound::Eq;
    row("672억 달러") << u"672억 달러"_s << 67200000000.0 << K::Money << u"USD"_s << false << Bound::Eq;
    row("약 97조 5,000억 원") << u"약 97조 5,000억 원"_s << 97500000000000.0 << K::Money << u"KRW"_s << true << Bound::Eq;
    row("14억 달러") << u"14억 달러"_s << 1400000000.0 << K::Money << u"USD"_s << false << Bound::Eq;
    row("22.6%") << u"22.6%"_s << 22.6 << K::Percent << u"%"_s << false << Bound::Eq;
    row("3981억 위안") << u"3981억 위안"_s << 398100000000.0 << K::Money << u"CNY"_s << false << Bound::Eq;
    row("1,339곳") << u"1,339곳"_s << 1339.0 << K::Count << u"곳"_s << false << Bound::Eq;
    row("약 5만 4,000건") << u"약 5만 4,000건"_s << 54000.0 << K::Count << u"건"_s << true << Bound::Eq;
    row("6,710억 개") << u"6,710억 개"_s << 671000000000.0 << K::Count << u"개"_s << false << Bound::Eq;
    row("1/100") << u"1/100"_s << 0.01 << K::Fraction << QString() << false << Bound::Eq;
    row("9배") << u"9배"_s << 9.0 << K::Ratio << u"×"_s << false << Bound::Eq;
    // The and design.md's forms.
    row("1조2000억원") << u"1조2000억원"_s << 1.2e12 << K::Money << u"KRW"_s << false << Bound::Eq;
    row("3억5천203만대") << u"3억5천203만대"_s << 352030000.0 << K::Count << u"대"_s << false << Bound::Eq;
    row("7천561만") << u"7천561만"_s << 75610000.0 << K::Numeral << QString() << false << Bound::Eq;
    row("3.2천") << u"3.2천"_s << 3200.0 << K::Numeral << QString() << false << Bound::Eq;
    row("1.5배") << u"1.5배"_s << 1.5 << K::Ratio << u"×"_s << false << Bound::Eq;
    row("3분의 1") << u"3분의 1"_s << 1.0 / 3 << K::Fraction << QString() << false << Bound::Eq;
    row("마이너스 2.5%") << u"마이너스 2.5%"_s << -2.5 << K::Percent << u"%"_s << false << Bound::Eq;
    row("영하 12도") << u"영하 12도"_s << -12.0 << K::Physical << u"°"_s << false << Bound::Eq;
    row("섭씨 36.5도") << u"섭씨 36.5도"_s << 36.5 << K::Physical << u"°C"_s << false << Bound::Eq;
    row("두 번째") << u"두 번째"_s << 2.0 << K::Ordinal << QString() << false << Bound::Eq;
    row("제3") << u"제3"_s << 3.0 << K::Ordinal << QString() << false << Bound::Eq;
    row("full-width") << u"１，０００억 원"_s << 1e11 << K::Money << u"KRW"_s << false << Bound::Eq;
    row("US$") << u"US$ 1,234"_s << 1234.0 << K::Money << u"USD"_s << false << Bound::Eq;
    row("엔화") << u"5000억 엔"_s << 5e11 << K::Money << u"JPY"_s << false << Bound::Eq;
    row("유로화") << u"20억 유로화"_s << 2e9 << K::Money << u"EUR"_s << false << Bound::Eq;
    row("홍콩 달러 (ICU names)") << u"300 홍콩 달러"_s << 300.0 << K::Money << u"HKD"_s << false << Bound::Eq;
    row("CN¥ (ICU symbol)") << u"CN¥ 300"_s << 300.0 << K::Money << u"CNY"_s << false << Bound::Eq;
    row("English scale") << u"$67.2 billion"_s << 67200000000.0 << K::Money << u"USD"_s << false << Bound::Eq;
    row("%p") << u"3.5%p"_s << 3.5 << K::PercentagePoint << u"%p"_s << false << Bound::Eq;
    row("%포인트") << u"0.8%포인트"_s << 0.8 << K::PercentagePoint << u"%p"_s << false << Bound::Eq;
    row("세 곳") << u"세 곳"_s << 3.0 << K::Count << u"곳"_s << false << Bound::Eq;
    row("두 배") << u"두 배"_s << 2.0 << K::Ratio << u"×"_s << false << Bound::Eq;
    row("스무 편") << u"스무 편"_s << 20.0 << K::Count << u"편"_s << false << Bound::Eq;
    row("열두 장") << u"열두 장"_s << 12.0 << K::Count << u"장"_s << false << Bound::Eq;
    row("3나노") << u"3나노"_s << 3.0 << K::Physical << u"nm"_s << false << Bound::Eq;
    row("5nm") << u"5nm"_s << 5.0 << K::Physical << u"nm"_s << false << Bound::Eq;
    row("m²") << u"3만㎡"_s << 30000.0 << K::Physical << u"m²"_s << false << Bound::Eq;
    row("km") << u"1,200km"_s << 1200.0 << K::Physical << u"km"_s << false << Bound::Eq;
    row("t") << u"50만t"_s << 500000.0 << K::Physical << u"t"_s << false << Bound::Eq;
    row("GPU 시간") << u"278만 8,000 GPU 시간"_s << 2788000.0 << K::Physical << u"GPU-h"_s << false << Bound::Eq;
    row("km/h") << u"300km/h"_s << 300.0 << K::Physical << u"km/h"_s << false << Bound::Eq;
    // Qualifiers.
    row("여") << u"10여 명"_s << 10.0 << K::Count << u"명"_s << true << Bound::Eq;
    row("만여") << u"1만여 명"_s << 10000.0 << K::Count << u"명"_s << true << Bound::Eq;
    row("가량") << u"2.5배가량"_s << 2.5 << K::Ratio << u"×"_s << true << Bound::Eq;
    row("정도") << u"30% 정도"_s << 30.0 << K::Percent << u"%"_s << true << Bound::Eq;
    row("쯤") << u"2천 달러쯤"_s << 2000.0 << K::Money << u"USD"_s << true << Bound::Eq;
    row("이상") << u"50% 이상"_s << 50.0 << K::Percent << u"%"_s << false << Bound::Ge;
    row("넘는") << u"3만 명이 넘는"_s << 30000.0 << K::Count << u"명"_s << false << Bound::Gt;
    row("초과") << u"5000원 초과"_s << 5000.0 << K::Money << u"KRW"_s << false << Bound::Gt;
    row("이하") << u"10명 이하"_s << 10.0 << K::Count << u"명"_s << false << Bound::Le;
    row("최대") << u"최대 30%"_s << 30.0 << K::Percent << u"%"_s << false << Bound::Le;
    row("미만") << u"1% 미만"_s << 1.0 << K::Percent << u"%"_s << false << Bound::Lt;
    row("bare 영") << u"영"_s << 0.0 << K::Numeral << QString() << false << Bound::Eq;
}

void TestNumberGrammar::expressions()
{
    QFETCH(QString, expression);
    QFETCH(double, value);
    QFETCH(QuantityKind, kind);
    QFETCH(QString, unitOrCurrency);
    QFETCH(bool, approximate);
    QFETCH(Bound, bound);

    const auto quantity = parseExpression(expression);
    QVERIFY(quantity);
    QCOMPARE(quantity->value, value);
    QCOMPARE(kindName(quantity->kind), kindName(kind));
    QCOMPARE(kind == QuantityKind::Money ? quantity->currency : quantity->unit, unitOrCurrency);
    QCOMPARE(quantity->approximate, approximate);
    QCOMPARE(boundName(quantity->bound), boundName(bound));
    QCOMPARE(quantity->start, 0);
    QCOMPARE(quantity->end, expression.size());
}

// Values are summed from integer sections, so no rounding creeps in below 2^53.
void TestNumberGrammar::valuesAreBuiltExactly()
{
    QCOMPARE(parseExpression(u"약 77억 6,000만 달러")->value, 7760000000.0);
    QCOMPARE(parseExpression(u"97조 5,000억 원")->value, 97500000000000.0);
    QCOMPARE(parseExpression(u"구천구백구십구조구천구백구십구억구천구백구십구만구천구백구십구")->value, 9999999999999999.0);
    QCOMPARE(parseExpression(u"1억 2,345만 6,780")->value, 123456780.0);
    QCOMPARE(parseExpression(u"１．２만３４５．６７")->value, 12345.67);
    QCOMPARE(parseExpression(u"삼천2백２십삼")->value, 3223.0);
}

void TestNumberGrammar::rangesShareTheirUnit_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<QString>("unitOrCurrency");
    QTest::newRow("2~3만 명") << u"2~3만 명"_s << 20000.0 << 30000.0 << u"명"_s;
    QTest::newRow("2-3년") << u"2-3년"_s << 2.0 << 3.0 << u"year"_s;
    QTest::newRow("∼") << u"2∼3년"_s << 2.0 << 3.0 << u"year"_s;
    QTest::newRow("～") << u"10～20%"_s << 10.0 << 20.0 << u"%"_s;
    QTest::newRow("5억~7억 달러") << u"5억~7억 달러"_s << 5e8 << 7e8 << u"USD"_s;
    QTest::newRow("1천~2천억 원") << u"1천~2천억 원"_s << 1e11 << 2e11 << u"KRW"_s;
    QTest::newRow("unit on both ends") << u"25000원 - 30000원"_s << 25000.0 << 30000.0 << u"KRW"_s;
    QTest::newRow("수십 명") << u"수십 명"_s << 20.0 << 90.0 << u"명"_s;
    QTest::newRow("두세 차례") << u"두세 차례"_s << 2.0 << 3.0 << u"차례"_s;
    QTest::newRow("below zero runs upwards") << u"영하 2~3도"_s << -3.0 << -2.0 << u"°"_s;
}

void TestNumberGrammar::rangesShareTheirUnit()
{
    QFETCH(QString, expression);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(QString, unitOrCurrency);
    const auto quantity = parseExpression(expression);
    QVERIFY(quantity);
    QCOMPARE(boundName(quantity->bound), boundName(Bound::Range));
    QCOMPARE(quantity->value, low);
    QVERIFY(quantity->valueMax);
    QCOMPARE(*quantity->valueMax, high);
    QCOMPARE(quantity->currency.isEmpty() ? quantity->unit : quantity->currency, unitOrCurrency);
}

void TestNumberGrammar::notAnExpression_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("empty") << QString();
    QTest::newRow("qualifier alone") << u"약"_s;
    QTest::newRow("currency alone") << u"달러"_s;
    QTest::newRow("words after the figure") << u"3억 달러 투자"_s;
    QTest::newRow("천천히") << u"천천히"_s;
    QTest::newRow("만났다") << u"만났다"_s;
    QTest::newRow("descending range") << u"5~3년"_s;
    QTest::newRow("mismatched units") << u"3달러~5위안"_s;
    QTest::newRow("division by zero") << u"1/0"_s;
}

void TestNumberGrammar::notAnExpression()
{
    QFETCH(QString, expression);
    QVERIFY(!parseExpression(expression));
}

void TestNumberGrammar::proseRefusesWordsAndCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pos");
    for (const char16_t *word : {u"천천히", u"만났다", u"백화점", u"조용히", u"삼성", u"구글", u"이번 경기",
                                 u"세대 교체", u"한편", u"구조 개혁", u"오늘", u"일부", u"영", u"사천성"})
        QTest::addRow("%s", qPrintable(QString::fromUtf16(word))) << QString::fromUtf16(word) << 0;
    QTest::newRow("GPT-4 (digit)") << u"GPT-4"_s << 4;
    QTest::newRow("GPT-4 (hyphen)") << u"GPT-4"_s << 3;
    QTest::newRow("딥시크 V3") << u"딥시크 V3"_s << 5;
    QTest::newRow("H-1B") << u"H-1B 비자"_s << 2;
    QTest::newRow("6G") << u"6G 통신"_s << 0;
    QTest::newRow("phone") << u"02-1234-5678"_s << 0;
    QTest::newRow("phone, middle") << u"02-1234-5678"_s << 3;
    QTest::newRow("mobile") << u"010-9876-5432"_s << 0;
    QTest::newRow("hotline") << u"1588-1234"_s << 0;
    QTest::newRow("inside 1,339") << u"1,339곳"_s << 2;
    QTest::newRow("dotted date") << u"2025.3.1"_s << 0;
    QTest::newRow("digit-by-digit") << u"삼이 명"_s << 0;
    QTest::newRow("first, not an ordinal here") << u"첫 출시"_s << 0;
    QTest::newRow("bare Hangul numeral") << u"이천 공장"_s << 0;
    QTest::newRow("spaced zero is a word") << u"삼만 공장"_s << 0;
    QTest::newRow("counter glued to a word") << u"백만장자"_s << 0;
}

void TestNumberGrammar::proseRefusesWordsAndCodes()
{
    QFETCH(QString, text);
    QFETCH(int, pos);
    QVERIFY(!matchQuantityAt(text, pos));
}

// Figures as they stand in running text: `pos` is where the extractor would try, `span` what
// the match must cover.
void TestNumberGrammar::proseFigures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pos");
    QTest::addColumn<QString>("span");
    QTest::addColumn<double>("value");
    QTest::addColumn<Bound>("bound");
    QTest::newRow("particle after %") << u"중국이 22.6%로 가장"_s << 4 << u"22.6%"_s << 22.6 << Bound::Eq;
    QTest::newRow("digits glued to Hangul") << u"주2회 노후"_s << 1 << u"2회"_s << 2.0 << Bound::Eq;
    QTest::newRow("verb of comparison") << u"2,400곳이 넘는다고 하고요"_s << 0 << u"2,400곳이 넘는다고"_s << 2400.0 << Bound::Gt;
    QTest::newRow("웃돌았다") << u"30%를 웃돌았다."_s << 0 << u"30%를 웃돌았다"_s << 30.0 << Bound::Gt;
    QTest::newRow("이상의") << u"1,000억 개 이상의 매개변수"_s << 0 << u"1,000억 개 이상"_s << 1e11 << Bound::Ge;
    QTest::newRow("십여 년") << u"십여 년 동안"_s << 0 << u"십여 년"_s << 10.0 << Bound::Eq;
    QTest::newRow("spaced native counter") << u"세 곳이 늘었다"_s << 0 << u"세 곳"_s << 3.0 << Bound::Eq;
    QTest::newRow("glued native ordinal") << u"두번째로 많다"_s << 0 << u"두번째"_s << 2.0 << Bound::Eq;
    QTest::newRow("Hangul fraction") << u"그 중 삼분의 이는 성공했다"_s << 4 << u"삼분의 이"_s << 2.0 / 3 << Bound::Eq;
    QTest::newRow("conversion in parentheses") << u"672억 달러(약 97조 5,000억 원)로"_s << 8
                                               << u"약 97조 5,000억 원"_s << 97500000000000.0 << Bound::Eq;
    QTest::newRow("a range in prose") << u"인재 2~3만 명과"_s << 3 << u"2~3만 명"_s << 20000.0 << Bound::Range;
    QTest::newRow("점 after digits counts") << u"작품 3점 일부"_s << 3 << u"3점"_s << 3.0 << Bound::Eq;
    QTest::newRow("minutes, not a fraction") << u"3분의 시간"_s << 0 << u"3분"_s << 3.0 << Bound::Eq;
    QTest::newRow("copula after the unit") << u"3억 달러여서"_s << 0 << u"3억 달러"_s << 3e8 << Bound::Eq;
}

void TestNumberGrammar::proseFigures()
{
    QFETCH(QString, text);
    QFETCH(int, pos);
    QFETCH(QString, span);
    QFETCH(double, value);
    QFETCH(Bound, bound);
    const auto quantity = matchQuantityAt(text, pos);
    QVERIFY(quantity);
    QCOMPARE(text.mid(quantity->start, quantity->end - quantity->start), span);
    QCOMPARE(quantity->value, value);
    QCOMPARE(boundName(quantity->bound), boundName(bound));
}

// CES 2025 and 어니 4.5 are numbers, just not figures: the extractor tells them apart by context,
// and sees here that they carry no unit.
void TestNumberGrammar::bareDigitsAreLeftToTheExtractor()
{
    const auto ces = matchQuantityAt(u"CES 2025에서", 4);
    QVERIFY(ces);
    QCOMPARE(kindName(ces->kind), kindName(QuantityKind::Numeral));
    QVERIFY(ces->unit.isEmpty() && ces->currency.isEmpty());
    QCOMPARE(ces->end, 8);
    const auto ernie = matchQuantityAt(u"어니 4.5", 3);
    QVERIFY(ernie);
    QCOMPARE(kindName(ernie->kind), kindName(QuantityKind::Numeral));
    // A spaced 프로 or one-letter symbol is a product name or a series, not a unit.
    const QString iphone = u"아이폰 16 프로"_s;
    const auto model = matchQuantityAt(iphone, 4);
    QVERIFY(model);
    QCOMPARE(kindName(model->kind), kindName(QuantityKind::Numeral));
    QCOMPARE(model->end, 6);
    const auto series = matchQuantityAt(u"시리즈 3 A 투자", 4);
    QVERIFY(series);
    QVERIFY(series->unit.isEmpty());
}

void TestNumberGrammar::proseSpansPointIntoTheText()
{
    const QString text = u"😀 중국이 22.6%로 1위"_s; // the emoji is two UTF-16 units
    const auto percent = matchQuantityAt(text, 7);
    QVERIFY(percent);
    QCOMPARE(text.mid(percent->start, percent->end - percent->start), u"22.6%"_s);
    QVERIFY(!matchQuantityAt(text, 6)); // the particle 이 is not a number here

    const QString money = u"어제 초밥 가격은 10만 원이었다"_s;
    const auto price = findQuantity(money);
    QVERIFY(price);
    QCOMPARE(money.mid(price->start, price->end - price->start), u"10만 원"_s);
    QCOMPARE(money.mid(price->numberStart, price->numberEnd - price->numberStart), u"10만"_s);
    QCOMPARE(price->currency, u"KRW"_s);
}

void TestNumberGrammar::findsEveryFigureOfASentence()
{
    const QString text = u"미국은 672억 달러(약 97조 5,000억 원)를 투자했고, 세 곳이 두 배로 늘었으며 "
                         u"딥시크 V3는 2,048개의 H800으로 278만 8,000 GPU 시간을 썼다. 천천히 만났다."_s;
    QList<double> values;
    QStringList units;
    for (auto q = findQuantity(text); q; q = findQuantity(text, q->end)) {
        values.append(q->value);
        units.append(q->currency.isEmpty() ? q->unit : q->currency);
    }
    QCOMPARE(values, (QList<double>{67200000000.0, 97500000000000.0, 3, 2, 2048, 2788000}));
    QCOMPARE(units, (QStringList{u"USD"_s, u"KRW"_s, u"곳"_s, u"×"_s, u"개"_s, u"GPU-h"_s}));
}

// Random strings over the grammar's own alphabet: whatever is read, its spans stay inside the
// text and in order, and a prose match starts where it was asked to.
void TestNumberGrammar::spansAreWellFormedForAnyInput()
{
    const QString alphabet = u"0123456789,.~-/ %$₩약여만억조경천백십일이삼사오육칠팔구영공한두세열스물첫번째분의과와점원달러위안명개곳배도km이상수반"_s;
    QRandomGenerator random(20250327);
    int readings = 0;
    for (int i = 0; i < 3000; ++i) {
        QString text;
        for (int length = random.bounded(1, 14); length > 0; --length)
            text += alphabet[random.bounded(alphabet.size())];
        const auto wellFormed = [&text](const Quantity &q) {
            return 0 <= q.start && q.start <= q.numberStart && q.numberStart <= q.numberEnd && q.numberEnd <= q.end
                && q.end <= text.size() && (q.bound != Bound::Range || (q.valueMax && *q.valueMax > q.value));
        };
        if (const auto whole = parseExpression(text)) {
            QVERIFY2(wellFormed(*whole), qPrintable(text));
            ++readings;
        }
        for (qsizetype pos = 0; pos < text.size(); ++pos) {
            if (const auto match = matchQuantityAt(text, pos)) {
                QVERIFY2(match->start == pos && wellFormed(*match), qPrintable(text));
                ++readings;
            }
        }
    }
    QVERIFY(readings > 100); // the alphabet does produce quantities
}

QTEST_GUILESS_MAIN(TestNumberGrammar)
#include "test_number_grammar.moc"
