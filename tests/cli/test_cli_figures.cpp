// dokhae-cli figures and parse, run as the real executable: the JSON contract, code point offsets
// (the seed 002 has emoji before its figures), the display language, the --db form, and a hostile
// sentence of hundreds of thousands of figures under a memory ceiling.
#include "cli_runner.h"
#include "test_libraries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dokhae::test::CliRun;

namespace {

const QString kBestpick = QStringLiteral(DOKHAE_SEEDS_DIR "/002_9c0bf49b0926ee40.txt");

QJsonObject byText(const QJsonArray &figures, const QString &text)
{
    for (const QJsonValue &value : figures) {
        if (value[u"text"_s].toString() == text)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestCliFigures : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void figuresOfAFileFollowTheContract();
    void offsetsAreCodePoints();
    void displayFollowsLang();
    void figuresOfALibraryArticle();
    void aSentenceOfManyFiguresIsWrittenOnce();
    void parseReadsOneExpression();
    void errors();

private:
    CliRun cli(const QStringList &arguments) const;
    QJsonDocument json(const QStringList &arguments) const;
    QJsonArray figuresJson(const QStringList &arguments) const;

    dokhae::test::TestLibraries m_libraries;
    std::unique_ptr<QTemporaryDir> m_dir;  // the CLI's home
};

CliRun TestCliFigures::cli(const QStringList &arguments) const
{
    return dokhae::test::runCli(*m_dir, arguments);
}

QJsonDocument TestCliFigures::json(const QStringList &arguments) const
{
    return dokhae::test::runCliJson(*m_dir, arguments);
}

// figures --json: {"sentences": [...], "figures": [...]}; the figures.
QJsonArray TestCliFigures::figuresJson(const QStringList &arguments) const
{
    return json(arguments).object()[u"figures"_s].toArray();
}

void TestCliFigures::initTestCase()
{
    QVERIFY(m_libraries.isValid());
    DOKHAE_START_TEST_LIBRARIES(m_libraries);
}

void TestCliFigures::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliFigures::figuresOfAFileFollowTheContract()
{
    const QJsonObject document = json({u"figures"_s, kBestpick, u"--json"_s}).object();
    const QJsonArray sentences = document[u"sentences"_s].toArray();
    const QJsonArray figures = document[u"figures"_s].toArray();
    QVERIFY(figures.size() > 30);
    QVERIFY(sentences.size() < figures.size()); // sentences with several figures are written once
    QSet<int> referenced;
    for (const QJsonValue &value : figures) {
        for (const char *key : {"text", "start", "end", "kind", "value", "value_max", "currency", "unit", "approx",
                                "bound", "year", "subject", "sentence", "converts", "display"})
            QVERIFY2(value.toObject().contains(QLatin1String(key)), key);
        const int index = value[u"sentence"_s].toInt(-1);
        QVERIFY(index >= 0 && index < sentences.size());
        referenced.insert(index);
        const QJsonObject sentence = sentences[index].toObject();
        QVERIFY(sentence[u"text"_s].toString().contains(value[u"text"_s].toString()));
        QVERIFY(sentence[u"start"_s].toInt() <= value[u"start"_s].toInt());
        QVERIFY(value[u"end"_s].toInt() <= sentence[u"end"_s].toInt());
    }
    QCOMPARE(referenced.size(), sentences.size()); // no sentence without a figure
    const QJsonObject usd = byText(figures, u"약 77억 6,000만 달러"_s);
    QCOMPARE(usd[u"value"_s].toDouble(), 7760000000.0);
    QCOMPARE(usd[u"currency"_s].toString(), u"USD"_s);
    QCOMPARE(usd[u"kind"_s].toString(), u"money"_s);
    QVERIFY(usd[u"approx"_s].toBool());
    QCOMPARE(usd[u"bound"_s].toString(), u"eq"_s);
    QCOMPARE(usd[u"subject"_s].toString(), u"중국"_s);
    QCOMPARE(usd[u"year"_s].toInt(), 2023);
    QVERIFY(usd[u"converts"_s].isNull());
    const QJsonObject krw = byText(figures, u"약 97조 5,000억 원"_s);
    const int converted = krw[u"converts"_s].toInt(-1);
    QVERIFY(converted >= 0);
    QCOMPARE(figures[converted][u"text"_s].toString(), u"672억 달러"_s);
    QVERIFY(qAbs(krw[u"rate"_s].toDouble() - 1450.89) < 0.01);
    const QJsonObject range = byText(figures, u"2~3만 명"_s);
    QCOMPARE(range[u"bound"_s].toString(), u"range"_s);
    QCOMPARE(range[u"value_max"_s].toDouble(), 30000.0);
    QCOMPARE(byText(figures, u"1,000억 개 이상"_s)[u"bound"_s].toString(), u"ge"_s);
    QCOMPARE(byText(figures, u"최대 5억 위안"_s)[u"bound"_s].toString(), u"le"_s);
    QCOMPARE(byText(figures, u"22.6%"_s), QJsonObject()); // not in this seed
    QVERIFY(byText(figures, u"CES 2025"_s).isEmpty());
}

void TestCliFigures::offsetsAreCodePoints()
{
    const QJsonObject document = json({u"figures"_s, kBestpick, u"--json"_s}).object();
    const QJsonArray figures = document[u"figures"_s].toArray();
    // The reading text as show gives it: slice it by code points and find each figure's text.
    const QString db = m_libraries.newLocation();
    QCOMPARE(cli({u"import"_s, u"--db"_s, db, kBestpick}).exitCode, 0);
    const QJsonObject record = json({u"show"_s, u"--db"_s, db, u"1"_s, u"--json"_s}).object();
    const QString text = record[u"text"_s].toString();
    QVERIFY(!text.isEmpty());
    const QList<uint> codePoints = text.toUcs4();
    QVERIFY(codePoints.size() < text.size()); // the emoji make the two counts differ
    // Figures and sentences alike: each span's code points are its text.
    QJsonArray spans = figures;
    for (const QJsonValue &sentence : document[u"sentences"_s].toArray())
        spans.append(sentence);
    for (const QJsonValue &value : std::as_const(spans)) {
        const int start = value[u"start"_s].toInt(), end = value[u"end"_s].toInt();
        QVERIFY(0 <= start && start < end && end <= codePoints.size());
        const QString slice = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start),
                                                end - start);
        QCOMPARE(slice, value[u"text"_s].toString());
    }
}

void TestCliFigures::displayFollowsLang()
{
    const QJsonArray ko = figuresJson({u"figures"_s, kBestpick, u"--json"_s, u"--lang"_s, u"ko"_s});
    const QJsonArray en = figuresJson({u"figures"_s, kBestpick, u"--json"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(byText(ko, u"672억 달러"_s)[u"display"_s].toString(), u"672억 달러"_s);
    QCOMPARE(byText(en, u"672억 달러"_s)[u"display"_s].toString(), u"$67.2 billion"_s);
    QCOMPARE(byText(en, u"약 6,000억 위안"_s)[u"display"_s].toString(), u"about CN¥600 billion"_s);
    QCOMPARE(byText(ko, u"1,339곳"_s)[u"display"_s].toString(), u"1,339곳"_s);
}

void TestCliFigures::figuresOfALibraryArticle()
{
    const QString db = m_libraries.newLocation();
    QCOMPARE(cli({u"import"_s, u"--db"_s, db, QStringLiteral(DOKHAE_SEEDS_DIR)}).exitCode, 0);
    const QJsonArray list = json({u"list"_s, u"--db"_s, db, u"--json"_s}).array();
    QString id;
    for (const QJsonValue &value : list) {
        if (value[u"source_file"_s].toString().endsWith(u"004_145a81c88e6cac08.txt"_s))
            id = QString::number(value[u"id"_s].toInteger());
    }
    QVERIFY(!id.isEmpty());
    const QJsonArray figures = figuresJson({u"figures"_s, u"--db"_s, db, id, u"--json"_s});
    const QJsonObject share = byText(figures, u"22.6%"_s);
    QCOMPARE(share[u"value"_s].toDouble(), 22.6);
    QCOMPARE(share[u"unit"_s].toString(), u"%"_s);
    QCOMPARE(share[u"subject"_s].toString(), u"중국"_s);
    QCOMPARE(share[u"year"_s].toInt(), 2023);
    const CliRun plain = cli({u"figures"_s, u"--db"_s, db, id});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(QString::fromUtf8(plain.out).contains(u"22.6%"_s));
}

void TestCliFigures::aSentenceOfManyFiguresIsWrittenOnce()
{
    // 2.4 MB without a full stop: one sentence of 343,000 figures. Its sentence was once written
    // into every figure (a 144 KB file aborted with bad_alloc, a 2.4 MB one reached 23 GB); now it is
    // written once, the output grows with the figures alone, and the run fits in 1 GiB of address space.
    // Under AddressSanitizer there is no ceiling and the run is slow: a tenth of the text (274 KB,
    // still larger than the file that once aborted) keeps the check on the output's size.
    const int kFigures = dokhae::test::kUnderAddressSanitizer ? 34300 : 343000;
    const QString path = m_dir->filePath(u"one-sentence.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"3.5%와 "_s.repeated(kFigures).toUtf8());
    file.close();
    QCOMPARE(file.size(), qint64(kFigures) * 8); // "3.5%와 " is 8 bytes of UTF-8
    constexpr qint64 kCeiling = qint64(1) << 30;
    const CliRun run = dokhae::test::runCli(*m_dir, {u"figures"_s, path, u"--json"_s}, kCeiling);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.size() < file.size() + qint64(kFigures) * 400, QByteArray::number(run.out.size()).constData());
    const QJsonObject document = QJsonDocument::fromJson(run.out).object();
    const QJsonArray sentences = document[u"sentences"_s].toArray();
    QCOMPARE(sentences.size(), 1);
    QCOMPARE(sentences[0][u"text"_s].toString().size(), kFigures * 6 - 1); // "3.5%와 " is 6 UTF-16 units
    const QJsonArray figures = document[u"figures"_s].toArray();
    QCOMPARE(figures.size(), kFigures);
    QCOMPARE(figures.last()[u"sentence"_s].toInt(-1), 0);
    QCOMPARE(figures.last()[u"text"_s].toString(), u"3.5%"_s);
}

void TestCliFigures::parseReadsOneExpression()
{
    const QJsonObject money = json({u"parse"_s, u"약 77억 6,000만 달러"_s, u"--json"_s}).object();
    QCOMPARE(money[u"value"_s].toDouble(), 7760000000.0);
    QCOMPARE(money[u"currency"_s].toString(), u"USD"_s);
    QCOMPARE(money[u"kind"_s].toString(), u"money"_s);
    QVERIFY(money[u"value_max"_s].isNull());
    const QJsonObject range = json({u"parse"_s, u"2~3만 명"_s, u"--json"_s}).object();
    QCOMPARE(range[u"value"_s].toDouble(), 20000.0);
    QCOMPARE(range[u"value_max"_s].toDouble(), 30000.0);
    QCOMPARE(range[u"unit"_s].toString(), u"명"_s);
    QCOMPARE(range[u"kind"_s].toString(), u"count"_s);
    QCOMPARE(json({u"parse"_s, u"22.6%"_s, u"--json"_s}).object()[u"unit"_s].toString(), u"%"_s);
}

void TestCliFigures::errors()
{
    QCOMPARE(cli({u"parse"_s, u"천천히"_s, u"--json"_s}).exitCode, 4);
    QVERIFY(cli({u"figures"_s, m_dir->filePath(u"missing.txt"_s)}).exitCode != 0);
    QCOMPARE(cli({u"figures"_s}).exitCode, 2);
    const QString missing = m_dir->filePath(u"missing.sqlite"_s);
    QCOMPARE(cli({u"figures"_s, u"--db"_s, missing, u"1"_s}).exitCode, 3);
    QVERIFY(!QFile::exists(missing));
    const QString db = m_libraries.newLocation();
    QCOMPARE(cli({u"import"_s, u"--db"_s, db, kBestpick}).exitCode, 0);
    QCOMPARE(cli({u"figures"_s, u"--db"_s, db, u"99"_s}).exitCode, 4);
}

QTEST_GUILESS_MAIN(TestCliFigures)
#include "test_cli_figures.moc"
