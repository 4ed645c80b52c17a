#include "import/importer.h"

#include "import/article_parser.h"
#include "import/undecodable_names.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
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

namespace {

// The outcomes of the files stored since the last commit. They reach the report only when the
// batch is committed: a file is reported stored only once it is.
class PendingBatch {
public:
    explicit PendingBatch(store::Library &library)
        : m_library(library)
    {
    }

    // Stores a read article in the open batch (opening one if needed) and keeps it pending.
    FileOutcome store(const QString &file, store::PreparedArticle prepared)
    {
        if (!m_library.inBatch()) {
            if (!m_library.beginBatch())
                return notStored(file);
            m_age.start();
        }
        FileOutcome outcome = added(file, m_library.addArticle(prepared));
        if (outcome.status != ImportStatus::Refused)
            m_pending.append({outcome, std::move(prepared)});
        return outcome;
    }

    // An outcome that needs no commit (a refusal) or that stops the run, in file order.
    void append(const FileOutcome &outcome) { m_pending.append({outcome, std::nullopt}); }

    // Measured on 2,000 generated articles: a batch of ~100 articles writes ~4× less than one
    // transaction per article. A quarter second bounds how long another window's write (an
    // annotation) waits for the lock.
    bool full() const { return m_pending.size() >= 100 || (m_library.inBatch() && m_age.elapsed() >= 250); }

    // Commits the batch and moves its outcomes into the report. When the commit fails, or a
    // full disk made SQLite undo the batch, its articles are stored again one transaction each,
    // as an import did before batches, up to the first the library refuses; false then, and
    // the files after that one are not tried.
    bool commitInto(ImportReport &into)
    {
        const bool committed = m_library.commitBatch();
        bool refused = false;
        for (Pending &pending : m_pending) {
            if (refused)
                break;
            if (!committed && pending.prepared) {
                pending.outcome = added(pending.outcome.path, m_library.addArticle(*pending.prepared));
                refused = pending.outcome.status == ImportStatus::Refused;
            }
            report(pending.outcome, into);
        }
        m_pending.clear();
        return !refused;
    }

    // An outcome straight into the report, after the batch's.
    void report(const FileOutcome &outcome, ImportReport &into)
    {
        into.files.append(outcome);
        ++m_reported;
    }

    // Files of the run given an outcome in the report so far (not the folder walk's); the rest
    // were not tried.
    int reported() const { return m_reported; }

private:
    struct Pending {
        FileOutcome outcome;
        std::optional<store::PreparedArticle> prepared;  // what to store again if the batch is lost
    };

    FileOutcome added(const QString &file, const std::optional<store::AddOutcome> &result) const
    {
        if (!result)
            return notStored(file);
        FileOutcome outcome;
        outcome.path = file;
        outcome.status = statusOf(result->result);
        outcome.articleId = result->articleId;
        return outcome;
    }

    FileOutcome notStored(const QString &file) const
    {
        return refused(file, QCoreApplication::translate("Importer", "“%1” was not stored. %2")
                                 .arg(QDir::toNativeSeparators(file), m_library.lastError()));
    }

    store::Library &m_library;
    QList<Pending> m_pending;
    QElapsedTimer m_age;
    int m_reported = 0;
};

} // namespace

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
    PendingBatch batch(m_library);
    const auto stop = [&] {
        report.stoppedBy = m_library.lastError();
        report.notTried = total - batch.reported();
        spdlog::warn("Import stopped after {} of {} files: {}", batch.reported(), total, report.stoppedBy.toStdString());
    };
    int launched = 0;
    for (int tried = 0; tried < total; ++tried) {
        const QString &file = files[tried];
        if (progress && !progress(tried, total, file)) {
            report.cancelled = true;
            spdlog::info("Import cancelled after {} of {} files", tried, total);
            break;
        }
        for (; launched < total && launched <= tried + ahead; ++launched)
            reading.push_back(std::async(std::launch::async, readFile, files[launched], std::cref(readEntities),
                                         std::cref(storedTexts)));
        ReadFile read = reading.front().get();
        reading.pop_front();
        if (!read.parsed.ok) {
            const FileOutcome outcome = refused(file, read.parsed.error);
            spdlog::warn("Import refused {}: {}", file.toStdString(), outcome.message.toStdString());
            batch.append(outcome);
            continue;
        }
        const FileOutcome outcome = batch.store(file, std::move(*read.prepared));
        if (outcome.status != ImportStatus::Refused) {
            spdlog::debug("Imported {}: {} (article {})", file.toStdString(), statusName(outcome.status), outcome.articleId);
        } else if (m_library.lastStorageFailure() == store::StorageFailure::None) {
            spdlog::warn("Import refused {}: {}", file.toStdString(), outcome.message.toStdString());
            batch.append(outcome);
        } else {
            // The library itself failed (full, locked, read-only, damaged): every later file would
            // fail the same way. What the batch stored before is kept, if the library takes it.
            spdlog::warn("Import refused {}: {}", file.toStdString(), outcome.message.toStdString());
            if (batch.commitInto(report))
                batch.report(outcome, report);
            stop();
            break;
        }
        if (batch.full() && !batch.commitInto(report)) {
            stop();
            break;
        }
    }
    if (report.stoppedBy.isEmpty() && !batch.commitInto(report))
        stop();
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
