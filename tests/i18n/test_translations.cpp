// The Korean translation is complete: lupdate, run as the README says on a copy of app/ and the
// committed .ts, must find every tr() string there and translated. A copy, so that the check never
// rewrites the committed file, and so that one case can plant an untranslated string to show the
// check fails when it should.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString kSourceDir = QStringLiteral(DOKHAE_SOURCE_DIR);
const QString kTsPath = u"translations/dokhae_ko.ts"_s;

// One message of a .ts file; `type` is the translation's type attribute ("" when finished).
struct TsMessage {
    QString context;
    QString source;
    QString comment;  // the disambiguation, part of a message's identity
    QString type;

    QString key() const { return context + u'\x04' + source + u'\x04' + comment; }
    QString describe() const { return u"%1: \"%2\""_s.arg(context, source.left(120)); }
};

void readMessage(QXmlStreamReader &xml, const QString &context, QList<TsMessage> &messages)
{
    TsMessage message{context, {}, {}, {}};
    while (xml.readNextStartElement()) {
        if (xml.name() == "source"_L1)
            message.source = xml.readElementText();
        else if (xml.name() == "comment"_L1)
            message.comment = xml.readElementText();
        else if (xml.name() == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            xml.skipCurrentElement();
        } else
            xml.skipCurrentElement();
    }
    messages << message;
}

void readContext(QXmlStreamReader &xml, QList<TsMessage> &messages)
{
    QString name;
    while (xml.readNextStartElement()) {
        if (xml.name() == "name"_L1)
            name = xml.readElementText();
        else if (xml.name() == "message"_L1)
            readMessage(xml, name, messages);
        else
            xml.skipCurrentElement();
    }
}

// Every message of the .ts at `path`; empty, with a warning, when it cannot be read.
QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == "TS"_L1) {
        while (xml.readNextStartElement()) {
            if (xml.name() == "context"_L1)
                readContext(xml, messages);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> keys(const QList<TsMessage> &messages)
{
    QSet<QString> result;
    for (const TsMessage &message : messages)
        result.insert(message.key());
    return result;
}

// What is wrong with the .ts lupdate wrote from the sources (`fresh`) against the committed one:
// strings it had to add, strings left unfinished, strings the sources no longer have.
QStringList differences(const QList<TsMessage> &fresh, const QList<TsMessage> &committed)
{
    const QSet<QString> committedKeys = keys(committed);
    const QSet<QString> freshKeys = keys(fresh);
    QStringList problems;
    for (const TsMessage &message : fresh) {
        if (!committedKeys.contains(message.key()))
            problems << u"not in the .ts: "_s + message.describe();
        else if (message.type == "unfinished"_L1)
            problems << u"unfinished: "_s + message.describe();
    }
    for (const TsMessage &message : committed) {
        if (!freshKeys.contains(message.key()))
            problems << u"no longer in the sources: "_s + message.describe();
    }
    return problems;
}

// Copies the files under `from` into `to`, folders included.
bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

bool appendTo(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(text) == text.size();
}

// A copy of app/ and the committed .ts, for lupdate to rewrite.
class SourceCopy {
public:
    SourceCopy()
    {
        m_ok = m_dir.isValid() && copyTree(kSourceDir + u"/app"_s, m_dir.filePath(u"app"_s))
               && QDir().mkpath(m_dir.filePath(u"translations"_s))
               && QFile::copy(kSourceDir + u'/' + kTsPath, m_dir.filePath(kTsPath));
    }
    bool isValid() const { return m_ok; }
    QString filePath(const QString &relative) const { return m_dir.filePath(relative); }

    // The README's command, run in the copy; false (with lupdate's messages) when it fails.
    bool runLupdate() const
    {
        QProcess lupdate;
        lupdate.setWorkingDirectory(m_dir.path());
        lupdate.start(QStringLiteral(DOKHAE_LUPDATE_PATH),
                      {u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"app"_s, u"-ts"_s, kTsPath});
        const bool ran = lupdate.waitForFinished(60000) && lupdate.exitStatus() == QProcess::NormalExit
                         && lupdate.exitCode() == 0;
        if (!ran)
            qWarning("lupdate failed: %s", lupdate.readAllStandardError().constData());
        return ran;
    }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void committedTranslationIsFinished();
    void sourcesMatchTheTranslation();
    void untranslatedStringIsReported();

private:
    // The differences lupdate finds in `copy` after the caller changed it.
    static QStringList check(const SourceCopy &copy);
};

QStringList TestTranslations::check(const SourceCopy &copy)
{
    if (!copy.runLupdate())
        return {u"lupdate did not run"_s};
    return differences(readTs(copy.filePath(kTsPath)), readTs(kSourceDir + u'/' + kTsPath));
}

void TestTranslations::committedTranslationIsFinished()
{
    const QList<TsMessage> messages = readTs(kSourceDir + u'/' + kTsPath);
    QVERIFY(messages.size() > 400);
    QStringList problems;
    for (const TsMessage &message : messages) {
        if (!message.type.isEmpty())
            problems << message.type + u": "_s + message.describe();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::sourcesMatchTheTranslation()
{
    const SourceCopy copy;
    QVERIFY(copy.isValid());
    const QStringList problems = check(copy);
    QVERIFY2(problems.isEmpty(), qPrintable(u"run the README's lupdate command and translate:\n"_s
                                            + problems.join(u'\n')));
}

void TestTranslations::untranslatedStringIsReported()
{
    const SourceCopy copy;
    QVERIFY(copy.isValid());
    // A class of its own, so that the planted tr() does not depend on what the file declares.
    QVERIFY(appendTo(copy.filePath(u"app/cli/cli_commands.cpp"_s),
                     "\nclass TranslationProbe {\n    Q_DECLARE_TR_FUNCTIONS(TranslationProbe)\n};\n"
                     "QString translationProbe() { return TranslationProbe::tr(\"Never translated\"); }\n"));
    const QStringList problems = check(copy);
    QVERIFY2(problems.contains(u"not in the .ts: TranslationProbe: \"Never translated\""_s),
             qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
