#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// dokhae --measure-startup, as the library benchmark runs it: a whole process that opens the
// window, prints the time to its first paint and quits by itself.
class TestMeasureStartup : public QObject {
    Q_OBJECT

private slots:
    void printsTheTimeToTheFirstPaintAndQuits()
    {
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
            environment.insert(QLatin1String(variable), home.filePath(QLatin1String(variable)));
        environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
        QProcess window;
        window.setProcessEnvironment(environment);
        window.start(QStringLiteral(DOKHAE_GUI_PATH),
                     {u"--db"_qs, home.filePath(u"library.sqlite"_qs), u"--measure-startup"_qs});
        QVERIFY2(window.waitForFinished(60'000), "the window did not quit by itself");
        QCOMPARE(window.exitStatus(), QProcess::NormalExit);
        QCOMPARE(window.exitCode(), 0);
        const QString output = QString::fromUtf8(window.readAllStandardOutput());
        static const QRegularExpression line(u"^startup_ms (\\d+)\\n$"_qs);
        const QRegularExpressionMatch match = line.match(output);
        QVERIFY2(match.hasMatch(), qPrintable(output));
        QVERIFY(match.captured(1).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestMeasureStartup)
#include "test_measure_startup.moc"
