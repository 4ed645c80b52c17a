#pragma once

#include <QStringList>
#include <QTextStream>

namespace dokhae::cli {

// Exit codes of dokhae-cli; scripts rely on them (README, "CLI").
enum ExitCode : int {
    ExitOk = 0,
    ExitSomeRefused = 1,  // import: at least one file was refused or not found
    ExitUsage = 2,
    ExitLibrary = 3,      // the library could not be opened, or failed mid-import (disk full, locked)
    ExitNotFound = 4,     // show, figures, entities: no article with that id; entity: no such name
};

// Runs one command line (arguments without the program name). Output goes to out, messages to err.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace dokhae::cli
