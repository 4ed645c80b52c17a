// The log as several processes at once leave it: one file per process start, never interleaved,
// old runs pruned but never a running one's.
#include "cli_runner.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

QString logsIn(const QTemporaryDir &home)
{
    return home.filePath(QStringLiteral("state/dokhae/logs"));
}

QStringList logFiles(const QTemporaryDir &home)
{
    return QDir(logsIn(home)).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name);
}

void writeOldLog(const QString &path, int daysAgo)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("[2020-01-01 00:00:00.000] [dokhae-cli] [info] an old run\n");
    file.flush();  // a write after the time is set would set it to now again
    file.setFileTime(QDateTime::currentDateTime().addDays(-daysAgo), QFileDevice::FileModificationTime);
}

} // namespace

class TestCliLogging : public QObject {
    Q_OBJECT

private slots:
    void concurrentRunsWriteFilesOfTheirOwn();
    void oldLogsArePrunedButARunningProcessKeepsItsLog();
};

void TestCliLogging::concurrentRunsWriteFilesOfTheirOwn()
{
    QTemporaryDir home;
    const QString seeds = QStringLiteral(DOKHAE_SEEDS_DIR);
    // Four imports into four libraries at once: each logs a line per file it imports.
    QList<QProcess *> runs;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    for (int i = 0; i < 4; ++i) {
        auto *process = new QProcess(this);
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(DOKHAE_CLI_PATH),
                       {QStringLiteral("import"), QStringLiteral("--db"),
                        home.filePath(QStringLiteral("lib%1.sqlite").arg(i)), seeds});
        runs << process;
    }
    for (QProcess *process : std::as_const(runs)) {
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitCode(), 0);
    }
    const QStringList files = logFiles(home);
    QCOMPARE(files.size(), 4);
    static const QRegularExpression line(QStringLiteral("^\\[\\d{4}-\\d\\d-\\d\\d [\\d:.]+\\] \\[dokhae-cli\\] \\[\\w+\\] "));
    for (const QString &name : files) {
        QVERIFY2(name.startsWith(QLatin1String("dokhae-cli-")), qPrintable(name));
        QFile file(QDir(logsIn(home)).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        for (const QString &text : lines)
            QVERIFY2(line.match(text).hasMatch(), qPrintable(name + QStringLiteral(": ") + text));
        // One library per file: a file holds one process's story only.
        QCOMPARE(lines.filter(QStringLiteral("Opened library")).size(), 1);
    }
    qDeleteAll(runs);
}

void TestCliLogging::oldLogsArePrunedButARunningProcessKeepsItsLog()
{
    QTemporaryDir home;
    QDir().mkpath(logsIn(home));
    // 40 finished runs of last month (pids that cannot be running), and the log of a process that
    // runs now (this test), older than all of them.
    for (int i = 0; i < 40; ++i)
        writeOldLog(logsIn(home) + QStringLiteral("/dokhae-cli-20201101-00000%1-999999%2.log").arg(i % 10).arg(i, 2, 10, QLatin1Char('0')),
                    30 + i);
    const QString running = logsIn(home) + QStringLiteral("/dokhae-20201001-000000-%1.log").arg(::getpid());
    writeOldLog(running, 400);
    QFile notALog(logsIn(home) + QStringLiteral("/notes.txt"));
    QVERIFY(notALog.open(QIODevice::WriteOnly));
    notALog.close();

    const dokhae::test::CliRun run = dokhae::test::runCli(home, {QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    const QStringList files = logFiles(home);
    QVERIFY2(files.size() == 30 || files.size() == 31, qPrintable(QString::number(files.size())));
    QVERIFY(QFile::exists(running));
    QVERIFY(notALog.exists());
    // The newest old runs stay, the oldest go.
    QVERIFY(files.contains(QStringLiteral("dokhae-cli-20201101-000000-99999900.log")));
    QVERIFY(!files.contains(QStringLiteral("dokhae-cli-20201101-000009-99999939.log")));
    QCOMPARE(files.filter(QRegularExpression(QStringLiteral("^dokhae-cli-\\d{8}-\\d{6}-\\d+\\.log$"))).size(), files.size() - 1);
}

QTEST_GUILESS_MAIN(TestCliLogging)
#include "test_cli_logging.moc"
