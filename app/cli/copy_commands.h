#pragma once

#include <QString>
#include <QTextStream>

namespace dokhae::cli {

struct CopyOptions {
    QString from;  // --from: the library to copy (a file, or a postgresql:// URI); only read
    QString to;    // --to: the library to copy into, made if it is a file that does not exist
    bool json = false;
    // Whether `err` is a terminal: progress then rewrites one line in place, else a line per tenth.
    bool progressInPlace = false;
};

// copy --from SOURCE --to TARGET: copies the articles with every revision, the annotations, the
// charts and the entity corrections of one library into another (store/library_copy.h), saying how
// far it got on `err`, and prints per kind how many were added and how many were there already
// (with --json as an object on `out`).
int copyCommand(const CopyOptions &options, QTextStream &out, QTextStream &err);

} // namespace dokhae::cli
