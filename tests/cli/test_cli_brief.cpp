// dokhae-cli brief, run as the real executable on a library of the seeds: a PDF and an HTML brief
// by ids and by tag, in English and Korean, and each refusal with its exit code and no file.
#include "cli_commands.h"
#include "cli_runner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dokhae::test::CliRun;

class TestCliBrief : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_db;

    CliRun cli(const QStringList &arguments) const { return dokhae::test::runCli(m_home, arguments); }
    QString file(const QString &name) const { return m_home.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_db = file(u"seeds.sqlite"_s);
        QCOMPARE(cli({u"import"_s, u"--db"_s, m_db, QStringLiteral(DOKHAE_SEEDS_DIR)}).exitCode, 0);
        // A passage of the second article's own text, whatever the seeds say.
        const QJsonDocument shown = dokhae::test::runCliJson(m_home, {u"show"_s, u"--db"_s, m_db, u"2"_s, u"--json"_s});
        const QString quote = shown[u"text"_s].toString().left(12);
        QVERIFY(!quote.isEmpty());
        const CliRun noted = cli({u"annotate"_s, u"--db"_s, m_db, u"2"_s, u"--quote"_s, quote, u"--occurrence"_s,
                                  u"1"_s, u"--note"_s, u"미국 규제 확인"_s, u"--tag"_s, u"규제"_s});
        QVERIFY2(noted.exitCode == 0, qPrintable(noted.err));
    }

    void pdfByIds()
    {
        const CliRun run = cli({u"brief"_s, u"--db"_s, m_db, u"--articles"_s, u"1,2,3,4"_s, u"--pdf"_s,
                                file(u"brief.pdf"_s), u"--lang"_s, u"en"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("4 article(s)"), run.out.constData());
        QFile pdf(file(u"brief.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void htmlByTagInKorean()
    {
        const CliRun run = cli({u"brief"_s, u"--db"_s, m_db, u"--tag"_s, u"규제"_s, u"--html"_s, file(u"brief.html"_s),
                                u"--lang"_s, u"ko"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile html(file(u"brief.html"_s));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QVERIFY(text.contains(u"미국 규제 확인"_s));
        QVERIFY(text.contains(u"연구 브리프"_s));       // the labels in the language asked for
        QVERIFY(!text.contains(u"Research brief"_s));
        QVERIFY(text.contains(u">1. "_s));              // the tagged article …
        QVERIFY(!text.contains(u">2. "_s));             // … only
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString out = u"refused.pdf"_s;
        QTest::newRow("no selection") << QStringList{u"--pdf"_s, out} << int(dokhae::cli::ExitUsage);
        QTest::newRow("both selections") << QStringList{u"--articles"_s, u"1"_s, u"--tag"_s, u"x"_s, u"--pdf"_s, out}
                                         << int(dokhae::cli::ExitUsage);
        QTest::newRow("no output") << QStringList{u"--articles"_s, u"1"_s} << int(dokhae::cli::ExitUsage);
        QTest::newRow("both outputs") << QStringList{u"--articles"_s, u"1"_s, u"--pdf"_s, out, u"--html"_s, out}
                                      << int(dokhae::cli::ExitUsage);
        QTest::newRow("bad ids") << QStringList{u"--articles"_s, u"1,x"_s, u"--pdf"_s, out} << int(dokhae::cli::ExitUsage);
        QTest::newRow("unknown article") << QStringList{u"--articles"_s, u"1,99"_s, u"--pdf"_s, out}
                                         << int(dokhae::cli::ExitNotFound);
        QTest::newRow("unknown tag") << QStringList{u"--tag"_s, u"없는태그"_s, u"--pdf"_s, out} << int(dokhae::cli::ExitNotFound);
        QTest::newRow("unwritable") << QStringList{u"--articles"_s, u"1"_s, u"--pdf"_s, u"no-folder/b.pdf"_s}
                                    << int(dokhae::cli::ExitSomeRefused);
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        for (QString &argument : arguments) {
            if (argument.endsWith(u".pdf"_s))
                argument = file(argument);
        }
        const CliRun run = cli(QStringList{u"brief"_s, u"--db"_s, m_db} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(file(u"refused.pdf"_s)));
        QVERIFY(!QFile::exists(file(u"no-folder/b.pdf"_s)));
    }

    void missingLibraryIsNotCreated()
    {
        const QString missing = file(u"missing.sqlite"_s);
        const CliRun run = cli({u"brief"_s, u"--db"_s, missing, u"--articles"_s, u"1"_s, u"--pdf"_s, file(u"m.pdf"_s)});
        QCOMPARE(run.exitCode, int(dokhae::cli::ExitLibrary));
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestCliBrief)
#include "test_cli_brief.moc"
