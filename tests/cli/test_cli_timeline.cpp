// dokhae-cli timeline, run as the real executable on articles of our own (one dated, one not) and
// the seeds: the JSON contract, time order, relative dates resolved or left unresolved, code point
// offsets (an emoji before a date), --article and --entity, the exit codes.
#include "cli_runner.h"
#include "text/code_points.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dokhae::test::CliRun;

namespace {

const QString kDated = u"화웨이의 새 칩 계획\n\n입력 2026-01-15\n\n"
                       u"화웨이는 지난 6월 10일 인터뷰에서 새 칩 계획을 밝혔다. 🚀 딥시크는 지난 12월 새 모델을 "
                       u"공개했다. 화웨이는 오는 3월 양산에 들어간다. 최근 바이두도 비슷한 계획을 내놓았다.\n"_s;
const QString kUndated = u"날짜 없는 기사\n\n딥시크는 지난해 첫 모델을 공개했다. 2024년 3월 정부 업무 보고에서도 "
                         u"언급됐다.\n"_s;

QJsonObject eventWritten(const QJsonArray &events, const QString &written)
{
    for (const QJsonValue &event : events) {
        if (event[u"date"_s][u"written"_s].toString() == written)
            return event.toObject();
    }
    return {};
}

} // namespace

class TestCliTimeline : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void eventsFollowTheContractInTimeOrder();
    void relativeDatesResolvedOrNot();
    void offsetsAreCodePoints();
    void oneArticleAndOneEntity();
    void textOutputMarksUncertainDates();
    void errors();

private:
    CliRun cli(const QStringList &arguments) const { return dokhae::test::runCli(m_dir, arguments); }
    QJsonArray timeline(const QStringList &more = {}) const
    {
        return dokhae::test::runCliJson(m_dir, QStringList{u"timeline"_s, u"--db"_s, m_db, u"--json"_s} + more).array();
    }
    qint64 idOf(const QString &title) const;

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliTimeline::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"library.sqlite"_s);
    for (const auto &[name, text] : {std::pair{u"dated.txt"_s, kDated}, std::pair{u"undated.txt"_s, kUndated}}) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
    QCOMPARE(cli({u"import"_s, u"--db"_s, m_db, m_dir.filePath(u"dated.txt"_s), m_dir.filePath(u"undated.txt"_s),
                  QStringLiteral(DOKHAE_SEEDS_DIR)})
                 .exitCode,
             0);
}

qint64 TestCliTimeline::idOf(const QString &title) const
{
    const QJsonArray articles =
        dokhae::test::runCliJson(m_dir, {u"list"_s, u"--db"_s, m_db, u"--json"_s}).array();
    for (const QJsonValue &article : articles) {
        if (article[u"title"_s].toString() == title)
            return article[u"id"_s].toInteger();
    }
    return -1;
}

void TestCliTimeline::eventsFollowTheContractInTimeOrder()
{
    const QJsonArray events = timeline();
    QVERIFY(events.size() >= 20);
    QString previous;
    bool unplacedSeen = false;
    for (const QJsonValue &event : events) {
        for (const char *key : {"date", "start", "end", "sentence_start", "sentence_end", "sentence", "entities",
                                "article_id", "title", "source", "published"})
            QVERIFY2(event.toObject().contains(QLatin1String(key)), key);
        const QJsonObject date = event[u"date"_s].toObject();
        for (const char *key : {"written", "start", "end", "iso", "precision", "certainty", "relative", "resolved"})
            QVERIFY2(date.contains(QLatin1String(key)), key);
        QVERIFY(event[u"sentence"_s].toString().contains(date[u"written"_s].toString()));
        const QString placed = date[u"start"_s].isNull() ? date[u"end"_s].toString() : date[u"start"_s].toString();
        if (placed.isEmpty()) {
            unplacedSeen = true;
            QCOMPARE(date[u"resolved"_s].toBool(), false);
            continue;
        }
        QVERIFY2(!unplacedSeen, "an unresolved event before a placed one");
        QVERIFY2(previous <= placed, qPrintable(previous + u" > "_s + placed));
        previous = placed;
    }
}

void TestCliTimeline::relativeDatesResolvedOrNot()
{
    const QJsonArray events = timeline();
    const QJsonObject june = eventWritten(events, u"지난 6월 10일"_s)[u"date"_s].toObject();
    QCOMPARE(june[u"start"_s].toString(), u"2025-06-10"_s);
    QCOMPARE(june[u"precision"_s].toString(), u"day"_s);
    QCOMPARE(june[u"certainty"_s].toString(), u"resolved"_s);
    QCOMPARE(june[u"relative"_s].toBool(), true);
    QCOMPARE(eventWritten(events, u"오는 3월"_s)[u"date"_s][u"iso"_s].toString(), u"2026-03"_s);
    const QJsonObject recent = eventWritten(events, u"최근"_s);  // the dated article's, or a seed's: either is open
    QCOMPARE(recent[u"date"_s][u"certainty"_s].toString(), u"approximate"_s);
    QVERIFY(recent[u"date"_s][u"start"_s].isNull());
    // The article without a date keeps 지난해 as written, unresolved; its absolute date is exact.
    const QJsonArray undated = timeline({u"--article"_s, QString::number(idOf(u"날짜 없는 기사"_s))});
    QCOMPARE(undated.size(), 2);
    QCOMPARE(undated[0][u"date"_s][u"written"_s].toString(), u"2024년 3월"_s);
    QCOMPARE(undated[0][u"date"_s][u"certainty"_s].toString(), u"exact"_s);
    QCOMPARE(undated[1][u"date"_s][u"written"_s].toString(), u"지난해"_s);
    QCOMPARE(undated[1][u"date"_s][u"certainty"_s].toString(), u"unresolved"_s);
    QVERIFY(undated[1][u"date"_s][u"start"_s].isNull());
    QVERIFY(undated[1][u"published"_s].isNull());
}

void TestCliTimeline::offsetsAreCodePoints()
{
    const qint64 id = idOf(u"화웨이의 새 칩 계획"_s);
    const QJsonArray events = timeline({u"--article"_s, QString::number(id)});
    const QString text =
        dokhae::test::runCliJson(m_dir, {u"show"_s, u"--db"_s, m_db, QString::number(id), u"--json"_s})[u"text"_s].toString();
    const QJsonObject december = eventWritten(events, u"지난 12월"_s);
    QVERIFY(!december.isEmpty());
    const auto slice = [&](qint64 from, qint64 to) {
        const qsizetype start = dokhae::text::codePointToUtf16(text, from);
        return text.mid(start, dokhae::text::codePointToUtf16(text, to) - start);
    };
    QCOMPARE(slice(december[u"start"_s].toInteger(), december[u"end"_s].toInteger()), u"지난 12월"_s);
    QCOMPARE(slice(december[u"sentence_start"_s].toInteger(), december[u"sentence_end"_s].toInteger()),
             december[u"sentence"_s].toString());
    QVERIFY(text.indexOf(u"지난 12월"_s) != december[u"start"_s].toInteger());  // the emoji counts once
}

void TestCliTimeline::oneArticleAndOneEntity()
{
    const qint64 id = idOf(u"화웨이의 새 칩 계획"_s);
    const QJsonArray one = timeline({u"--article"_s, QString::number(id)});
    QCOMPARE(one.size(), 4);
    for (const QJsonValue &event : one)
        QCOMPARE(event[u"article_id"_s].toInteger(), id);
    const QJsonArray huawei = timeline({u"--entity"_s, u"Huawei"_s});
    QVERIFY(huawei.size() >= 2);
    for (const QJsonValue &event : huawei) {
        bool named = false;
        for (const QJsonValue &entity : event[u"entities"_s].toArray())
            named = named || entity[u"name_en"_s].toString() == u"Huawei"_s;
        QVERIFY2(named, qPrintable(event[u"sentence"_s].toString()));
    }
    QVERIFY(!eventWritten(huawei, u"오는 3월"_s).isEmpty());
    QVERIFY(eventWritten(huawei, u"지난 12월"_s).isEmpty());  // that sentence names 딥시크, not 화웨이
    // Both filters at once: the entity's events in that article only.
    QCOMPARE(timeline({u"--entity"_s, u"화웨이"_s, u"--article"_s, QString::number(id)}).size(), 2);
}

void TestCliTimeline::textOutputMarksUncertainDates()
{
    const CliRun run = cli({u"timeline"_s, u"--db"_s, m_db, u"--article"_s,
                            QString::number(idOf(u"날짜 없는 기사"_s))});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(u"2024-03\t2024년 3월\t"_s));
    QVERIFY(lines[1].startsWith(u"?\t지난해\t"_s));
}

void TestCliTimeline::errors()
{
    QCOMPARE(cli({u"timeline"_s, u"--db"_s, m_db, u"--article"_s, u"99999"_s}).exitCode, 4);
    QCOMPARE(cli({u"timeline"_s, u"--db"_s, m_db, u"--entity"_s, u"없는이름없는회사"_s}).exitCode, 4);
    QCOMPARE(cli({u"timeline"_s, u"--db"_s, m_dir.filePath(u"missing.sqlite"_s)}).exitCode, 3);
    QVERIFY(!QFile::exists(m_dir.filePath(u"missing.sqlite"_s)));
}

QTEST_GUILESS_MAIN(TestCliTimeline)
#include "test_cli_timeline.moc"
