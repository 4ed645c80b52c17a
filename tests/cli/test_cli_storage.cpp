// The library's storage failing under dokhae-cli: a disk that is full when a library is made and one
// that fills during an import. A real full disk needs a small file system of its own, so these
// cases mount a tmpfs and are skipped where that is not allowed (not root, no mount rights).
#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using dokhae::test::CliRun;

namespace {

// A tmpfs of the given size on a folder, unmounted when this goes away.
class SmallDisk {
public:
    SmallDisk(const QString &folder, const QString &size)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        m_mounted = QProcess::execute(QStringLiteral("mount"),
                                      {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                       QStringLiteral("size=") + size, QStringLiteral("tmpfs"), folder})
                    == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_folder});
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool mounted() const { return m_mounted; }

    // Writes zeros until the file system refuses: the disk is then full.
    void fill() const
    {
        QFile filler(m_folder + QStringLiteral("/filler"));
        if (!filler.open(QIODevice::WriteOnly))
            return;
        const QByteArray block(4096, '\0');
        while (filler.write(block) == block.size()) {
        }
    }

private:
    QString m_folder;
    bool m_mounted = false;
};

// An article of random Hangul words, so that no two are alike and none compresses away.
QByteArray randomArticle(int number, int words)
{
    QRandomGenerator random(quint32(number + 1));
    QString text = QStringLiteral("생성된 기사 %1\n\n").arg(number);
    for (int i = 0; i < words; ++i) {
        for (int s = 0, n = 2 + int(random.bounded(3)); s < n; ++s)
            text += QChar(char16_t(0xAC00 + random.bounded(11172)));
        text += (i % 15 == 14) ? QStringLiteral(".\n") : QStringLiteral(" ");
    }
    return text.toUtf8();
}

} // namespace

class TestCliStorage : public QObject {
    Q_OBJECT

private slots:
    void fullDiskRefusesANewLibraryPlainlyAndLeavesNothing();
    void diskFillingMidImportStopsAtTheFirstFile();

private:
    CliRun cli(QStringList arguments) const
    {
        arguments << QStringLiteral("--lang") << QStringLiteral("en");
        return dokhae::test::runCli(m_home, arguments);
    }

    QTemporaryDir m_home;
};

void TestCliStorage::fullDiskRefusesANewLibraryPlainlyAndLeavesNothing()
{
    SmallDisk disk(m_home.filePath(QStringLiteral("small")), QStringLiteral("1m"));
    if (!disk.mounted())
        QSKIP("mounting a small tmpfs needs root");
    const QString article = m_home.filePath(QStringLiteral("article.txt"));
    QFile file(article);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(randomArticle(0, 300)) > 0);
    file.close();
    disk.fill();

    const QString db = m_home.filePath(QStringLiteral("small/new.sqlite"));
    const CliRun run = cli({QStringLiteral("import"), QStringLiteral("--db"), db, article});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("full")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("damaged")) && !run.err.contains(QStringLiteral("backup")),
             qPrintable(run.err));
    // Nothing of the attempt is left: no empty library, no journal, no shared-memory index.
    QCOMPARE(QDir(m_home.filePath(QStringLiteral("small"))).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("filler")});
}

void TestCliStorage::diskFillingMidImportStopsAtTheFirstFile()
{
    SmallDisk disk(m_home.filePath(QStringLiteral("filling")), QStringLiteral("1m"));
    if (!disk.mounted())
        QSKIP("mounting a small tmpfs needs root");
    const QString folder = m_home.filePath(QStringLiteral("articles"));
    QDir().mkpath(folder);
    constexpr int kFiles = 40;  // about 2.4 MB of articles for a 1 MB disk
    for (int i = 0; i < kFiles; ++i) {
        QFile file(folder + QStringLiteral("/%1.txt").arg(i, 2, 10, QLatin1Char('0')));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(randomArticle(i, 2000)) > 0);
    }
    const QString db = m_home.filePath(QStringLiteral("filling/library.sqlite"));
    const CliRun run = cli({QStringLiteral("import"), QStringLiteral("--db"), db, folder});
    QCOMPARE(run.exitCode, 3);
    // The reason once, on the line of the file it happened on; then how many were not tried.
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains(QStringLiteral(".txt")) && lines[0].contains(QStringLiteral("full")), qPrintable(lines[0]));
    QVERIFY2(lines[1].contains(QStringLiteral("not tried")), qPrintable(lines[1]));
    const QString summary = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).last();
    QVERIFY2(summary.contains(QStringLiteral("1 refused")), qPrintable(summary));
    const int added = summary.section(QLatin1Char(' '), 0, 0).toInt();
    QVERIFY2(added > 0 && added < kFiles, qPrintable(summary));

    // What was stored before the disk filled is all there and readable.
    const CliRun list = cli({QStringLiteral("list"), QStringLiteral("--db"), db});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), added);
}

QTEST_GUILESS_MAIN(TestCliStorage)
#include "test_cli_storage.moc"
