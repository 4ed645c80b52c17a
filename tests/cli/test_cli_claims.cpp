// dokhae-cli claims, run as the real executable on a library of our own four articles
// (tests/data/claims) and on the seeds: the JSON contract with code point offsets, the filters,
// the threshold, the text table, and the usage errors.
#include "cli_runner.h"
#include "test_libraries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dokhae::test::CliRun;

class TestCliClaims : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void claimsFollowTheContract();
    void sentencesAreAtCodePointOffsets();
    void filtersNarrowTheList();
    void thresholdDecidesWhatIsFlagged();
    void textTableAndEnglish();
    void singleSourceClaimsOnlyWhenAsked();
    void usageErrors();

private:
    CliRun cli(const QStringList &arguments) const { return dokhae::test::runCli(m_dir, arguments); }
    QJsonArray claims(const QStringList &more = {}, const QString &db = {}) const;
    QJsonObject chinaInvestment(const QJsonArray &groups) const;

    dokhae::test::TestLibraries m_libraries;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_seeds;
};

QJsonArray TestCliClaims::claims(const QStringList &more, const QString &db) const
{
    return dokhae::test::runCliJson(m_dir, QStringList{u"claims"_s, u"--db"_s, db.isEmpty() ? m_db : db, u"--json"_s}
                                               + more)
        .array();
}

QJsonObject TestCliClaims::chinaInvestment(const QJsonArray &groups) const
{
    for (const QJsonValue &group : groups) {
        if (group[u"subject_en"_s] == u"China"_s && group[u"measure_key"_s] == u"투자액"_s && group[u"year"_s] == 2023)
            return group.toObject();
    }
    return {};
}

void TestCliClaims::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_libraries.isValid());
    DOKHAE_START_TEST_LIBRARIES(m_libraries);
    m_db = m_libraries.newLocation(u"claims"_s);
    QCOMPARE(cli({u"import"_s, u"--db"_s, m_db, QStringLiteral(DOKHAE_TEST_DATA_DIR "/claims")}).exitCode, 0);
    m_seeds = m_libraries.newLocation(u"seeds"_s);
    QCOMPARE(cli({u"import"_s, u"--db"_s, m_seeds, QStringLiteral(DOKHAE_SEEDS_DIR)}).exitCode, 0);
}

void TestCliClaims::claimsFollowTheContract()
{
    const QJsonArray all = claims();
    QVERIFY(!all.isEmpty());
    for (const QJsonValue &group : all) {
        for (const char *key : {"subject", "subject_ko", "subject_en", "measure", "measure_key", "year", "kind", "unit",
                                "sources", "flagged", "members", "flags"})
            QVERIFY2(group.toObject().contains(QLatin1String(key)), key);
        QVERIFY(group[u"sources"_s].toInt() >= 2);
        QCOMPARE(group[u"flagged"_s].toBool(), !group[u"flags"_s].toArray().isEmpty());
        for (const QJsonValue &member : group[u"members"_s].toArray()) {
            for (const char *key : {"article_id", "outlet", "published", "text", "start", "end", "value", "display",
                                    "normalized", "normalized_display", "sentence"})
                QVERIFY2(member.toObject().contains(QLatin1String(key)), key);
        }
        for (const QJsonValue &flag : group[u"flags"_s].toArray()) {
            QVERIFY(!flag[u"reason"_s].toString().isEmpty());
            for (const QJsonValue &index : flag[u"members"_s].toArray())
                QVERIFY(index.toInt() >= 0 && index.toInt() < group[u"members"_s].toArray().size());
        }
    }
    const QJsonObject investment = chinaInvestment(all);
    QVERIFY(!investment.isEmpty());
    QCOMPARE(investment[u"unit"_s].toString(), u"USD"_s);
    QCOMPARE(investment[u"sources"_s].toInt(), 4);
    QSet<QString> kinds;
    for (const QJsonValue &flag : investment[u"flags"_s].toArray())
        kinds.insert(flag[u"kind"_s].toString());
    QCOMPARE(kinds, (QSet<QString>{u"values_differ"_s, u"rate_far_from_month"_s}));
    // The dollar figure with its conversion in won: one member, the conversion beside it.
    bool sawConversion = false;
    for (const QJsonValue &member : investment[u"members"_s].toArray()) {
        if (member[u"outlet"_s] == u"한빛경제"_s) {
            QCOMPARE(member[u"conversion"_s][u"currency"_s].toString(), u"KRW"_s);
            QCOMPARE(member[u"rate"_s][u"base"_s].toString(), u"USD"_s);
            QCOMPARE(member[u"normalized"_s].toDouble(), 7.76e9);
            sawConversion = true;
        }
    }
    QVERIFY(sawConversion);
}

void TestCliClaims::sentencesAreAtCodePointOffsets()
{
    // Seed 002 has emoji before its figures: code points and UTF-16 differ there.
    for (const QJsonValue &group : claims({u"--single-source"_s}, m_seeds)) {
        for (const QJsonValue &member : group[u"members"_s].toArray()) {
            const QString id = QString::number(member[u"article_id"_s].toInteger());
            const QString text =
                dokhae::test::runCliJson(m_dir, {u"show"_s, u"--db"_s, m_seeds, id, u"--json"_s})[u"text"_s].toString();
            const QList<uint> codePoints = text.toUcs4();
            const auto slice = [&](qsizetype start, qsizetype end) {
                return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start), end - start);
            };
            QCOMPARE(slice(member[u"start"_s].toInteger(), member[u"end"_s].toInteger()), member[u"text"_s].toString());
            const QJsonObject sentence = member[u"sentence"_s].toObject();
            QCOMPARE(slice(sentence[u"start"_s].toInteger(), sentence[u"end"_s].toInteger()),
                     sentence[u"text"_s].toString());
        }
    }
}

void TestCliClaims::filtersNarrowTheList()
{
    const QJsonArray china = claims({u"--entity"_s, u"China"_s});
    QVERIFY(!china.isEmpty());
    for (const QJsonValue &group : china)
        QCOMPARE(group[u"subject_en"_s].toString(), u"China"_s);
    QCOMPARE(claims({u"--entity"_s, u"中国"_s}).size(), china.size());
    const QJsonArray investment = claims({u"--entity"_s, u"중국"_s, u"--measure"_s, u"민간 투자액"_s, u"--year"_s, u"2023"_s});
    QCOMPARE(investment.size(), 1);
    QVERIFY(claims({u"--year"_s, u"2019"_s}).isEmpty());
    const QJsonArray flagged = claims({u"--flagged"_s, u"--single-source"_s});
    for (const QJsonValue &group : flagged)
        QVERIFY(group[u"flagged"_s].toBool());
    qsizetype flaggedInAll = 0;
    const QJsonArray all = claims({u"--single-source"_s});
    for (const QJsonValue &group : all)
        flaggedInAll += group[u"flagged"_s].toBool();
    QCOMPARE(flagged.size(), flaggedInAll);
    QVERIFY(flagged.size() < all.size());
}

void TestCliClaims::thresholdDecidesWhatIsFlagged()
{
    const auto kindsAt = [&](const QString &threshold) {
        QSet<QString> kinds;
        for (const QJsonValue &flag : chinaInvestment(claims({u"--threshold"_s, threshold}))[u"flags"_s].toArray())
            kinds.insert(flag[u"kind"_s].toString());
        return kinds;
    };
    QVERIFY(kindsAt(u"5"_s).contains(u"values_differ"_s));
    QVERIFY(kindsAt(u"15%"_s).contains(u"values_differ"_s));  // 92억 against about 75억 8,000만 달러: 17.6%
    QVERIFY(!kindsAt(u"20"_s).contains(u"values_differ"_s));
    QVERIFY(kindsAt(u"20"_s).contains(u"rate_far_from_month"_s));  // the rate is not the values' threshold
}

void TestCliClaims::textTableAndEnglish()
{
    const CliRun korean = cli({u"claims"_s, u"--db"_s, m_db, u"--entity"_s, u"중국"_s, u"--measure"_s, u"투자액"_s});
    QCOMPARE(korean.exitCode, 0);
    const QString text = QString::fromUtf8(korean.out);
    QVERIFY2(text.startsWith(u"중국 · "_s), qPrintable(text));
    QVERIFY(text.contains(u"77억 6,000만 달러"_s));
    QVERIFY(text.contains(u"테크브리프"_s));
    QVERIFY(text.contains(u"    ! "_s));
    const CliRun english =
        cli({u"claims"_s, u"--db"_s, m_db, u"--entity"_s, u"중국"_s, u"--measure"_s, u"투자액"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(english.exitCode, 0);
    const QString englishText = QString::fromUtf8(english.out);
    QVERIFY2(englishText.startsWith(u"China · "_s), qPrintable(englishText));
    QVERIFY(englishText.contains(u"$7.76 billion"_s));
    QVERIFY(englishText.contains(u"4 source(s)"_s));
    QVERIFY(englishText.contains(u"more than the 5% allowed"_s));
}

void TestCliClaims::singleSourceClaimsOnlyWhenAsked()
{
    const QJsonArray shared = claims({}, m_seeds);
    const QJsonArray all = claims({u"--single-source"_s}, m_seeds);
    QVERIFY(all.size() > shared.size());
    int single = 0;
    for (const QJsonValue &group : all)
        single += group[u"sources"_s].toInt() == 1;
    QCOMPARE(all.size() - single, shared.size());
}

void TestCliClaims::usageErrors()
{
    QCOMPARE(cli({u"claims"_s, u"--db"_s, m_db, u"--threshold"_s, u"lots"_s}).exitCode, 2);
    QCOMPARE(cli({u"claims"_s, u"--db"_s, m_db, u"--threshold"_s, u"-3"_s}).exitCode, 2);
    QCOMPARE(cli({u"claims"_s, u"--db"_s, m_db, u"--year"_s, u"last"_s}).exitCode, 2);
    const CliRun missing = cli({u"claims"_s, u"--db"_s, m_dir.filePath(u"none.sqlite"_s)});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(!QFile::exists(m_dir.filePath(u"none.sqlite"_s)));
}

QTEST_GUILESS_MAIN(TestCliClaims)
#include "test_cli_claims.moc"
