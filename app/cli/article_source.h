#pragma once

#include <QString>
#include <QTextStream>

namespace dokhae::store {
class Library;
}

namespace dokhae::cli {

// Opens the library at `path` for reading; a missing file is an error, so reading never leaves an empty
// library behind. Problems are written to `err`.
bool openExistingLibrary(store::Library &library, const QString &path, QTextStream &err);

// The article a reading command works on, or the exit code that explains why there is none.
struct LoadedArticle {
    int exitCode = 0; // ExitOk when `text` holds the article's reading text
    QString text;
    qint64 libraryId = -1; // the article's id when it came from the library, else -1
};

// Why: figures and entities both read "an article file by PATH, or article ID from --db" the same way.
// With an empty `dbPath`, `argument` is a file; otherwise it is an id in the library at `dbPath`, which is
// left open in `library`. Problems are written to `err`.
LoadedArticle loadArticle(const QString &argument, const QString &dbPath, store::Library &library, QTextStream &err);

} // namespace dokhae::cli
