#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

// dokhae --measure-startup and --measure-scroll, as the library benchmark runs them: a whole
// process that opens the window, prints the time to its first paint (and what scrolling the
// library list to its end cost) and quits by itself.
class TestMeasureStartup : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // A program's output, run with settings of its own; none when it did not end by itself with
    // success. The window's is empty then.
    std::optional<QString> run(const QString &program, const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
            environment.insert(QLatin1String(variable), m_home.filePath(QLatin1String(variable)));
        environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return std::nullopt;
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QString runWindow(const QString &library, const QString &option)
    {
        return run(QStringLiteral(DOKHAE_GUI_PATH), {u"--db"_qs, m_home.filePath(library), option}).value_or(QString());
    }

private slots:
    void printsTheTimeToTheFirstPaintAndQuits()
    {
        const QString output = runWindow(u"library.sqlite"_qs, u"--measure-startup"_qs);
        static const QRegularExpression line(u"^startup_ms (\\d+)\\n$"_qs);
        const QRegularExpressionMatch match = line.match(output);
        QVERIFY2(match.hasMatch(), qPrintable(output));
        QVERIFY(match.captured(1).toInt() > 0);
    }

    // Scrolled to the end of its list, the window tells how long that took, how many rows the
    // list then holds (the four seeds, imported beforehand) and its memory.
    void printsTheMemoryAfterScrollingTheListAndQuits()
    {
        QVERIFY(run(QStringLiteral(DOKHAE_CLI_PATH),
                    {u"import"_qs, u"--db"_qs, m_home.filePath(u"seeds.sqlite"_qs), QStringLiteral(DOKHAE_SEEDS_DIR)}));
        const QString output = runWindow(u"seeds.sqlite"_qs, u"--measure-scroll"_qs);
        static const QRegularExpression lines(
            u"^startup_ms \\d+\\nscroll_ms (\\d+)\\nrows (\\d+)\\nrss_mb (\\d+)\\npeak_rss_mb (\\d+)\\n$"_qs);
        const QRegularExpressionMatch match = lines.match(output);
        QVERIFY2(match.hasMatch(), qPrintable(output));
        QCOMPARE(match.captured(2).toInt(), 4);
        const int rss = match.captured(3).toInt();
        QVERIFY(rss > 10);
        QVERIFY(match.captured(4).toInt() >= rss);
    }
};

QTEST_GUILESS_MAIN(TestMeasureStartup)
#include "test_measure_startup.moc"
