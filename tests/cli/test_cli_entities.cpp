// dokhae-cli entities and entity, run as the real executable: the JSON contract, code point offsets
// (seed 002 has emoji before some mentions), --lang, the library forms and their exit codes.
#include "cli_runner.h"
#include "test_libraries.h"
#include "store/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dokhae::test::CliRun;

namespace {

const QString kHellot = QStringLiteral(DOKHAE_SEEDS_DIR "/001_f4d327ceaa89a947.txt");
const QString kBestpick = QStringLiteral(DOKHAE_SEEDS_DIR "/002_9c0bf49b0926ee40.txt");

QJsonObject byId(const QJsonArray &entities, const QString &id)
{
    for (const QJsonValue &value : entities) {
        if (value[u"id"_s].toString() == id)
            return value.toObject();
    }
    return {};
}

QString codePointSlice(const QString &text, int start, int end)
{
    const QList<uint> codePoints = text.toUcs4();
    if (start < 0 || end > codePoints.size() || start >= end)
        return {};
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start), end - start);
}

} // namespace

class TestCliEntities : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void entitiesOfAFileFollowTheContract();
    void mentionOffsetsAreCodePoints_data();
    void mentionOffsetsAreCodePoints();
    void langChoosesTheDisplayName();
    void entitiesOfALibraryArticle();
    void entityListsTheArticlesThatMentionIt();
    void libraryFormsApplyTheCorrections();
    void errors();

private:
    CliRun cli(const QStringList &arguments) const;
    QJsonDocument json(const QStringList &arguments) const;
    QString readingText(int articleId) const;

    dokhae::test::TestLibraries m_libraries;
    QTemporaryDir m_dir;  // the CLI's home
    QString m_db;
    QHash<QString, int> m_idOfSeed;
};

CliRun TestCliEntities::cli(const QStringList &arguments) const
{
    return dokhae::test::runCli(m_dir, arguments);
}

QJsonDocument TestCliEntities::json(const QStringList &arguments) const
{
    return dokhae::test::runCliJson(m_dir, arguments);
}

QString TestCliEntities::readingText(int articleId) const
{
    return json({u"show"_s, u"--db"_s, m_db, QString::number(articleId), u"--json"_s})[u"text"_s].toString();
}

void TestCliEntities::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_libraries.isValid());
    DOKHAE_START_TEST_LIBRARIES(m_libraries);
    m_db = m_libraries.newLocation(u"library"_s);
    QCOMPARE(cli({u"import"_s, u"--db"_s, m_db, kHellot, kBestpick}).exitCode, 0);
    for (const QJsonValue &article : json({u"list"_s, u"--db"_s, m_db, u"--json"_s}).array())
        m_idOfSeed.insert(article[u"source_file"_s].toString(), article[u"id"_s].toInt());
    QCOMPARE(m_idOfSeed.size(), 2);
}

void TestCliEntities::entitiesOfAFileFollowTheContract()
{
    const QJsonArray found = json({u"entities"_s, kBestpick, u"--json"_s}).array();
    QVERIFY(found.size() > 10);
    const QStringList types{u"person"_s, u"org"_s, u"place"_s, u"product"_s, u"work"_s};
    for (const QJsonValue &value : found) {
        for (const char *key : {"id", "type", "name_ko", "name_en", "aliases", "mentions", "display", "hanzi",
                                "wikidata", "from_catalog"})
            QVERIFY2(value.toObject().contains(QLatin1String(key)), key);
        QVERIFY2(types.contains(value[u"type"_s].toString()), qPrintable(value[u"type"_s].toString()));
        QVERIFY(value[u"aliases"_s].isArray());
        QVERIFY(!value[u"mentions"_s].toArray().isEmpty());
    }
    const QJsonObject deepseek = byId(found, u"deepseek"_s);
    QCOMPARE(deepseek[u"type"_s].toString(), u"org"_s);
    QCOMPARE(deepseek[u"name_ko"_s].toString(), u"딥시크"_s);
    QCOMPARE(deepseek[u"name_en"_s].toString(), u"DeepSeek"_s);
    QVERIFY(deepseek[u"from_catalog"_s].toBool());
    QVERIFY(deepseek[u"mentions"_s].toArray().size() >= 2);
    QCOMPARE(byId(found, u"qwen"_s)[u"type"_s].toString(), u"product"_s);
}

void TestCliEntities::mentionOffsetsAreCodePoints_data()
{
    QTest::addColumn<QString>("seed");
    QTest::newRow("001") << kHellot;
    QTest::newRow("002 (emoji)") << kBestpick;
}

// Both forms (file and library article) slice show's reading text by code points to each mention.
void TestCliEntities::mentionOffsetsAreCodePoints()
{
    QFETCH(QString, seed);
    const int id = m_idOfSeed.value(seed);
    const QString text = readingText(id);
    QVERIFY(!text.isEmpty());
    const QJsonArray fromFile = json({u"entities"_s, seed, u"--json"_s}).array();
    const QJsonArray fromLibrary = json({u"entities"_s, u"--db"_s, m_db, QString::number(id), u"--json"_s}).array();
    QCOMPARE(fromLibrary, fromFile); // no corrections yet: the same answer
    QVERIFY(!byId(fromFile, u"deepseek"_s).isEmpty());
    bool utf16WouldDiffer = false;
    for (const QJsonValue &entity : fromFile) {
        for (const QJsonValue &mention : entity[u"mentions"_s].toArray()) {
            const int start = mention[u"start"_s].toInt(), end = mention[u"end"_s].toInt();
            QCOMPARE(codePointSlice(text, start, end), mention[u"text"_s].toString());
            utf16WouldDiffer = utf16WouldDiffer || text.mid(start, end - start) != mention[u"text"_s].toString();
        }
    }
    if (seed == kBestpick)
        QVERIFY2(utf16WouldDiffer, "seed 002 should have mentions after an emoji");
}

void TestCliEntities::langChoosesTheDisplayName()
{
    const QJsonArray ko = json({u"entities"_s, kBestpick, u"--json"_s, u"--lang"_s, u"ko"_s}).array();
    const QJsonArray en = json({u"entities"_s, kBestpick, u"--json"_s, u"--lang"_s, u"en"_s}).array();
    QCOMPARE(byId(ko, u"deepseek"_s)[u"display"_s].toString(), u"딥시크"_s);
    QCOMPARE(byId(en, u"deepseek"_s)[u"display"_s].toString(), u"DeepSeek"_s);
    QCOMPARE(byId(en, u"qwen"_s)[u"display"_s].toString(), u"Qwen"_s);
    const CliRun text = cli({u"entities"_s, kBestpick, u"--lang"_s, u"en"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(u"\tDeepSeek\t"_s));
}

void TestCliEntities::entitiesOfALibraryArticle()
{
    const QJsonArray found =
        json({u"entities"_s, u"--db"_s, m_db, QString::number(m_idOfSeed.value(kHellot)), u"--json"_s}).array();
    QVERIFY(!byId(found, u"deepseek"_s).isEmpty());
}

void TestCliEntities::entityListsTheArticlesThatMentionIt()
{
    const auto countIn = [this](const QString &seed, const QString &id) {
        return byId(json({u"entities"_s, seed, u"--json"_s}).array(), id)[u"mentions"_s].toArray().size();
    };
    // By its Korean name, another transliteration and its English name: the same entity.
    for (const QString &name : {u"큐원"_s, u"큐웬"_s, u"qwen"_s}) {
        const QJsonObject qwen = json({u"entity"_s, u"--db"_s, m_db, name, u"--json"_s}).object();
        QCOMPARE(qwen[u"id"_s].toString(), u"qwen"_s);
        QCOMPARE(qwen[u"type"_s].toString(), u"product"_s);
        const QJsonArray articles = qwen[u"articles"_s].toArray();
        QCOMPARE(articles.size(), 2);
        int total = 0;
        for (const QJsonValue &article : articles) {
            const QString seed = m_idOfSeed.key(article[u"id"_s].toInt());
            QVERIFY(!seed.isEmpty());
            QVERIFY(!article[u"title"_s].toString().isEmpty());
            QCOMPARE(article[u"mentions"_s].toInt(), countIn(seed, u"qwen"_s));
            total += article[u"mentions"_s].toInt();
        }
        QCOMPARE(qwen[u"mentions"_s].toInt(), total);
    }
    const QJsonObject en = json({u"entity"_s, u"--db"_s, m_db, u"딥시크"_s, u"--json"_s, u"--lang"_s, u"en"_s}).object();
    QCOMPARE(en[u"display"_s].toString(), u"DeepSeek"_s);
    QCOMPARE(en[u"articles"_s].toArray().size(), 2);
}

// Corrections made through the library (as the window makes them) reach the CLI's answers.
void TestCliEntities::libraryFormsApplyTheCorrections()
{
    const QString db = m_libraries.newLocation(u"corrected"_s);
    QCOMPARE(cli({u"import"_s, u"--db"_s, db, kBestpick}).exitCode, 0);
    {
        dokhae::store::Library library;
        QVERIFY(library.open(db));
        QVERIFY(library.setEntityHidden(u"qwen"_s, true));
        QVERIFY(library.mergeEntities(u"deepseek-v3"_s, u"deepseek"_s));
    }
    const QJsonArray fromFile = json({u"entities"_s, kBestpick, u"--json"_s}).array();
    const QJsonArray corrected = json({u"entities"_s, u"--db"_s, db, u"1"_s, u"--json"_s}).array();
    QVERIFY(!byId(fromFile, u"qwen"_s).isEmpty());
    QVERIFY(byId(corrected, u"qwen"_s).isEmpty());
    QVERIFY(byId(corrected, u"deepseek-v3"_s).isEmpty());
    QCOMPARE(byId(corrected, u"deepseek"_s)[u"mentions"_s].toArray().size(),
             byId(fromFile, u"deepseek"_s)[u"mentions"_s].toArray().size()
                 + byId(fromFile, u"deepseek-v3"_s)[u"mentions"_s].toArray().size());
    const QJsonObject qwen = json({u"entity"_s, u"--db"_s, db, u"큐원"_s, u"--json"_s}).object();
    QCOMPARE(qwen[u"id"_s].toString(), u"qwen"_s); // still known by name, mentioned nowhere
    QVERIFY(qwen[u"articles"_s].toArray().isEmpty());
}

void TestCliEntities::errors()
{
    QCOMPARE(cli({u"entity"_s, u"--db"_s, m_db, u"존재하지않는회사"_s, u"--json"_s}).exitCode, 4);
    QCOMPARE(cli({u"entities"_s, u"--db"_s, m_db, u"999"_s, u"--json"_s}).exitCode, 4);
    QCOMPARE(cli({u"entities"_s, u"--json"_s}).exitCode, 2);
    QCOMPARE(cli({u"entity"_s, u"큐원"_s}).exitCode, 2); // needs --db
    const QString missing = m_dir.filePath(u"none.sqlite"_s);
    QCOMPARE(cli({u"entity"_s, u"--db"_s, missing, u"큐원"_s}).exitCode, 3);
    QVERIFY(!QFile::exists(missing)); // reading does not create a library
    QCOMPARE(cli({u"entities"_s, m_dir.filePath(u"none.txt"_s)}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliEntities)
#include "test_cli_entities.moc"
