// Decoding by evidence: BOMs, strict UTF-8, UTF-16 without a mark, CP949/EUC-KR, and refusals.
#include "icu_encoding.h"

#include "import/text_decoder.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <unicode/ucsdet.h>

using namespace dokhae::import;

namespace {

const QString kKorean = QStringLiteral(
    "중국 AI 기업들이 오픈소스 모델을 앞세워 세계 시장을 넓히고 있다.\n"
    "업계는 “가격 경쟁이 본격화됐다”고 본다. 매출은 약 3.2배 늘었다…\n");

QList<QString> seedTexts()
{
    QList<QString> texts;
    const QDir seeds(QStringLiteral(DOKHAE_SEEDS_DIR));
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(seeds.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            texts.append(QString::fromUtf8(file.readAll()).replace(QChar(0x00A0), u' '));
    }
    return texts;
}

// ICU's own best guess, for the comparison reported by detectorComparison().
QByteArray icuTopGuess(const QByteArray &bytes, int *confidence)
{
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    ucsdet_setText(detector, bytes.constData(), int32_t(bytes.size()), &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    QByteArray name;
    if (U_SUCCESS(status) && match) {
        name = ucsdet_getName(match, &status);
        *confidence = ucsdet_getConfidence(match, &status);
    }
    ucsdet_close(detector);
    return name;
}

} // namespace

class TestDecode : public QObject {
    Q_OBJECT

private slots:
    void unicodeForms_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf-8") << kKorean.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + kKorean.toUtf8() << QStringLiteral("UTF-8 (BOM)");
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + testing::encodeWith(kKorean, "UTF-16LE")
                                      << QStringLiteral("UTF-16LE (BOM)");
        QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + testing::encodeWith(kKorean, "UTF-16BE")
                                      << QStringLiteral("UTF-16BE (BOM)");
        QTest::newRow("utf-16le") << testing::encodeWith(kKorean, "UTF-16LE") << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be") << testing::encodeWith(kKorean, "UTF-16BE") << QStringLiteral("UTF-16BE");
        QTest::newRow("utf-32le bom") << QByteArray("\xFF\xFE\0\0", 4) + testing::encodeWith(kKorean, "UTF-32LE")
                                      << QStringLiteral("UTF-32LE (BOM)");
        QTest::newRow("cp949") << testing::encodeWith(kKorean, "windows-949") << QStringLiteral("windows-949");
        QTest::newRow("euc-kr") << testing::encodeWith(kKorean, "EUC-KR") << QStringLiteral("windows-949");
    }
    void unicodeForms()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const DecodedText decoded = decodeText(bytes);
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.text, kKorean);
        QVERIFY(decoded.error.isEmpty());
    }

    // Syllables outside KS X 1001 (똠, 햏, 뷁, 샾) exist only in CP949's extension.
    void cp949ExtensionSyllables()
    {
        const QString text = QStringLiteral("똠방각하라는 소설 제목처럼, 햏과 뷁과 샾도 한글 음절이다.\n");
        QVERIFY(testing::encodeWith(text, "EUC-KR").contains('?'));
        const QByteArray cp949 = testing::encodeWith(text, "windows-949");
        QVERIFY(!cp949.contains('?'));
        const DecodedText decoded = decodeText(cp949);
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QCOMPARE(decoded.encoding, QStringLiteral("windows-949"));
        QCOMPARE(decoded.text, text);
    }

    void eucKrFixtureFile()
    {
        QFile file(QDir(QStringLiteral(DOKHAE_TEST_DATA_DIR)).filePath(QStringLiteral("import/euckr_story.txt")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter));  // not UTF-8
        const DecodedText decoded = decodeText(bytes);
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QCOMPARE(decoded.encoding, QStringLiteral("windows-949"));
        QVERIFY(decoded.text.contains(QStringLiteral("자율주행 호출 서비스")));
    }

    void utf8CutInsideACharacter()
    {
        const QByteArray utf8 = kKorean.toUtf8() + QStringLiteral("끝").toUtf8();
        const DecodedText decoded = decodeText(utf8.chopped(1));  // "끝" is three bytes: two remain
        QVERIFY2(decoded.ok, qPrintable(decoded.error));
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(decoded.text, kKorean);
    }

    void strayControlsAreDroppedNotFatal()
    {
        const DecodedText decoded = decodeText(kKorean.toUtf8() + "\x1a");
        QVERIFY(decoded.ok);
        QCOMPARE(decoded.text, kKorean);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("spaces") << QByteArray("   \r\n\t \n") << QStringLiteral("whitespace");
        QTest::newRow("ideographic spaces") << QStringLiteral("\u3000 \u3000\n").toUtf8() << QStringLiteral("whitespace");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x02\x80\0\0\x01\xe0\x08\x06\0\0\0", 29)
                             << QStringLiteral("binary");
        QTest::newRow("nul in ascii") << QByteArray("abc\0def ghi\0jkl mno pqr stu", 27) << QStringLiteral("binary");
        QTest::newRow("controls") << QByteArray("\x01\x02\x03\x04 header \x05\x06\x07\x08\x0e\x0f") << QStringLiteral("binary");
        QTest::newRow("bad utf-8 after bom") << QByteArray("\xEF\xBB\xBF\xC3\x28 text") << QStringLiteral("UTF-8");
        QTest::newRow("latin-1") << QStringLiteral("Café à Paris, déjà vu, naïve façade — très élégant.\n").toLatin1()
                                 << QStringLiteral("encoding");
    }
    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const DecodedText decoded = decodeText(bytes);
        QVERIFY(!decoded.ok);
        QVERIFY(decoded.text.isEmpty());
        QVERIFY2(decoded.error.contains(reason), qPrintable(decoded.error));
    }

    // ICU's ucsdet alone versus the decoder (strict UTF-8, then strict CP949 checked for Hangul
    // with ucsdet's EUC-KR vote as further evidence), on CP949 copies of the seeds and of
    // single paragraphs. The decoder must be right on all of them; ucsdet's hit rate is logged.
    void detectorComparison()
    {
        int samples = 0;
        int decoderRight = 0;
        int icuTopRight = 0;
        int shortSamples = 0;
        int icuShortRight = 0;
        for (const QString &seed : seedTexts()) {
            QStringList pieces = seed.split(u'\n', Qt::SkipEmptyParts);
            pieces.prepend(seed);
            for (const QString &piece : std::as_const(pieces)) {
                const QByteArray bytes = testing::encodeWith(piece, "windows-949");
                if (testing::decodeWith(bytes, "windows-949") != piece || piece.trimmed().size() < 2)
                    continue;  // only pieces CP949 stores exactly
                bool hasHangul = false;
                for (const QChar c : piece)
                    hasHangul = hasHangul || c.script() == QChar::Script_Hangul;
                if (!hasHangul)
                    continue;
                ++samples;
                const DecodedText decoded = decodeText(bytes);
                if (decoded.ok && decoded.encoding == u"windows-949" && decoded.text == piece)
                    ++decoderRight;
                else
                    qWarning() << "decoder missed:" << piece.left(40) << decoded.encoding << decoded.error;
                int confidence = 0;
                const bool icuRight = icuTopGuess(bytes, &confidence) == "EUC-KR";
                icuTopRight += icuRight ? 1 : 0;
                if (bytes.size() < 60) {
                    ++shortSamples;
                    icuShortRight += icuRight ? 1 : 0;
                }
            }
        }
        qInfo("CP949 samples: %d (%d under 60 bytes); decoder right: %d; ucsdet top guess EUC-KR: %d (short: %d)",
              samples, shortSamples, decoderRight, icuTopRight, icuShortRight);
        QVERIFY(samples >= 100);
        QCOMPARE(decoderRight, samples);
    }
};

QTEST_APPLESS_MAIN(TestDecode)
#include "test_decode.moc"
