#pragma once

#include <QString>

namespace dokhae::logging {

// A log file of this process's own in the state folder's logs/ (named after the program, the
// start time and the process id), so that a window and any number of CLI runs never write into
// one file, and one long import cannot rotate earlier runs out of existence. The newest
// kKeptLogFiles are kept. With verbose also the console. Qt's own messages (qWarning and friends)
// are routed into the same log.
void init(const QString &loggerName, bool verbose);

// This process's log file; empty before init() or when it could not be created.
QString currentLogFile();

inline constexpr int kKeptLogFiles = 30;

} // namespace dokhae::logging
