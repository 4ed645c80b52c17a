#include "import/importer.h"

#include "import/article_parser.h"
#include "import/undecodable_names.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QThread>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <deque>
#include <functional>
#include <future>
#include <optional>

namespace dokhae::import {

namespace {

FileOutcome untriedOutcome(const QString &path, ImportStatus status, const QString &message)
{
    FileOutcome outcome;
    outcome.path = path;
    outcome.status = status;
    outcome.message = message;
    return outcome;
}

FileOutcome refused(const QString &path, const QString &message)
{
    return untriedOutcome(path, ImportStatus::Refused, message);
}

FileOutcome skipped(const QString &path)
{
    return untriedOutcome(path, ImportStatus::Skipped,
                          QCoreApplication::translate("Importer",
                                                      "“%1” was skipped: not an article file (.txt, .md, .html, .htm).")
                              .arg(QDir::toNativeSeparators(path)));
}

// The article files under a folder. What the walk does not take is named in *untried rather than
// passed over in silence: a file of another type (skipped), a folder it cannot read, an entry
// whose name is not valid UTF-8 (Qt's listing leaves those out). Unreadable article files are
// listed: opening them fails with a message of its own.
QStringList importableFilesUnder(const QString &folder, QList<FileOutcome> *untried)
{
    QStringList files;
    const auto nameUndecodable = [&](const QString &inFolder) {
        for (const QString &name : undecodableNamesIn(inFolder)) {
            const QString path = inFolder + QLatin1Char('/') + name;
            if (untried)
                untried->append(refused(path, QCoreApplication::translate(
                                                   "Importer", "“%1” was not read: its name is not valid UTF-8.")
                                                   .arg(QDir::toNativeSeparators(path))));
        }
    };
    nameUndecodable(folder);
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isDir() && info.isReadable() && info.isExecutable())
            nameUndecodable(path);
        if (info.isDir()) {
            if (untried && !(info.isReadable() && info.isExecutable()))
                untried->append(refused(path, QCoreApplication::translate(
                                                   "Importer", "The folder “%1” cannot be read; nothing in it was imported.")
                                                   .arg(QDir::toNativeSeparators(path))));
            continue;
        }
        if (hasImportableExtension(path))
            files << info.absoluteFilePath();
        else if (untried)
            untried->append(skipped(path));
    }
    // Directory order depends on the file system; sorted, an import is the same everywhere.
    std::sort(files.begin(), files.end());
    return files;
}

ImportStatus statusOf(store::AddResult result)
{
    switch (result) {
    case store::AddResult::Added: return ImportStatus::Added;
    case store::AddResult::NewRevision: return ImportStatus::NewRevision;
    case store::AddResult::Unchanged: return ImportStatus::Unchanged;
    }
    return ImportStatus::Refused;
}

const char *statusName(ImportStatus status)
{
    switch (status) {
    case ImportStatus::Added: return "added";
    case ImportStatus::NewRevision: return "new revision";
    case ImportStatus::Unchanged: return "unchanged";
    case ImportStatus::Refused: return "refused";
    case ImportStatus::Skipped: return "skipped";
    }
    return "";
}

} // namespace

int ImportReport::count(ImportStatus status) const
{
    return static_cast<int>(std::count_if(files.cbegin(), files.cend(),
                                          [status](const FileOutcome &file) { return file.status == status; }));
}

bool ImportReport::allImported() const
{
    return !cancelled && stoppedBy.isEmpty() && count(ImportStatus::Refused) == 0;
}

QStringList collectImportFiles(const QStringList &paths, QList<FileOutcome> *untried)
{
    QStringList files;
    QSet<QString> seen;
    const auto addOnce = [&](const QString &file) {
        const QString canonical = QFileInfo(file).canonicalFilePath();
        if (!seen.contains(canonical)) {
            seen.insert(canonical);
            files << file;
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (untried)
                untried->append(refused(path, QCoreApplication::translate("Importer", "“%1” does not exist.").arg(path)));
        } else if (info.isDir()) {
            for (const QString &file : importableFilesUnder(info.absoluteFilePath(), untried))
                addOnce(file);
        } else {
            addOnce(info.absoluteFilePath());
        }
    }
    return files;
}

namespace {

// A file read on a worker thread: parsed, and if it is an article, prepared to store.
struct ReadFile {
    ParseResult parsed;
    std::optional<store::PreparedArticle> prepared;
};

ReadFile readFile(const QString &file, const store::EntityService::TextReader &readEntities,
                  const QSet<QString> &storedTexts)
{
    ReadFile read{parseArticleFile(file), std::nullopt};
    if (read.parsed.ok)
        read.prepared = store::prepareArticle(read.parsed.article, readEntities, storedTexts);
    return read;
}

} // namespace

Importer::Importer(store::Library &library)
    : m_library(library)
{
}

ImportReport Importer::run(const QStringList &paths, const Progress &progress)
{
    ImportReport report;
    const QStringList files = collectImportFiles(paths, &report.files);
    for (const FileOutcome &untried : std::as_const(report.files)) {
        if (untried.status == ImportStatus::Skipped)
            spdlog::debug("Import skipped {}", untried.path.toStdString());
        else
            spdlog::warn("Import refused {}: {}", untried.path.toStdString(), untried.message.toStdString());
    }

    const int total = static_cast<int>(files.size());
    // Files are read (decoded, cleaned, their entities found) on worker threads a few files ahead
    // of the one this thread stores, so both cores work; the reads are bounded, so memory is too.
    const store::EntityService::TextReader readEntities = m_library.entities().reader();
    const QSet<QString> storedTexts = m_library.storedTextHashes();
    const int ahead = std::max(1, QThread::idealThreadCount());
    std::deque<std::future<ReadFile>> reading;
    int launched = 0;
    for (int done = 0; done < total; ++done) {
        const QString &file = files[done];
        if (progress && !progress(done, total, file)) {
            report.cancelled = true;
            spdlog::info("Import cancelled after {} of {} files", done, total);
            break;
        }
        for (; launched < total && launched <= done + ahead; ++launched)
            reading.push_back(std::async(std::launch::async, readFile, files[launched], std::cref(readEntities),
                                         std::cref(storedTexts)));
        ReadFile read = reading.front().get();
        reading.pop_front();
        FileOutcome outcome;
        bool libraryFailed = false;
        if (!read.parsed.ok) {
            outcome = refused(file, read.parsed.error);
        } else if (const auto added = m_library.addArticle(*read.prepared)) {
            outcome.path = file;
            outcome.status = statusOf(added->result);
            outcome.articleId = added->articleId;
        } else {
            libraryFailed = m_library.lastStorageFailure() != store::StorageFailure::None;
            outcome = refused(file, QCoreApplication::translate("Importer", "“%1” was not stored. %2")
                                        .arg(QDir::toNativeSeparators(file), m_library.lastError()));
        }
        if (outcome.status == ImportStatus::Refused)
            spdlog::warn("Import refused {}: {}", file.toStdString(), outcome.message.toStdString());
        else
            spdlog::debug("Imported {}: {} (article {})", file.toStdString(), statusName(outcome.status), outcome.articleId);
        report.files.append(outcome);
        if (libraryFailed) {
            report.stoppedBy = m_library.lastError();
            report.notTried = total - done - 1;
            spdlog::warn("Import stopped after {} of {} files: {}", done + 1, total, report.stoppedBy.toStdString());
            break;
        }
    }
    spdlog::info("Import of {} files: {} added, {} new revisions, {} unchanged, {} refused, {} skipped{}", total,
                 report.count(ImportStatus::Added), report.count(ImportStatus::NewRevision),
                 report.count(ImportStatus::Unchanged), report.count(ImportStatus::Refused),
                 report.count(ImportStatus::Skipped),
                 report.cancelled ? ", cancelled" : (report.stoppedBy.isEmpty() ? "" : ", stopped"));
    if (progress && !report.cancelled && report.stoppedBy.isEmpty())
        progress(total, total, QString());
    return report;
}

} // namespace dokhae::import
