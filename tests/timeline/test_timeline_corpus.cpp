// The timeline measured on real news text it was not written for: every article of
// tests/data/timeline/*.expected.tsv is read by the import parser, its date expressions and events
// found, and both compared with the dates a reader wrote down by hand (see the README there).
// Precision, recall and resolution accuracy are logged per file and in total; the asserted floors
// sit below what the code measured when the gold was made, so they catch a regression without
// being tuned to these texts.
#include "timeline_gold.h"

#include "figures/figure.h"
#include "import/article_parser.h"
#include "timeline/date_expressions.h"
#include "timeline/timeline_event.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dokhae;
using namespace dokhae::timeline::gold;

namespace {

// Measured when the gold was made (2026-12-01; the numbers are in the README of tests/data/timeline):
// date expressions precision 100.0%, recall 73.8% (45 of 61), resolution 100.0%; events precision
// 82.4% (28 of 34), recall 71.8% (28 of 39), resolution 100.0%. Each floor is about 0.1 below.
constexpr double kExpressionPrecisionFloor = 0.90;
constexpr double kExpressionRecallFloor = 0.63;
constexpr double kEventPrecisionFloor = 0.72;
constexpr double kEventRecallFloor = 0.61;
constexpr double kResolutionFloor = 0.90;

QString dataDir()
{
    return QStringLiteral(DOKHAE_TEST_DATA_DIR);
}

QString percent(double value)
{
    return QString::number(100.0 * value, 'f', 1) + u'%';
}

void logScore(const QString &what, const Score &score)
{
    qInfo().noquote() << u"%1: %2 found right, %3 extra (%4 at a wrong boundary), %5 missed; "
                         "precision %6, recall %7, resolution %8 (%9 of %2)"_s
                             .arg(what)
                             .arg(score.truePositives)
                             .arg(score.falsePositives)
                             .arg(score.nearMisses)
                             .arg(score.falseNegatives)
                             .arg(percent(score.precision()), percent(score.recall()),
                                  percent(score.resolutionAccuracy()))
                             .arg(score.resolvedRight);
}

} // namespace

class TestTimelineCorpus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void goldMatchesTheImportedArticles();
    void scoresStayAboveTheirFloors();

private:
    struct Article {
        GoldFile gold;
        QString text;
        QDate published;  // as the import parser reads it
    };
    QList<Article> m_articles;
};

void TestTimelineCorpus::initTestCase()
{
    const QDir goldDir(dataDir() + u"/timeline"_s);
    const QStringList files = goldDir.entryList({u"*.expected.tsv"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 10, "the gold files are missing");
    for (const QString &file : files) {
        Article article;
        article.gold = readGoldFile(goldDir.filePath(file));
        QVERIFY2(article.gold.error.isEmpty(), qPrintable(file + u": "_s + article.gold.error));
        const import::ParseResult parsed = import::parseArticleFile(dataDir() + u'/' + article.gold.source);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        article.text = parsed.article.text;
        article.published = parsed.article.meta.published;
        QString missing;
        QVERIFY2(locate(article.gold, article.text, &missing),
                 qPrintable(file + u": not in the reading text, or out of order: "_s + missing));
        m_articles << article;
    }
}

void TestTimelineCorpus::goldMatchesTheImportedArticles()
{
    // The gold resolved its relative dates against this publication date: the import must read the same.
    for (const Article &article : std::as_const(m_articles))
        QCOMPARE(article.published, article.gold.published);
}

void TestTimelineCorpus::scoresStayAboveTheirFloors()
{
    Score expressions, events;
    for (const Article &article : std::as_const(m_articles)) {
        ArticleSummary summary;
        summary.id = 1;
        summary.meta.published = article.published;
        QList<Found> foundExpressions, foundEvents;
        const QList<figures::Figure> figures = figures::extractFigures(article.text);
        for (const timeline::DateExpression &expression :
             timeline::findDateExpressions(article.text, figures, article.published))
            foundExpressions.append({expression.start, expression.end, expression.date});
        for (const timeline::TimelineEvent &event : timeline::articleEvents(article.text, summary, {}))
            foundEvents.append({event.dateStart, event.dateEnd, event.date});

        const Score fileExpressions = score(article.text, article.gold.dates, foundExpressions, false);
        const Score fileEvents = score(article.text, article.gold.dates, foundEvents, true);
        logScore(article.gold.name + u" expressions"_s, fileExpressions);
        logScore(article.gold.name + u" events"_s, fileEvents);
        for (const QString &error : fileExpressions.errors)
            qInfo().noquote() << u"    date  "_s + error;
        for (const QString &error : fileEvents.errors)
            qInfo().noquote() << u"    event "_s + error;
        expressions.add(fileExpressions);
        events.add(fileEvents);
    }
    logScore(u"TOTAL expressions"_s, expressions);
    logScore(u"TOTAL events"_s, events);

    QVERIFY(expressions.precision() >= kExpressionPrecisionFloor);
    QVERIFY(expressions.recall() >= kExpressionRecallFloor);
    QVERIFY(expressions.resolutionAccuracy() >= kResolutionFloor);
    QVERIFY(events.precision() >= kEventPrecisionFloor);
    QVERIFY(events.recall() >= kEventRecallFloor);
    QVERIFY(events.resolutionAccuracy() >= kResolutionFloor);
}

QTEST_GUILESS_MAIN(TestTimelineCorpus)
#include "test_timeline_corpus.moc"
