// The CLI contract of the README, exercised on the real dokhae-cli executable.
#include "cli_runner.h"
#include "test_libraries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

using dokhae::test::CliRun;

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void importsTheSeedsAndListsThem();
    void showGivesTheReadingText();
    void searchIsRankedWithMarkedSnippets();
    void refusedFilesExitNonZeroAndChangeNothing();
    void snippetMarkupInTheArticleIsEscaped();
    void negativeNumbersAreNotOptions();
    void readingCommandsNeverCreateALibrary();
    void hostilePagesImportWithinAMemoryCeiling();
    void reimportIsIdempotent();
    void damagedLibraryIsRefusedAndUntouched();
    void checkReadsEveryPageOnDemand();
    void searchPagesAndCountsEveryMatch();
    void usageErrors();

private:
    CliRun cli(const QStringList &arguments) const;
    QJsonArray jsonArray(const QStringList &arguments) const;
    void importSeeds();
    QString writeFile(const QString &name, const QString &text) const;
    QString db() const { return m_db; }

    dokhae::test::TestLibraries m_libraries;
    std::unique_ptr<QTemporaryDir> m_dir;  // the CLI's home, and the files a case imports
    QString m_db;
};

CliRun TestCli::cli(const QStringList &arguments) const
{
    return dokhae::test::runCli(*m_dir, arguments);
}

QJsonArray TestCli::jsonArray(const QStringList &arguments) const
{
    const CliRun run = cli(arguments);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning("not a JSON array: %s", run.out.left(200).constData());
    return document.array();
}

void TestCli::initTestCase()
{
    QVERIFY(m_libraries.isValid());
    DOKHAE_START_TEST_LIBRARIES(m_libraries);
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A library file named as the messages are checked for, in the case's own folder, or a fresh
    // database on the suite's server.
    m_db = dokhae::test::TestLibraries::onPostgres() ? m_libraries.newLocation()
                                                     : m_dir->filePath(QStringLiteral("library.sqlite"));
    QVERIFY(!m_db.isEmpty());
}

void TestCli::importSeeds()
{
    const CliRun run = cli({QStringLiteral("import"), QStringLiteral("--db"), db(), QStringLiteral(DOKHAE_SEEDS_DIR)});
    QCOMPARE(run.exitCode, 0);
}

void TestCli::importsTheSeedsAndListsThem()
{
    importSeeds();
    const QJsonArray list = jsonArray({QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    QCOMPARE(list.size(), 4);
    for (const QJsonValue &value : list) {
        const QJsonObject article = value.toObject();
        for (const char *key : {"id", "title", "author", "source", "published", "source_file", "revision"})
            QVERIFY2(article.contains(QLatin1String(key)), key);
        QVERIFY(article.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(article.value(QStringLiteral("revision")).toString().size(), 64);
        QVERIFY(QFile::exists(article.value(QStringLiteral("source_file")).toString()));
    }
    const auto byFile = [&](const QString &prefix) {
        for (const QJsonValue &value : list) {
            if (QFileInfo(value[QStringLiteral("source_file")].toString()).fileName().startsWith(prefix))
                return value.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject first = byFile(QStringLiteral("000_"));
    QCOMPARE(first[QStringLiteral("title")].toString(), QStringLiteral("중국 기업들의 AI 혁명이 가능한 이유는"));
    QCOMPARE(first[QStringLiteral("author")].toString(), QStringLiteral("한우덕"));
    QCOMPARE(first[QStringLiteral("published")].toString(), QStringLiteral("2025-07-25"));
    QCOMPARE(byFile(QStringLiteral("001_"))[QStringLiteral("published")].toString(), QStringLiteral("2025-03-27"));
    QVERIFY(byFile(QStringLiteral("002_"))[QStringLiteral("published")].isNull());
}

void TestCli::showGivesTheReadingText()
{
    importSeeds();
    const QJsonArray list = jsonArray({QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    QVERIFY(!list.isEmpty());
    const QString id = QString::number(list.first()[QStringLiteral("id")].toInteger());
    const CliRun run = cli({QStringLiteral("show"), QStringLiteral("--db"), db(), id, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject article = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(article[QStringLiteral("title")], list.first()[QStringLiteral("title")]);
    const QString text = article[QStringLiteral("text")].toString();
    QVERIFY(text.size() > 1000);
    QVERIFY(!text.contains(QStringLiteral("\r")));

    const CliRun missing = cli({QStringLiteral("show"), QStringLiteral("--db"), db(), QStringLiteral("999999")});
    QCOMPARE(missing.exitCode, 4);
    QVERIFY(missing.err.contains(QStringLiteral("999999")));
}

void TestCli::searchIsRankedWithMarkedSnippets()
{
    importSeeds();
    const QJsonArray hits =
        jsonArray({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("알리바바"), QStringLiteral("--json")});
    QCOMPARE(hits.size(), 3);
    double previous = std::numeric_limits<double>::infinity();
    for (const QJsonValue &hit : hits) {
        const double score = hit[QStringLiteral("score")].toDouble();
        QVERIFY(score <= previous);
        previous = score;
        QVERIFY2(hit[QStringLiteral("snippet")].toString().contains(QStringLiteral("<mark>알리바바")),
                 qPrintable(hit[QStringLiteral("snippet")].toString()));
    }
    const QJsonArray none =
        jsonArray({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("없는낱말"), QStringLiteral("--json")});
    QCOMPARE(none.size(), 0);
}

QString TestCli::writeFile(const QString &name, const QString &text) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

void TestCli::snippetMarkupInTheArticleIsEscaped()
{
    const QString path = writeFile(QStringLiteral("markup.txt"),
                                   QStringLiteral("마크업이 든 기사\n\n중국 기업 쿼크마크는 <img src=x onerror=alert(1)> 태그와 "
                                                  "<mark>가짜 표시</mark>를 본문에 적었다. 분석가는 이 문장을 검색한다.\n"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db(), path}).exitCode, 0);
    const QJsonArray hits =
        jsonArray({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("쿼크마크"), QStringLiteral("--json")});
    QCOMPARE(hits.size(), 1);
    const QString snippet = hits.first()[QStringLiteral("snippet")].toString();
    QVERIFY2(snippet.contains(QStringLiteral("<mark>쿼크마크</mark>")), qPrintable(snippet));
    QVERIFY2(!snippet.contains(QStringLiteral("<img")), qPrintable(snippet));
    QVERIFY2(snippet.contains(QStringLiteral("&lt;img")), qPrintable(snippet));
    QCOMPARE(snippet.count(QStringLiteral("<mark>")), 1);  // the article's own <mark> is text
}

void TestCli::negativeNumbersAreNotOptions()
{
    for (const QStringList &line : {QStringList{QStringLiteral("parse"), QStringLiteral("-3.5%"), QStringLiteral("--json")},
                                    QStringList{QStringLiteral("--json"), QStringLiteral("parse"), QStringLiteral("-3.5%")}}) {
        const CliRun run = cli(line);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject parsed = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(parsed[QStringLiteral("value")].toDouble(), -3.5);
        QCOMPARE(parsed[QStringLiteral("kind")].toString(), QStringLiteral("percent"));
    }
    // An unknown option is still one.
    QCOMPARE(cli({QStringLiteral("parse"), QStringLiteral("-x"), QStringLiteral("3")}).exitCode, 2);
}

void TestCli::readingCommandsNeverCreateALibrary()
{
    DOKHAE_SQLITE_ONLY("a missing file and a folder");
    const QString missing = m_dir->filePath(QStringLiteral("nowhere/library.sqlite"));
    const QList<QStringList> lines{{QStringLiteral("list"), QStringLiteral("--db"), missing},
                                   {QStringLiteral("show"), QStringLiteral("--db"), missing, QStringLiteral("1")},
                                   {QStringLiteral("search"), QStringLiteral("--db"), missing, QStringLiteral("중국")}};
    for (const QStringList &line : lines) {
        const CliRun run = cli(line);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(missing), qPrintable(run.err));
    }
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("nowhere"))));
    // A folder is not a library, and stays a folder.
    const CliRun folder = cli({QStringLiteral("list"), QStringLiteral("--db"), m_dir->path()});
    QCOMPARE(folder.exitCode, 3);
    QVERIFY2(folder.err.contains(QStringLiteral("folder")), qPrintable(folder.err));
}

void TestCli::hostilePagesImportWithinAMemoryCeiling()
{
    // 50,000 nested <div>s overflowed the stack of a recursive walk; 20,000 nested tables (a 300 KB
    // file) made gumbo record errors by the gigabyte. Both import in under 1 GiB of address space.
    const int depth = 50000;
    const QString deep = writeFile(QStringLiteral("deep.html"),
                                   QStringLiteral("<html><head><title>깊은 문서</title></head><body>")
                                       + QStringLiteral("<div>").repeated(depth)
                                       + QStringLiteral("<p>중국 AI 기업은 빠르게 성장했다. 투자는 크게 늘었다.</p>")
                                       + QStringLiteral("</div>").repeated(depth) + QStringLiteral("</body></html>"));
    const QString tables = writeFile(QStringLiteral("tables.html"),
                                     QStringLiteral("<html><body>") + QStringLiteral("<table><tr><td>").repeated(20000)
                                         + QStringLiteral("표 안의 글이 여기 있다.</body></html>"));
    QVERIFY(QFileInfo(tables).size() >= 300000);
    constexpr qint64 kCeiling = qint64(1) << 30;
    const CliRun run = dokhae::test::runCli(*m_dir, {QStringLiteral("import"), QStringLiteral("--db"), db(), deep, tables},
                                            kCeiling);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("2 added"), run.out.constData());
    const QJsonArray hits =
        jsonArray({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("빠르게"), QStringLiteral("--json")});
    QCOMPARE(hits.size(), 1);
}

void TestCli::refusedFilesExitNonZeroAndChangeNothing()
{
    importSeeds();
    const QString binary = m_dir->filePath(QStringLiteral("picture.txt"));
    QFile file(binary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
    file.close();
    const QString empty = m_dir->filePath(QStringLiteral("empty.md"));
    QFile(empty).open(QIODevice::WriteOnly);

    QCOMPARE(jsonArray({QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--json")}).size(), 4);
    const CliRun run = cli({QStringLiteral("import"), QStringLiteral("--db"), db(), binary, empty,
                            m_dir->filePath(QStringLiteral("does-not-exist.txt"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("picture.txt")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("empty.md")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("does-not-exist.txt")), qPrintable(run.err));
    QCOMPARE(jsonArray({QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--json")}).size(), 4);
}

void TestCli::reimportIsIdempotent()
{
    importSeeds();
    const CliRun again = cli({QStringLiteral("import"), QStringLiteral("--db"), db(), QStringLiteral(DOKHAE_SEEDS_DIR)});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(QString::fromUtf8(again.out).contains(QStringLiteral("0 added")), again.out.constData());
    QCOMPARE(jsonArray({QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--json")}).size(), 4);
}

void TestCli::damagedLibraryIsRefusedAndUntouched()
{
    DOKHAE_SQLITE_ONLY("a file of garbage bytes");
    QFile file(db());
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("this is not a database, ").repeated(400);
    file.write(garbage);
    file.close();
    const CliRun run = cli({QStringLiteral("import"), QStringLiteral("--db"), db(), QStringLiteral(DOKHAE_SEEDS_DIR)});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("library.sqlite")), qPrintable(run.err));
    // Said once, in the program's words: the log's timestamped copy stays in the log file.
    QVERIFY2(!run.err.contains(QStringLiteral("[error]")), qPrintable(run.err));
    QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

// A clean close means the next open reads no more than it needs; `check` reads every page.
void TestCli::checkReadsEveryPageOnDemand()
{
    importSeeds();
    const CliRun intact = cli({QStringLiteral("check"), QStringLiteral("--db"), db()});
    QCOMPARE(intact.exitCode, 0);
    QVERIFY2(intact.out.contains("intact"), intact.out.constData());
    DOKHAE_SQLITE_ONLY("the rest scribbles over the file's pages");

    QFile file(db());
    QVERIFY(file.size() > 8 * 4096);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(file.size() - 4 * 4096));
    QVERIFY(file.write(QByteArray(3 * 4096, '\x5a')) > 0);
    file.close();
    const CliRun damaged = cli({QStringLiteral("check"), QStringLiteral("--db"), db()});
    QCOMPARE(damaged.exitCode, 3);
    QVERIFY2(damaged.err.contains(QStringLiteral("damaged")), qPrintable(damaged.err));
}

// --limit and --offset page through the hits; how many there are in all is said on stderr.
void TestCli::searchPagesAndCountsEveryMatch()
{
    importSeeds();
    const QJsonArray all = jsonArray({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--json"),
                                      QStringLiteral("중국")});
    QVERIFY(all.size() >= 3);
    const CliRun second = cli({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--json"),
                               QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--offset"),
                               QStringLiteral("1"), QStringLiteral("중국")});
    QCOMPARE(second.exitCode, 0);
    const QJsonArray page = QJsonDocument::fromJson(second.out).array();
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.first().toObject().value(QStringLiteral("id")), all.at(1).toObject().value(QStringLiteral("id")));
    QVERIFY2(second.err.contains(QStringLiteral("2 to 2 of %1").arg(all.size())), qPrintable(second.err));
    QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("--db"), db(), QStringLiteral("--limit"), QStringLiteral("-1"),
                  QStringLiteral("중국")}).exitCode,
             2);
}

void TestCli::usageErrors()
{
    QCOMPARE(cli({}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("show"), QStringLiteral("--db"), db()}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("--help")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
