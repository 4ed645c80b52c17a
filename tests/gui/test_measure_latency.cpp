#include "corpus_generator.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// dokhae --measure-latency, as the library benchmark runs it: a whole process that opens the
// window, runs one scenario under the event loop probe, prints its figures and quits by itself.
class TestMeasureLatency : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
            environment.insert(QLatin1String(variable), m_home.filePath(QLatin1String(variable)));
        environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
        return environment;
    }

    struct Run {
        int exitCode = -1;
        QString output;
        QString errors;
    };

    Run run(const QString &program, const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(program, arguments);
        if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit)
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // The figure `name` of the output, or -1 when it is not there as one line of its own.
    static int figure(const QString &output, const QString &name)
    {
        const QRegularExpression line(u"^"_qs + name + u" (\\d+)$"_qs, QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = line.match(output);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

private slots:
    void anIdleWindowPrintsItsFiguresAndQuits()
    {
        const Run idle = run(QStringLiteral(DOKHAE_GUI_PATH),
                             {u"--db"_qs, m_home.filePath(u"idle.sqlite"_qs), u"--measure-latency"_qs, u"idle"_qs});
        QCOMPARE(idle.exitCode, 0);
        QCOMPARE(idle.output.count(u'\n'), 4);
        for (const QString &name : {u"blocked_max_ms"_qs, u"blocked_p99_ms"_qs, u"blocked_over_50ms"_qs})
            QVERIFY2(figure(idle.output, name) >= 0, qPrintable(idle.output));
        QVERIFY(figure(idle.output, u"blocked_p99_ms"_qs) <= figure(idle.output, u"blocked_max_ms"_qs));
        QVERIFY2(figure(idle.output, u"scenario_ms"_qs) >= 3000, qPrintable(idle.output));  // the idle scenario's length
    }

    void theImportScenarioImportsTheFolderBeforeItReports()
    {
        const QString corpus = m_home.filePath(u"corpus"_qs);
        QString error;
        QVERIFY2(dokhae::corpus::writeCorpus(corpus, 5, 1, &error) > 0, qPrintable(error));
        const QString library = m_home.filePath(u"import.sqlite"_qs);
        const Run import = run(QStringLiteral(DOKHAE_GUI_PATH), {u"--db"_qs, library, u"--measure-latency"_qs,
                                                                 u"import"_qs, u"--import-folder"_qs, corpus});
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(figure(import.output, u"blocked_max_ms"_qs) >= 0, qPrintable(import.output + import.errors));
        // The four seeds of a first run, then the five generated articles.
        const Run list = run(QStringLiteral(DOKHAE_CLI_PATH), {u"--db"_qs, library, u"list"_qs});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.output.count(u'\n'), 9);
    }

    void anUnknownScenarioOrAnImportWithoutAFolderIsRefused()
    {
        const QString library = m_home.filePath(u"refused.sqlite"_qs);
        const Run unknown = run(QStringLiteral(DOKHAE_GUI_PATH), {u"--db"_qs, library, u"--measure-latency"_qs, u"scroll"_qs});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.errors.contains(u"idle, import, search, entities, charts"_qs), qPrintable(unknown.errors));
        const Run noFolder = run(QStringLiteral(DOKHAE_GUI_PATH), {u"--db"_qs, library, u"--measure-latency"_qs, u"import"_qs});
        QCOMPARE(noFolder.exitCode, 2);
        QVERIFY(unknown.output.isEmpty() && noFolder.output.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMeasureLatency)
#include "test_measure_latency.moc"
