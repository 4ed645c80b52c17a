#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace dokhae::store {
class Library;
}

namespace dokhae::import {

// Skipped: a file a folder walk met that is not of an article type (.txt, .md, .html, .htm), such
// as a saved page's images and scripts; named in the report, not an error.
enum class ImportStatus { Added, NewRevision, Unchanged, Refused, Skipped };

struct FileOutcome {
    QString path;
    ImportStatus status = ImportStatus::Refused;
    qint64 articleId = 0;
    QString message;  // translated; why it was refused or skipped
};

struct ImportReport {
    QList<FileOutcome> files;
    bool cancelled = false;
    // A failure of the library itself (disk full, locked, read-only, damaged) ends the run at the
    // file it happened on: every later file would fail the same way.
    QString stoppedBy;  // translated; empty when the run was not stopped
    int notTried = 0;   // files left after the one the library failed on
    int count(ImportStatus status) const;
    bool allImported() const;  // nothing refused, not cancelled, not stopped
};

// Files named directly are always tried (their content decides); folders are walked recursively
// for .txt, .md, .html, .htm. Every other file the walk meets is a skipped outcome in *untried; a
// path that does not exist, a folder that cannot be read and a file name that is not valid UTF-8
// are refused ones.
QStringList collectImportFiles(const QStringList &paths, QList<FileOutcome> *untried);

class Importer {
public:
    // done, total, file being read. Return false to cancel after the current file.
    using Progress = std::function<bool(int done, int total, const QString &file)>;

    explicit Importer(store::Library &library);
    ImportReport run(const QStringList &paths, const Progress &progress = {});

private:
    store::Library &m_library;
};

} // namespace dokhae::import
