// dokhae-cli in both languages, run as the real executable: --lang picks the language of its help,
// its messages and the labels of its exports; without --lang messages follow the system's language
// (the suite runs in C.UTF-8: English) while displayed values stay Korean; any other value is a usage
// error.
#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dokhae::test::CliRun;

namespace {

const QString kSeed = QStringLiteral(DOKHAE_SEEDS_DIR "/002_9c0bf49b0926ee40.txt");

// Sets an environment variable for the scope of a test, then puts the old value back.
class ScopedEnv {
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name), m_old(qgetenv(name)), m_had(qEnvironmentVariableIsSet(name))
    {
        qputenv(m_name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    QByteArray m_old;
    bool m_had;
};

} // namespace

class TestCliLanguage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void helpInKoreanOrEnglish();
    void helpFollowsTheSystemWithoutLang();
    void unknownLanguageIsAUsageError();
    void missingArticleIsSaidInKorean();
    void markdownLabelsFollowLang();
    void valuesStayKoreanWithoutLang();

private:
    CliRun cli(const QStringList &arguments) const { return dokhae::test::runCli(m_dir, arguments); }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"library.sqlite"_s);
    QCOMPARE(cli({u"import"_s, u"--db"_s, m_db, kSeed}).exitCode, 0);
    const QJsonArray articles = dokhae::test::runCliJson(m_dir, {u"list"_s, u"--db"_s, m_db, u"--json"_s}).array();
    QCOMPARE(articles.size(), 1);
    const QString id = QString::number(articles[0][u"id"_s].toInteger());
    const CliRun annotated = cli({u"annotate"_s, u"--db"_s, m_db, id, u"--quote"_s, u"틱톡 금지법"_s, u"--tag"_s,
                                  u"정책"_s});
    QVERIFY2(annotated.exitCode == 0, qPrintable(annotated.err));
}

void TestCliLanguage::helpInKoreanOrEnglish()
{
    const CliRun korean = cli({u"--lang"_s, u"ko"_s, u"--help"_s});
    QCOMPARE(korean.exitCode, 0);
    QVERIFY2(QString::fromUtf8(korean.out).contains(u"사용법"_s), korean.out.constData());
    QCOMPARE(cli({u"--help"_s, u"--lang=ko"_s}).out, korean.out);  // either spelling, anywhere

    const CliRun english = cli({u"--lang"_s, u"en"_s, u"--help"_s});
    QCOMPARE(english.exitCode, 0);
    const QString text = QString::fromUtf8(english.out);
    QVERIFY2(text.startsWith(u"Usage: dokhae-cli"_s), english.out.constData());
    QVERIFY(!text.contains(u"사용법"_s));
}

void TestCliLanguage::helpFollowsTheSystemWithoutLang()
{
    QVERIFY(QString::fromUtf8(cli({u"--help"_s}).out).startsWith(u"Usage: dokhae-cli"_s));
    // A Korean system: the environment of the child, which takes this process's.
    const ScopedEnv korean("LC_ALL", "ko_KR.UTF-8");
    QVERIFY(QString::fromUtf8(cli({u"--help"_s}).out).contains(u"사용법"_s));
    QVERIFY(QString::fromUtf8(cli({u"--help"_s, u"--lang"_s, u"en"_s}).out).startsWith(u"Usage: dokhae-cli"_s));
}

void TestCliLanguage::unknownLanguageIsAUsageError()
{
    for (const QStringList &arguments : {QStringList{u"--lang"_s, u"fr"_s, u"list"_s, u"--db"_s, m_db},
                                         QStringList{u"list"_s, u"--db"_s, m_db, u"--lang=fr"_s}}) {
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"“fr”"_s) && run.err.contains(u"ko, en or system"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
}

void TestCliLanguage::missingArticleIsSaidInKorean()
{
    const CliRun korean = cli({u"show"_s, u"--db"_s, m_db, u"999"_s, u"--lang"_s, u"ko"_s});
    QCOMPARE(korean.exitCode, 4);
    QVERIFY2(korean.err.contains(u"ID가 999인 기사가 없습니다"_s), qPrintable(korean.err));
    const CliRun english = cli({u"show"_s, u"--db"_s, m_db, u"999"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(english.exitCode, 4);
    QVERIFY2(english.err.contains(u"No article with id 999"_s), qPrintable(english.err));
}

void TestCliLanguage::markdownLabelsFollowLang()
{
    const QStringList exportMarkdown{u"annotations"_s, u"--db"_s, m_db, u"--format"_s, u"markdown"_s};
    const CliRun korean = cli(exportMarkdown + QStringList{u"--lang"_s, u"ko"_s});
    QCOMPARE(korean.exitCode, 0);
    const QString ko = QString::fromUtf8(korean.out);
    QVERIFY2(ko.contains(u"**색:**"_s) && ko.contains(u"**태그:**"_s), qPrintable(ko));
    const QString en = QString::fromUtf8(cli(exportMarkdown + QStringList{u"--lang"_s, u"en"_s}).out);
    QVERIFY2(en.contains(u"**Color:**"_s) && en.contains(u"**Tags:**"_s), qPrintable(en));
}

void TestCliLanguage::valuesStayKoreanWithoutLang()
{
    // The interface is English here (C.UTF-8), the figures' display Korean, as before --lang chose both.
    const QJsonArray figures =
        dokhae::test::runCliJson(m_dir, {u"figures"_s, kSeed, u"--json"_s}).object()[u"figures"_s].toArray();
    bool found = false;
    for (const QJsonValue &figure : figures)
        found = found || figure[u"display"_s].toString() == u"672억 달러"_s;
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "test_cli_language.moc"
