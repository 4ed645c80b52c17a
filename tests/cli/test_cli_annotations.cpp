// dokhae-cli annotate, annotations and import-annotations, run as the real executable on a library
// of seed 002 (an emoji comes before its text, so code point offsets differ from UTF-16 ones): what
// annotate stores and prints, the three exports, a round trip into a second library, and the exit
// codes of every refusal, each leaving the library as it was.
#include "annotations/annotation_settings.h"
#include "cli_runner.h"
#include "test_libraries.h"
#include "text/code_points.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dokhae::test::CliRun;

namespace {

const QString kSeed = QStringLiteral(DOKHAE_SEEDS_DIR "/002_9c0bf49b0926ee40.txt");
const QString kUniqueQuote = u"틱톡 금지법"_s;
const QString kRecurringQuote = u"틱톡"_s;

// The annotations of a W3C export, by id (urn:uuid: taken off).
QHash<QString, QJsonObject> annotationsById(const QByteArray &w3c)
{
    QHash<QString, QJsonObject> byId;
    const QJsonArray items = QJsonDocument::fromJson(w3c)[u"first"_s][u"items"_s].toArray();
    for (const QJsonValue &item : items)
        byId.insert(item[u"id"_s].toString().remove(u"urn:uuid:"_s), item.toObject());
    return byId;
}

QJsonObject selectorOfType(const QJsonObject &annotation, const QString &type)
{
    for (const QJsonValue &selector : annotation[u"target"_s][u"selector"_s].toArray()) {
        if (selector[u"type"_s].toString() == type)
            return selector.toObject();
    }
    return {};
}

// Where each occurrence of `quote` starts in `text`, in code points.
QList<qsizetype> codePointStarts(const QString &text, const QString &quote)
{
    QList<qsizetype> starts;
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
        starts << dokhae::text::utf16ToCodePoint(text, at);
    return starts;
}

} // namespace

class TestCliAnnotations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void annotateStoresNoteTagsAndColor();
    void annotatePrintsTheId();
    void w3cExportHasTheAnnotationAtItsCodePoints();
    void absentQuoteIsNotFound();
    void recurringQuoteNeedsAnOccurrence();
    void colorsByKeyOrName();
    void markdownQuotesAndLinks();
    void csvStartsWithABom();
    void roundTripIntoAFreshLibrary();
    void refusedFilesLeaveTheLibraryAlone();
    void annotationOfNoArticleIsNamed();
    void passageGoneIsKeptAsAnOrphan();
    void usageErrors();
    void missingLibraryIsNotCreated();

private:
    CliRun cli(const QStringList &arguments) const { return dokhae::test::runCli(m_dir, arguments); }
    QString newLibrary(const QString &name);
    QJsonObject annotate(const QStringList &more) const;
    QByteArray exported(const QString &db, const QStringList &more = {}) const;
    int annotationCount(const QString &db) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    dokhae::test::TestLibraries m_libraries;
    QTemporaryDir m_dir;  // the CLI's home, and the files it reads and writes
    QString m_db;
    QString m_articleId;
    QString m_text;  // the article's reading text
};

QString TestCliAnnotations::newLibrary(const QString &name)
{
    const QString db = m_libraries.newLocation(name);
    const CliRun run = cli({u"import"_s, u"--db"_s, db, kSeed});
    return run.exitCode == 0 ? db : QString();
}

QJsonObject TestCliAnnotations::annotate(const QStringList &more) const
{
    return dokhae::test::runCliJson(m_dir, QStringList{u"annotate"_s, u"--db"_s, m_db, m_articleId, u"--json"_s} + more)
        .object();
}

QByteArray TestCliAnnotations::exported(const QString &db, const QStringList &more) const
{
    const CliRun run = cli(QStringList{u"annotations"_s, u"--db"_s, db} + more);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return run.out;
}

int TestCliAnnotations::annotationCount(const QString &db) const
{
    return QJsonDocument::fromJson(exported(db))[u"total"_s].toInt(-1);
}

QString TestCliAnnotations::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

void TestCliAnnotations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_libraries.isValid());
    DOKHAE_START_TEST_LIBRARIES(m_libraries);
    // The CLI's settings (author, color names) in the throwaway home too, where this test can set them.
    const QString config = m_dir.filePath(u"config"_s);
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
    QSettings settings(config + u"/dokhae/dokhae.conf"_s, QSettings::IniFormat);
    settings.setValue(u"annotations/author"_s, u"김분석"_s);
    settings.setValue(u"annotations/colorNames/blue"_s, u"Rebuttal"_s);
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);

    m_db = newLibrary(u"library"_s);
    QVERIFY(!m_db.isEmpty());
    const QJsonArray articles = dokhae::test::runCliJson(m_dir, {u"list"_s, u"--db"_s, m_db, u"--json"_s}).array();
    QCOMPARE(articles.size(), 1);
    m_articleId = QString::number(articles[0][u"id"_s].toInteger());
    m_text = dokhae::test::runCliJson(m_dir, {u"show"_s, u"--db"_s, m_db, m_articleId, u"--json"_s})[u"text"_s]
                 .toString();
    QCOMPARE(m_text.count(kUniqueQuote), 1);
    QVERIFY(m_text.count(kRecurringQuote) > 2);
    // The emoji before the quotes makes their code point offsets differ from their UTF-16 ones.
    QVERIFY(codePointStarts(m_text, kUniqueQuote).first() < m_text.indexOf(kUniqueQuote));
}

void TestCliAnnotations::annotateStoresNoteTagsAndColor()
{
    const QJsonObject made = annotate({u"--quote"_s, kUniqueQuote, u"--note"_s, u"**Why** it passed"_s, u"--tag"_s,
                                       u"정책"_s, u"--tag"_s, u"US, China"_s, u"--color"_s, u"red"_s});
    QVERIFY(!made[u"id"_s].toString().isEmpty());
    QCOMPARE(made[u"article"_s].toInteger(), m_articleId.toLongLong());
    const qsizetype start = codePointStarts(m_text, kUniqueQuote).first();
    QCOMPARE(made[u"start"_s].toInteger(), start);
    QCOMPARE(made[u"end"_s].toInteger(), start + kUniqueQuote.size());
    QCOMPARE(made[u"quote"_s][u"exact"_s].toString(), kUniqueQuote);
    QVERIFY(m_text.contains(made[u"quote"_s][u"prefix"_s].toString() + kUniqueQuote
                            + made[u"quote"_s][u"suffix"_s].toString()));
    QCOMPARE(made[u"note"_s].toString(), u"**Why** it passed"_s);
    QCOMPARE(made[u"tags"_s].toVariant().toStringList(), (QStringList{u"정책"_s, u"US"_s, u"China"_s}));
    QCOMPARE(made[u"color"_s].toString(), u"red"_s);
    // A team library records the database role that wrote it, not the name the client gives.
    QCOMPARE(made[u"author"_s].toString(),
             dokhae::test::TestLibraries::onPostgres() ? dokhae::test::PgTestServer::adminRole() : u"김분석"_s);
    QVERIFY(QDateTime::fromString(made[u"created"_s].toString(), Qt::ISODate).isValid());
    QCOMPARE(made[u"modified"_s].toString(), made[u"created"_s].toString());
    QCOMPARE(made[u"orphan"_s].toBool(), false);
}

void TestCliAnnotations::annotatePrintsTheId()
{
    // Whitespace as a web page gives it still finds the passage: the quote is normalized first.
    const CliRun run = cli({u"annotate"_s, u"--db"_s, m_db, m_articleId, u"--quote"_s, u"AI 칩\u00A0 수출\t통제"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString id = QString::fromUtf8(run.out).trimmed();
    const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    QVERIFY2(uuid.match(id).hasMatch(), qPrintable(id));
    const QJsonObject stored = annotationsById(exported(m_db)).value(id);
    QCOMPARE(selectorOfType(stored, u"TextQuoteSelector"_s)[u"exact"_s].toString(), u"AI 칩 수출 통제"_s);
    QCOMPARE(stored[u"target"_s][u"styleClass"_s].toString(), u"yellow"_s);  // the default color
}

void TestCliAnnotations::w3cExportHasTheAnnotationAtItsCodePoints()
{
    const QString id = annotate({u"--quote"_s, u"양대 AI 강국"_s, u"--note"_s, u"a claim"_s})[u"id"_s].toString();
    const QByteArray w3c = exported(m_db, {u"--format"_s, u"w3c"_s});
    QCOMPARE(QJsonDocument::fromJson(w3c)[u"@context"_s].toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
    QCOMPARE(w3c, exported(m_db));  // w3c is the default
    const QJsonObject annotation = annotationsById(w3c).value(id);
    QCOMPARE(annotation[u"@context"_s].toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
    const QJsonObject position = selectorOfType(annotation, u"TextPositionSelector"_s);
    const qsizetype start = codePointStarts(m_text, u"양대 AI 강국"_s).first();
    QCOMPARE(position[u"start"_s].toInteger(), start);
    QCOMPARE(position[u"end"_s].toInteger(), start + 8);
    QCOMPARE(annotationsById(exported(m_db, {u"--article"_s, m_articleId})).keys().size(), annotationCount(m_db));
}

void TestCliAnnotations::absentQuoteIsNotFound()
{
    const int before = annotationCount(m_db);
    QVERIFY(before > 0);
    const CliRun absent = cli({u"annotate"_s, u"--db"_s, m_db, m_articleId, u"--quote"_s, u"이 기사에 없는 문장"_s});
    QCOMPARE(absent.exitCode, 4);
    QVERIFY2(absent.err.contains(m_articleId), qPrintable(absent.err));
    const CliRun noArticle = cli({u"annotate"_s, u"--db"_s, m_db, u"999"_s, u"--quote"_s, kUniqueQuote});
    QCOMPARE(noArticle.exitCode, 4);
    QVERIFY(noArticle.err.contains(u"999"_s));
    QCOMPARE(annotationCount(m_db), before);
}

void TestCliAnnotations::recurringQuoteNeedsAnOccurrence()
{
    const int before = annotationCount(m_db);
    const QList<qsizetype> starts = codePointStarts(m_text, kRecurringQuote);
    const QStringList ask{u"annotate"_s, u"--db"_s, m_db, m_articleId, u"--quote"_s, kRecurringQuote};
    const CliRun ambiguous = cli(ask);
    QCOMPARE(ambiguous.exitCode, 2);
    QVERIFY2(ambiguous.err.contains(QString::number(starts.size())) && ambiguous.err.contains(u"--occurrence"_s),
             qPrintable(ambiguous.err));
    QCOMPARE(cli(ask + QStringList{u"--occurrence"_s, QString::number(starts.size() + 1)}).exitCode, 4);
    QCOMPARE(cli(ask + QStringList{u"--occurrence"_s, u"0"_s}).exitCode, 2);
    QCOMPARE(annotationCount(m_db), before);

    const QJsonObject second = annotate({u"--quote"_s, kRecurringQuote, u"--occurrence"_s, u"2"_s});
    QCOMPARE(second[u"start"_s].toInteger(), starts.at(1));
    const QJsonObject last =
        annotate({u"--quote"_s, kRecurringQuote, u"--occurrence"_s, QString::number(starts.size())});
    QCOMPARE(last[u"start"_s].toInteger(), starts.last());
}

void TestCliAnnotations::colorsByKeyOrName()
{
    const CliRun unknown = cli({u"annotate"_s, u"--db"_s, m_db, m_articleId, u"--quote"_s, kUniqueQuote, u"--color"_s,
                                u"magenta"_s});
    QCOMPARE(unknown.exitCode, 2);
    for (const QString &key : {u"yellow"_s, u"red"_s, u"blue"_s, u"green"_s, u"purple"_s})
        QVERIFY2(unknown.err.contains(key), qPrintable(unknown.err));
    QVERIFY(unknown.err.contains(u"Rebuttal"_s));

    // The CLI has no translator, like this test: the default names are the source strings.
    const QString question = dokhae::annotations::defaultColorName(u"red"_s);
    QCOMPARE(annotate({u"--quote"_s, kUniqueQuote, u"--color"_s, question.toUpper()})[u"color"_s].toString(), u"red"_s);
    QCOMPARE(annotate({u"--quote"_s, kUniqueQuote, u"--color"_s, u"rebuttal"_s})[u"color"_s].toString(), u"blue"_s);
    const QString figure = dokhae::annotations::defaultColorName(u"blue"_s);
    QCOMPARE(annotate({u"--quote"_s, kUniqueQuote, u"--color"_s, figure})[u"color"_s].toString(), u"blue"_s);
    QCOMPARE(annotate({u"--quote"_s, kUniqueQuote, u"--color"_s, u"Purple"_s})[u"color"_s].toString(), u"purple"_s);
}

void TestCliAnnotations::markdownQuotesAndLinks()
{
    const QString id = annotate({u"--quote"_s, u"AI 산업 현황"_s, u"--note"_s, u"see the survey"_s})[u"id"_s].toString();
    const CliRun run = cli({u"annotations"_s, u"--db"_s, m_db, u"--format"_s, u"markdown"_s});
    QCOMPARE(run.exitCode, 0);
    const QString markdown = QString::fromUtf8(run.out);
    QVERIFY2(markdown.contains(u"> AI 산업 현황"_s), qPrintable(markdown.left(2000)));
    QVERIFY(markdown.contains(u"see the survey"_s));
    QVERIFY(markdown.contains(u"dokhae://annotation/"_s + id));
}

void TestCliAnnotations::csvStartsWithABom()
{
    const CliRun run = cli({u"annotations"_s, u"--db"_s, m_db, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!run.out.mid(3).startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(run.out).contains(kUniqueQuote));

    const QString path = m_dir.filePath(u"annotations.csv"_s);
    const CliRun toFile = cli({u"annotations"_s, u"--db"_s, m_db, u"--format"_s, u"csv"_s, u"--output"_s, path});
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), run.out);
}

void TestCliAnnotations::roundTripIntoAFreshLibrary()
{
    const QString path = m_dir.filePath(u"annotations.jsonld"_s);
    QCOMPARE(cli({u"annotations"_s, u"--db"_s, m_db, u"--output"_s, path}).exitCode, 0);
    const QHash<QString, QJsonObject> mine = annotationsById(exported(m_db));
    QVERIFY(mine.size() >= 5);

    const QString fresh = newLibrary(u"fresh"_s);
    QVERIFY(!fresh.isEmpty());
    const CliRun first = cli({u"import-annotations"_s, u"--db"_s, fresh, path});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(QString::fromUtf8(first.out).trimmed(),
             u"%1 added, 0 updated, 0 unchanged, 0 orphaned, 0 without an article"_s.arg(mine.size()));
    const QHash<QString, QJsonObject> theirs = annotationsById(exported(fresh));
    QCOMPARE(theirs.keys().size(), mine.size());
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        QVERIFY2(theirs.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(selectorOfType(theirs[it.key()], u"TextPositionSelector"_s),
                 selectorOfType(*it, u"TextPositionSelector"_s));
        QCOMPARE(theirs[it.key()][u"body"_s], (*it)[u"body"_s]);
    }

    const CliRun again = cli({u"import-annotations"_s, u"--db"_s, fresh, path});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.startsWith(QByteArray("0 added, 0 updated, " + QByteArray::number(mine.size()) + " unchanged")),
             again.out.constData());
    QCOMPARE(annotationCount(fresh), mine.size());
}

void TestCliAnnotations::refusedFilesLeaveTheLibraryAlone()
{
    const QByteArray before = exported(m_db);
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    for (int i = 0; i < 4096; ++i)
        png.append(char((i * 37) & 0xff));
    const QStringList files{writeFile(u"broken.jsonld"_s, R"({"type": "AnnotationCollection", "first": )"),
                            writeFile(u"picture.jsonld"_s, png), writeFile(u"other.json"_s, R"({"name": "not one"})"),
                            m_dir.filePath(u"no-such-file.jsonld"_s), m_dir.path(), writeFile(u"huge.jsonld"_s, {})};
    QVERIFY(QFile::resize(files.last(), 64 * 1024 * 1024 + 1));  // sparse: costs no disk
    for (const QString &file : files) {
        QVERIFY(!file.isEmpty());
        const CliRun run = cli({u"import-annotations"_s, u"--db"_s, m_db, file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QFileInfo(file).fileName()), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(exported(m_db), before);
}

void TestCliAnnotations::annotationOfNoArticleIsNamed()
{
    const QByteArray single = R"({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
        "id": "urn:uuid:0f5e2c1a-8a44-4c8e-9a39-3f6a4e1d2b7c", "motivation": "highlighting",
        "target": {"selector": {"type": "TextQuoteSelector", "exact": "어느 기사에도 없는 구절"}}})";
    const int before = annotationCount(m_db);
    const CliRun run = cli({u"import-annotations"_s, u"--db"_s, m_db, writeFile(u"stray.jsonld"_s, single)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.startsWith("0 added"));
    QVERIFY(run.out.contains("1 without an article"));
    QVERIFY2(run.err.contains(u"0f5e2c1a-8a44-4c8e-9a39-3f6a4e1d2b7c"_s), qPrintable(run.err));
    QCOMPARE(annotationCount(m_db), before);
}

void TestCliAnnotations::passageGoneIsKeptAsAnOrphan()
{
    // One of ours, as another library would send it after its article changed: a new id, and a
    // passage this article's text does not have, on a revision this library has.
    QJsonObject item = annotationsById(exported(m_db)).begin().value();
    item[u"id"_s] = u"urn:uuid:5b0c9d3e-1f2a-4b6c-8d7e-9f0a1b2c3d4e"_s;
    QJsonObject target = item[u"target"_s].toObject();
    target[u"selector"_s] = QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                        {u"exact"_s, u"Zebra quartz vexing jumpy fog, 존재하지 않는 인용문"_s},
                                        {u"prefix"_s, u"Lorem ipsum dolor sit amet "_s},
                                        {u"suffix"_s, u" consectetur adipiscing elit"_s}};
    item[u"target"_s] = target;
    const QString file = writeFile(u"orphan.jsonld"_s, QJsonDocument(item).toJson());
    const int before = annotationCount(m_db);
    const CliRun run = cli({u"import-annotations"_s, u"--db"_s, m_db, file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QString::fromUtf8(run.out).trimmed(),
             u"1 added, 0 updated, 0 unchanged, 1 orphaned, 0 without an article"_s);
    QCOMPARE(annotationCount(m_db), before + 1);
    QVERIFY(annotationsById(exported(m_db)).contains(u"5b0c9d3e-1f2a-4b6c-8d7e-9f0a1b2c3d4e"_s));
}

void TestCliAnnotations::usageErrors()
{
    QCOMPARE(cli({u"annotations"_s, u"--db"_s, m_db, u"--format"_s, u"xml"_s}).exitCode, 2);
    QCOMPARE(cli({u"annotations"_s, u"--db"_s, m_db, u"--article"_s, u"999"_s}).exitCode, 4);
    QCOMPARE(cli({u"annotate"_s, u"--db"_s, m_db, m_articleId}).exitCode, 2);  // no --quote
    QCOMPARE(cli({u"annotate"_s, u"--db"_s, m_db, m_articleId, u"--quote"_s, u"  "_s}).exitCode, 2);
    QCOMPARE(cli({u"import-annotations"_s, u"--db"_s, m_db}).exitCode, 2);
    const QString never = m_dir.filePath(u"never.csv"_s);
    QCOMPARE(cli({u"annotations"_s, u"--db"_s, m_db, u"--format"_s, u"xml"_s, u"--output"_s, never}).exitCode, 2);
    QVERIFY(!QFile::exists(never));
    const CliRun unwritable =
        cli({u"annotations"_s, u"--db"_s, m_db, u"--output"_s, u"/proc/no-such-folder/a.jsonld"_s});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY(!unwritable.err.isEmpty());
}

void TestCliAnnotations::missingLibraryIsNotCreated()
{
    DOKHAE_SQLITE_ONLY("a missing file");
    const QString missing = m_dir.filePath(u"missing.sqlite"_s);
    const QString file = m_dir.filePath(u"annotations.jsonld"_s);
    for (const QStringList &command : {QStringList{u"annotate"_s, m_articleId, u"--quote"_s, kUniqueQuote},
                                       QStringList{u"annotations"_s}, QStringList{u"import-annotations"_s, file}}) {
        const CliRun run = cli(command + QStringList{u"--db"_s, missing});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(missing), qPrintable(run.err));
        QVERIFY(!QFile::exists(missing));
    }
}

QTEST_GUILESS_MAIN(TestCliAnnotations)
#include "test_cli_annotations.moc"
