// The package's statements agree with each other and with the program: the desktop file and the
// AppStream metainfo pass their validators (when those tools are installed), one reverse-DNS id
// names them and the icon, the release is the project's version, and the license is stated alike
// in LICENSE, the Debian copyright file, the metainfo and the About box.
#include "cli_runner.h"
#include "main_window.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString kSourceDir = QStringLiteral(DOKHAE_SOURCE_DIR);
const QString kVersion = QStringLiteral(DOKHAE_VERSION);
const QString kLicense = u"GPL-3.0-or-later"_s;
const QString kAppId = u"io.github.dokhae.Dokhae"_s;

QString sourcePath(const QString &relative)
{
    return kSourceDir + u'/' + relative;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The first value of each top-level element of the metainfo that matters here.
struct Metainfo {
    QString id;
    QString launchable;
    QString projectLicense;
    QString firstReleaseVersion;
    QStringList binaries;
};

Metainfo readMetainfo(const QString &path)
{
    Metainfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return info;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        const auto name = xml.name();
        if (name == "id"_L1 && info.id.isEmpty())
            info.id = xml.readElementText();
        else if (name == "launchable"_L1)
            info.launchable = xml.readElementText();
        else if (name == "project_license"_L1)
            info.projectLicense = xml.readElementText();
        else if (name == "release"_L1 && info.firstReleaseVersion.isEmpty())
            info.firstReleaseVersion = xml.attributes().value("version"_L1).toString();
        else if (name == "binary"_L1)
            info.binaries << xml.readElementText();
    }
    return info;
}

// The value of KEY= in a desktop file (untranslated keys only).
QString desktopValue(const QString &desktopText, const QString &key)
{
    const QRegularExpression line(u"^"_s + QRegularExpression::escape(key) + u"=(.*)$"_s,
                                  QRegularExpression::MultilineOption);
    return line.match(desktopText).captured(1);
}

struct ToolRun {
    int exitCode = -1;
    QString output;
};

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

} // namespace

class TestPackaging : public QObject {
    Q_OBJECT

private slots:
    void desktopFileValidates();
    void metainfoValidates();
    void oneIdNamesDesktopFileMetainfoAndIcon();
    void releaseAndCliVersionAreTheProjects();
    void licenseIsStatedAlikeEverywhere();
};

void TestPackaging::desktopFileValidates()
{
    const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
    const ToolRun run = runTool(validator, {sourcePath(u"resources/"_s + kAppId + u".desktop"_s)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.output, QString());  // not even a hint
}

void TestPackaging::metainfoValidates()
{
    const QString validator = QStandardPaths::findExecutable(u"appstreamcli"_s);
    if (validator.isEmpty())
        QSKIP("appstreamcli is not installed (Debian: appstream)");
    const ToolRun run = runTool(validator, {u"validate"_s, u"--no-net"_s,
                                            sourcePath(u"resources/"_s + kAppId + u".metainfo.xml"_s)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
}

void TestPackaging::oneIdNamesDesktopFileMetainfoAndIcon()
{
    const Metainfo info = readMetainfo(sourcePath(u"resources/"_s + kAppId + u".metainfo.xml"_s));
    QCOMPARE(info.id, kAppId);
    QCOMPARE(info.launchable, kAppId + u".desktop"_s);
    const QString desktop = readText(sourcePath(u"resources/"_s + kAppId + u".desktop"_s));
    QVERIFY(!desktop.isEmpty());
    QCOMPARE(desktopValue(desktop, u"Icon"_s), kAppId);
    // The desktop file starts the program the metainfo says the package provides.
    QCOMPARE(desktopValue(desktop, u"Exec"_s).section(u' ', 0, 0), u"dokhae"_s);
    QCOMPARE(info.binaries, (QStringList{u"dokhae"_s, u"dokhae-cli"_s}));
}

void TestPackaging::releaseAndCliVersionAreTheProjects()
{
    QCOMPARE(readMetainfo(sourcePath(u"resources/"_s + kAppId + u".metainfo.xml"_s)).firstReleaseVersion, kVersion);
    const QTemporaryDir home;
    QVERIFY(home.isValid());
    const dokhae::test::CliRun run = dokhae::test::runCli(home, {u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out), u"dokhae-cli "_s + kVersion + u'\n');
}

void TestPackaging::licenseIsStatedAlikeEverywhere()
{
    QVERIFY(readText(sourcePath(u"LICENSE"_s)).contains(u"GNU GENERAL PUBLIC LICENSE\n                       Version 3"_s));
    QCOMPARE(readMetainfo(sourcePath(u"resources/"_s + kAppId + u".metainfo.xml"_s)).projectLicense, kLicense);
    // The Debian copyright file: our code is under the license, and the shipped seeds are credited
    // apart (they are not ours to license).
    const QString copyright = readText(sourcePath(u"packaging/debian/copyright"_s));
    QVERIFY(copyright.startsWith(u"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"_s));
    QVERIFY(copyright.contains(u"Files: *\nCopyright: "_s));
    QVERIFY(copyright.contains(u"\nLicense: "_s + kLicense + u'\n'));
    QVERIFY(copyright.contains(u"Files: seeds/*"_s));
    // The About box states the license and the data credits, and still the version and the library.
    const QString about = dokhae::gui::MainWindow::aboutText(u"/tmp/a<b>.sqlite"_s);
    QVERIFY(about.contains(kLicense));
    QVERIFY(about.contains(u"Wikidata"_s));
    QVERIFY(about.contains(u"Dokhae "_s + kVersion));
    QVERIFY(about.contains(u"/tmp/a&lt;b&gt;.sqlite"_s));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationVersion(kVersion);
    TestPackaging test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_packaging.moc"
