// The page scorer: every saved page under tests/data/import/pages/ has an expectations file
// (<page>.expect) that names its title, author, date and publisher, sentences of the article that
// must be kept and furniture phrases that must be gone. Each page is one row; the totals over all
// pages are printed at the end. A row fails on a wrong field or a lost article sentence; the
// boilerplate that survives is counted and printed. A field the file does not name is not scored.
//
// DOKHAE_SCORE_PAGES=/some/folder scores the pages of another folder the same way (pages that
// cannot be committed, such as saved pages of real sites).
#include "import/article_parser.h"
#include "text/text_normalizer.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cstdio>

using namespace dokhae;
using namespace dokhae::import;

namespace {

QString pagesDir()
{
    const QString other = qEnvironmentVariable("DOKHAE_SCORE_PAGES");
    return other.isEmpty() ? QDir(QStringLiteral(DOKHAE_TEST_DATA_DIR)).filePath(QStringLiteral("import/pages")) : other;
}

bool scoringOwnFixtures()
{
    return qEnvironmentVariableIsEmpty("DOKHAE_SCORE_PAGES");
}

// "key: value" lines; '#' starts a comment line. keep and drop may repeat.
struct PageExpectation {
    QString title, author, source;
    QDate date;
    QStringList keep, drop;
};

PageExpectation readExpectation(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(path));
    PageExpectation expected;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0)
            qFatal("%s: a line without a key: %s", qPrintable(path), qPrintable(line));
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == u"title")
            expected.title = value;
        else if (key == u"author")
            expected.author = value;
        else if (key == u"source")
            expected.source = value;
        else if (key == u"date")
            expected.date = QDate::fromString(value, Qt::ISODate);
        else if (key == u"keep")
            expected.keep << value;
        else if (key == u"drop")
            expected.drop << value;
        else
            qFatal("%s: unknown key %s", qPrintable(path), qPrintable(key));
    }
    return expected;
}

// The page file that an expectations file describes: same base name, any other extension.
QString pageFor(const QString &expectationPath)
{
    const QFileInfo info(expectationPath);
    const QStringList candidates = info.dir().entryList({info.completeBaseName() + QStringLiteral(".*")}, QDir::Files);
    for (const QString &name : candidates) {
        if (!name.endsWith(QStringLiteral(".expect")))
            return info.dir().filePath(name);
    }
    qFatal("no page for %s", qPrintable(expectationPath));
}

struct Totals {
    int pages = 0, refused = 0;
    int titles = 0, titlesAsked = 0, authors = 0, authorsAsked = 0, dates = 0, datesAsked = 0;
    int sources = 0, sourcesAsked = 0;
    int kept = 0, keepAsked = 0, dropped = 0, dropAsked = 0;
};

Totals totals;

// Scores one field when the expectation names it: "ok", "WRONG", or "-" when it is not asked.
const char *score(bool asked, bool right, int &hits, int &askedCount)
{
    if (!asked)
        return "-";
    ++askedCount;
    hits += right ? 1 : 0;
    return right ? "ok" : "WRONG";
}

} // namespace

class TestPageScorer : public QObject {
    Q_OBJECT

private slots:
    void page_data()
    {
        QTest::addColumn<QString>("expectation");
        const QDir dir(pagesDir());
        const QStringList files = dir.entryList({QStringLiteral("*.expect")}, QDir::Files, QDir::Name);
        if (scoringOwnFixtures())
            QVERIFY2(files.size() >= 10, "at least ten fixture pages");
        for (const QString &file : files)
            QTest::newRow(qPrintable(QFileInfo(file).completeBaseName())) << dir.filePath(file);
    }

    void page()
    {
        QFETCH(QString, expectation);
        const PageExpectation expected = readExpectation(expectation);
        if (scoringOwnFixtures())
            QVERIFY2(!expected.title.isEmpty() && !expected.author.isEmpty() && expected.date.isValid(),
                     "a fixture names its title, author and date");
        const ParseResult result = parseArticleFile(pageFor(expectation));
        ++totals.pages;
        totals.keepAsked += int(expected.keep.size());
        totals.dropAsked += int(expected.drop.size());
        if (!result.ok) {
            ++totals.refused;
            std::printf("PAGE %-24s REFUSED: %s\n", QTest::currentDataTag(), qPrintable(result.error));
            std::fflush(stdout);
        }
        QVERIFY2(result.ok, qPrintable(result.error));

        const ArticleMetadata &meta = result.article.meta;
        // Paragraph breaks are not part of what a sentence says.
        const QString text = QString(result.article.text).replace(u'\n', u' ');
        QStringList lost, survived;
        for (const QString &sentence : expected.keep) {
            if (!text.contains(text::toNfc(sentence)))
                lost << sentence;
        }
        for (const QString &phrase : expected.drop) {
            if (text.contains(text::toNfc(phrase)))
                survived << phrase;
        }
        totals.kept += int(expected.keep.size() - lost.size());
        totals.dropped += int(expected.drop.size() - survived.size());
        const bool titleOk = meta.title == expected.title;
        const bool authorOk = meta.author == expected.author;
        const bool dateOk = meta.published == expected.date;
        const bool sourceOk = meta.source == expected.source;
        std::printf("PAGE %-24s title %-5s author %-5s date %-5s source %-5s kept %lld/%lld dropped %lld/%lld\n",
                    QTest::currentDataTag(), score(!expected.title.isEmpty(), titleOk, totals.titles, totals.titlesAsked),
                    score(!expected.author.isEmpty(), authorOk, totals.authors, totals.authorsAsked),
                    score(expected.date.isValid(), dateOk, totals.dates, totals.datesAsked),
                    score(!expected.source.isEmpty(), sourceOk, totals.sources, totals.sourcesAsked),
                    qlonglong(expected.keep.size() - lost.size()), qlonglong(expected.keep.size()),
                    qlonglong(expected.drop.size() - survived.size()), qlonglong(expected.drop.size()));
        for (const QString &sentence : std::as_const(lost))
            std::printf("     lost: %s\n", qPrintable(sentence));
        for (const QString &phrase : std::as_const(survived))
            std::printf("     survived: %s\n", qPrintable(phrase));
        std::fflush(stdout);

        if (!expected.title.isEmpty())
            QCOMPARE(meta.title, expected.title);
        if (!expected.author.isEmpty())
            QCOMPARE(meta.author, expected.author);
        if (expected.date.isValid())
            QCOMPARE(meta.published, expected.date);
        if (!expected.source.isEmpty())
            QCOMPARE(meta.source, expected.source);
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("lost: ") + lost.join(QStringLiteral(" / "))));
    }

    void cleanupTestCase()
    {
        std::printf("TOTAL pages %d (refused %d): title %d/%d, author %d/%d, date %d/%d, source %d/%d, "
                    "sentences kept %d/%d, boilerplate dropped %d/%d\n",
                    totals.pages, totals.refused, totals.titles, totals.titlesAsked, totals.authors, totals.authorsAsked,
                    totals.dates, totals.datesAsked, totals.sources, totals.sourcesAsked, totals.kept, totals.keepAsked,
                    totals.dropped, totals.dropAsked);
        std::fflush(stdout);
        // Our own pages are read without a single survivor; a change that lets furniture back in
        // shows here even when no row fails.
        if (scoringOwnFixtures())
            QCOMPARE(totals.dropped, totals.dropAsked);
    }
};

QTEST_GUILESS_MAIN(TestPageScorer)
#include "test_page_scorer.moc"
