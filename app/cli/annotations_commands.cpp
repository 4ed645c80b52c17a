#include "annotations_commands.h"

#include "annotations/anchoring.h"
#include "annotations/annotation.h"
#include "annotations/annotation_exchange.h"
#include "annotations/annotation_settings.h"
#include "article_source.h"
#include "cli_commands.h"
#include "store/annotation_store.h"
#include "store/library.h"
#include "text/code_points.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringDecoder>

#include <optional>

class CliAnnotations {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace dokhae::cli {

namespace {

using annotations::Annotation;

// An annotation is about a kilobyte of JSON-LD, so this is tens of thousands of them; a larger
// file is not an annotation file, and reading it whole would only cost memory.
constexpr qint64 kMaxImportBytes = 64 * 1024 * 1024;

// The color a --color value names: a key first, then the analyst's name for a color, then a
// default name, so a renamed color cannot be shadowed by another color's default name.
std::optional<QString> colorKeyNamed(const QString &given)
{
    const QString name = given.trimmed();
    if (name.isEmpty())
        return annotations::defaultColorKey();
    using Naming = QString (*)(const QString &);
    const Naming namings[] = {[](const QString &key) { return key; }, &annotations::colorName,
                              &annotations::defaultColorName};
    for (const Naming nameOf : namings) {
        for (const QString &key : annotations::colorKeys()) {
            if (nameOf(key).compare(name, Qt::CaseInsensitive) == 0)
                return key;
        }
    }
    return std::nullopt;
}

QString colorChoices()
{
    QStringList choices;
    for (const QString &key : annotations::colorKeys())
        choices << QStringLiteral("%1 (%2)").arg(key, annotations::colorName(key));
    return choices.join(QStringLiteral(", "));
}

// Tags as the window's tag field reads them: commas separate tags.
QStringList splitTags(const QStringList &given)
{
    QStringList tags;
    for (const QString &value : given)
        tags << value.split(u',');
    return annotations::normalizedTags(tags);
}

// Where each occurrence of `quote` starts, overlapping ones included, as anchoring counts them.
QList<qsizetype> occurrences(const QString &text, const QString &quote)
{
    QList<qsizetype> found;
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
        found << at;
    return found;
}

// The start of the chosen occurrence in *start, or the exit code that explains why there is none.
int pickOccurrence(const QList<qsizetype> &found, int occurrence, const QString &article, qsizetype *start,
                   QTextStream &err)
{
    if (found.isEmpty()) {
        err << CliAnnotations::tr("The quote is not in article %1.").arg(article) << Qt::endl;
        return ExitNotFound;
    }
    if (occurrence == 0 && found.size() > 1) {
        err << CliAnnotations::tr("The quote occurs %1 times in article %2; pass --occurrence N (1 to %1) to "
                                  "choose one.")
                   .arg(found.size())
                   .arg(article)
            << Qt::endl;
        return ExitUsage;
    }
    const int chosen = occurrence == 0 ? 1 : occurrence;
    if (chosen > found.size()) {
        err << CliAnnotations::tr("The quote occurs %1 times in article %2; there is no occurrence %3.")
                   .arg(found.size())
                   .arg(article)
                   .arg(chosen)
            << Qt::endl;
        return ExitNotFound;
    }
    *start = found.at(chosen - 1);
    return ExitOk;
}

// The CLI's JSON shape of an annotation; offsets are code points of `text`, the reading text of
// the revision the annotation points into.
QJsonObject annotationToJson(const Annotation &a, const QString &text)
{
    const text::CodePointIndex index(text);
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("article"), a.articleId},
        {QStringLiteral("start"), qint64(index.toCodePoint(a.start))},
        {QStringLiteral("end"), qint64(index.toCodePoint(a.end))},
        {QStringLiteral("quote"), QJsonObject{{QStringLiteral("exact"), a.quote.exact},
                                              {QStringLiteral("prefix"), a.quote.prefix},
                                              {QStringLiteral("suffix"), a.quote.suffix}}},
        {QStringLiteral("note"), a.note},
        {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
        {QStringLiteral("color"), a.color},
        {QStringLiteral("author"), a.author},
        {QStringLiteral("created"), a.created.toString(Qt::ISODate)},
        {QStringLiteral("modified"), a.modified.toString(Qt::ISODate)},
        {QStringLiteral("orphan"), a.orphan},
    };
}

// What annotate was asked that does not need the library, checked first: the quote in the form
// reading texts have, the color key and the occurrence (0: not given). Returns the exit code.
struct AnnotateRequest {
    QString quote;
    QString color;
    int occurrence = 0;
};

int readRequest(const QStringList &arguments, const AnnotateOptions &options, AnnotateRequest *request,
                QTextStream &err)
{
    request->quote = annotations::normalizedForAnchoring(options.quote);
    if (arguments.size() != 1 || request->quote.trimmed().isEmpty()) {
        err << CliAnnotations::tr("annotate: give one article id and the passage with --quote TEXT.") << Qt::endl;
        return ExitUsage;
    }
    const std::optional<QString> color = colorKeyNamed(options.color);
    if (!color) {
        err << CliAnnotations::tr("annotate: unknown color “%1”. Choose one of: %2.").arg(options.color, colorChoices())
            << Qt::endl;
        return ExitUsage;
    }
    request->color = *color;
    if (options.occurrence.isEmpty())
        return ExitOk;
    bool isNumber = false;
    request->occurrence = options.occurrence.toInt(&isNumber);
    if (!isNumber || request->occurrence < 1) {
        err << CliAnnotations::tr("annotate: --occurrence takes a number from 1.") << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

const QStringList &exportFormats()
{
    static const QStringList formats{QStringLiteral("w3c"), QStringLiteral("markdown"), QStringLiteral("csv")};
    return formats;
}

// The export in `format`, one of exportFormats().
QByteArray exported(const QString &format, const QList<annotations::ExportedAnnotation> &items)
{
    if (format == QLatin1String("markdown"))
        return annotations::toMarkdown(items).toUtf8();
    if (format == QLatin1String("csv"))
        return annotations::toCsv(items);
    return annotations::toW3cJsonLd(items);
}

// Exports are bytes (the CSV opens with a byte order mark), so they go to the stream's device as
// they are rather than through the stream's text encoding.
bool writeBytes(QTextStream &out, const QByteArray &bytes)
{
    out.flush();
    QIODevice *device = out.device();
    if (!device) {
        // A stream on a string: QString::fromUtf8 would drop the byte order mark, this keeps it.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
        out << QString(decoder(bytes));
        return true;
    }
    auto *file = qobject_cast<QFile *>(device);
    return device->write(bytes) == bytes.size() && (!file || file->flush());
}

bool writeFile(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    err << CliAnnotations::tr("Cannot write %1: %2").arg(path, file.errorString()) << Qt::endl;
    return false;
}

// The article --article names, 0 for the whole library, or nullopt when the library has no such
// article.
std::optional<qint64> exportedArticle(const store::Library &library, const QString &argument)
{
    if (argument.isEmpty())
        return 0;
    bool isNumber = false;
    const qint64 id = argument.toLongLong(&isNumber);
    return isNumber && library.article(id) ? std::optional<qint64>(id) : std::nullopt;
}

// Why a file cannot be an annotation file, before reading it; empty when it may be one.
QString fileProblem(const QFileInfo &info)
{
    if (!info.exists())
        return CliAnnotations::tr("No file at %1.").arg(info.filePath());
    if (!info.isFile())
        return CliAnnotations::tr("%1 is not a file.").arg(info.filePath());
    if (info.size() > kMaxImportBytes)
        return CliAnnotations::tr("%1 is %2 MB; annotation files over 64 MB are refused.")
            .arg(info.filePath())
            .arg(info.size() / (1024 * 1024));
    return {};
}

std::optional<QByteArray> readAnnotationFile(const QString &path, QTextStream &err)
{
    const QString problem = fileProblem(QFileInfo(path));
    if (!problem.isEmpty()) {
        err << problem << Qt::endl;
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << CliAnnotations::tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return std::nullopt;
    }
    // At most one byte past the limit: a file that grew since it was measured is refused too.
    const QByteArray data = file.read(kMaxImportBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        err << CliAnnotations::tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return std::nullopt;
    }
    if (data.size() > kMaxImportBytes) {
        err << CliAnnotations::tr("%1 grew past 64 MB while it was read; annotation files over 64 MB are refused.")
                   .arg(path)
            << Qt::endl;
        return std::nullopt;
    }
    return data;
}

void writeMergeReport(const store::AnnotationMergeReport &report, QTextStream &out, QTextStream &err)
{
    for (const QString &id : report.unmatched)
        err << CliAnnotations::tr("Annotation %1 was not imported: no single article of the library holds its "
                                  "passage.")
                   .arg(id)
            << Qt::endl;
    out << CliAnnotations::tr("%1 added, %2 updated, %3 unchanged, %4 orphaned, %5 without an article")
               .arg(report.added)
               .arg(report.updated)
               .arg(report.unchanged)
               .arg(report.orphans)
               .arg(report.unmatched.size())
        << Qt::endl;
}

} // namespace

int annotateCommand(const QStringList &arguments, const AnnotateOptions &options, QTextStream &out, QTextStream &err)
{
    AnnotateRequest request;
    if (const int code = readRequest(arguments, options, &request, err); code != ExitOk)
        return code;
    store::Library library;
    const LoadedArticle article = loadArticle(arguments.first(), options.dbPath, library, err);
    if (article.exitCode != ExitOk)
        return article.exitCode;
    qsizetype start = 0;
    const int picked = pickOccurrence(occurrences(article.text, request.quote), request.occurrence,
                                      QString::number(article.libraryId), &start, err);
    if (picked != ExitOk)
        return picked;
    store::AnnotationStore store(library);
    const std::optional<Annotation> made = store.create(article.libraryId, start, start + request.quote.size(),
                                                        request.color, options.note, splitTags(options.tags));
    if (!made) {
        err << store.lastError() << Qt::endl;
        return ExitLibrary;
    }
    if (options.json)
        out << QString::fromUtf8(QJsonDocument(annotationToJson(*made, article.text)).toJson(QJsonDocument::Indented));
    else
        out << made->id << Qt::endl;
    return ExitOk;
}

int annotationsCommand(const AnnotationsExportOptions &options, QTextStream &out, QTextStream &err)
{
    if (!exportFormats().contains(options.format)) {
        err << CliAnnotations::tr("annotations: --format takes w3c, markdown or csv.") << Qt::endl;
        return ExitUsage;
    }
    store::Library library;
    if (!openExistingLibrary(library, options.dbPath, err))
        return ExitLibrary;
    const std::optional<qint64> articleId = exportedArticle(library, options.articleId);
    if (!articleId) {
        err << CliAnnotations::tr("No article with id %1 in %2.").arg(options.articleId, options.dbPath) << Qt::endl;
        return ExitNotFound;
    }
    const store::AnnotationStore store(library);
    const QList<annotations::ExportedAnnotation> items = store.exportable(*articleId);
    if (!store.lastError().isEmpty()) {
        err << store.lastError() << Qt::endl;
        return ExitLibrary;
    }
    const QByteArray bytes = exported(options.format, items);
    if (options.output.isEmpty())
        return writeBytes(out, bytes) ? ExitOk : ExitSomeRefused;
    if (!writeFile(options.output, bytes, err))
        return ExitSomeRefused;
    out << CliAnnotations::tr("Annotations written to %1: %2.").arg(options.output).arg(items.size()) << Qt::endl;
    return ExitOk;
}

int importAnnotationsCommand(const QStringList &arguments, const QString &dbPath, QTextStream &out, QTextStream &err)
{
    if (arguments.size() != 1) {
        err << CliAnnotations::tr("import-annotations: give one file of W3C Web Annotations.") << Qt::endl;
        return ExitUsage;
    }
    store::Library library;
    if (!openExistingLibrary(library, dbPath, err))
        return ExitLibrary;
    const std::optional<QByteArray> data = readAnnotationFile(arguments.first(), err);
    if (!data)
        return ExitSomeRefused;
    QString error;
    const auto incoming = annotations::fromW3cJsonLd(*data, &error);
    if (!incoming) {
        err << CliAnnotations::tr("%1 is not a file of W3C Web Annotations: %2").arg(arguments.first(), error)
            << Qt::endl;
        return ExitSomeRefused;
    }
    store::AnnotationStore store(library);
    const std::optional<store::AnnotationMergeReport> report = store.merge(*incoming);
    if (!report) {
        err << store.lastError() << Qt::endl;
        return ExitLibrary;
    }
    writeMergeReport(*report, out, err);
    return report->unmatched.isEmpty() ? ExitOk : ExitSomeRefused;
}

} // namespace dokhae::cli
