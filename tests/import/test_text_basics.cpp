// NFC, whitespace, paragraphs, revision hashes and UTF-16 <-> code point offsets.
#include "util/date_format.h"
#include "text/code_points.h"
#include "text/text_normalizer.h"

#include <QTest>

using namespace dokhae::text;

class TestTextBasics : public QObject {
    Q_OBJECT

private slots:
    void datesAreWrittenEachLanguagesWay()
    {
        const QDate date(2025, 7, 25);
        QCOMPARE(dokhae::util::displayDate(date, QStringLiteral("ko")), QStringLiteral("2025년 7월 25일"));
        QCOMPARE(dokhae::util::displayDate(date, QStringLiteral("en")), QStringLiteral("Jul 25, 2025"));
        // The last day of a year stays in its year, whatever the time zone of the machine.
        QCOMPARE(dokhae::util::displayDate(QDate(2024, 12, 31), QStringLiteral("ko")), QStringLiteral("2024년 12월 31일"));
        QVERIFY(dokhae::util::displayDate(QDate(), QStringLiteral("ko")).isEmpty());
    }

    void decomposedHangulBecomesComposed()
    {
        // 한국 written as conjoining jamo: ᄒ ᅡ ᆫ ᄀ ᅮ ᆨ
        const QString decomposed = QString::fromUtf16(u"\u1112\u1161\u11AB\u1100\u116E\u11A8");
        QCOMPARE(decomposed.size(), 6);
        const QString composed = toNfc(decomposed);
        QCOMPARE(composed, QString::fromUtf16(u"\uD55C\uAD6D"));
        QCOMPARE(composed, QStringLiteral("한국"));
    }

    void nfcKeepsComposedTextAndComposesLatin()
    {
        QCOMPARE(toNfc(u"딥시크 V3"), QStringLiteral("딥시크 V3"));
        QCOMPARE(toNfc(u"Cafe\u0301"), QString::fromUtf16(u"Caf\u00E9"));
        QCOMPARE(toNfc(u""), QString());
    }

    void whitespaceCollapses()
    {
        QCOMPARE(collapseWhitespace(u"  중국\u00A0\u00A0AI\u3000산업 \t 분석\u200B "),
                 QStringLiteral("중국 AI 산업 분석"));
        QCOMPARE(collapseWhitespace(u" \u00A0\u3000 "), QString());
    }

    void paragraphsAreNonBlankNormalizedLines()
    {
        const QString raw = QString::fromUtf16(
            u"첫 줄  입니다\r\n\r\n \u00A0 \n\u1112\u1161\u11AB 둘째\r셋째\u2028넷째\n");
        const QStringList expected = {QStringLiteral("첫 줄 입니다"), QStringLiteral("한 둘째"),
                                      QStringLiteral("셋째"), QStringLiteral("넷째")};
        QCOMPARE(splitParagraphs(raw), expected);
        QCOMPARE(joinParagraphs(expected), QStringLiteral("첫 줄 입니다\n한 둘째\n셋째\n넷째"));
    }

    void sha256OfUtf8()
    {
        // Reference values: `printf 'abc' | sha256sum` and `printf '한국' | sha256sum`.
        QCOMPARE(sha256Hex(QStringLiteral("abc")),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256Hex(QStringLiteral("한국")).size(), 64);
        QVERIFY(sha256Hex(QStringLiteral("한국")) != sha256Hex(QString::fromUtf16(u"\u1112\u1161\u11AB\u1100\u116E\u11A8")));
    }

    void codePointsAroundEmoji()
    {
        // 👍 (U+1F44D) and 🎉 (U+1F389) are outside the BMP: two UTF-16 units, one code point.
        const QString text = QStringLiteral("👍베스픽 상 🎉!");
        QCOMPARE(text.size(), 11);
        QCOMPARE(utf16ToCodePoint(text, 0), 0);
        QCOMPARE(utf16ToCodePoint(text, 2), 1);   // after 👍
        QCOMPARE(utf16ToCodePoint(text, 3), 2);   // after 베
        QCOMPARE(utf16ToCodePoint(text, 10), 8);  // after 🎉
        QCOMPARE(utf16ToCodePoint(text, 11), 9);  // end
        QCOMPARE(codePointToUtf16(text, 1), 2);
        QCOMPARE(codePointToUtf16(text, 7), 8);   // start of 🎉
        QCOMPARE(codePointToUtf16(text, 8), 10);
        QCOMPARE(codePointToUtf16(text, 9), 11);
        // Clamped, never out of range.
        QCOMPARE(utf16ToCodePoint(text, 99), 9);
        QCOMPARE(utf16ToCodePoint(text, -3), 0);
        QCOMPARE(codePointToUtf16(text, 99), 11);
        QCOMPARE(codePointToUtf16(text, -1), 0);
        // An offset inside a surrogate pair counts the started code point.
        QCOMPARE(utf16ToCodePoint(text, 1), 1);
    }

    void codePointsRoundTripEverywhere()
    {
        const QString text = QStringLiteral("⛅ 안쓰면 클나우 ✨기쁜 소식🚀 끝😊");
        for (qsizetype cp = 0; cp <= text.toUcs4().size(); ++cp)
            QCOMPARE(utf16ToCodePoint(text, codePointToUtf16(text, cp)), cp);
        QCOMPARE(utf16ToCodePoint(text, text.size()), text.toUcs4().size());
    }

    // The index read once per text answers as the one-off conversion does, at every offset,
    // between the halves of a pair and out of range included.
    void codePointIndexAgreesEverywhere()
    {
        const QString text = QStringLiteral("👍베스픽 🎉 ⛅ 안쓰면 클나우 ✨기쁜 소식🚀 끝😊");
        const dokhae::text::CodePointIndex index(text);
        for (qsizetype i = -2; i <= text.size() + 2; ++i)
            QCOMPARE(index.toCodePoint(i), utf16ToCodePoint(text, i));
        QCOMPARE(dokhae::text::CodePointIndex(QString()).toCodePoint(5), 0);
    }
};

QTEST_APPLESS_MAIN(TestTextBasics)
#include "test_text_basics.moc"
