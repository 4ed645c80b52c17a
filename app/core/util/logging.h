#pragma once

#include <QString>

namespace dokhae::logging {

// A rotating log file in the state folder; with verbose also the console. Qt's own messages
// (qWarning and friends) are routed into the same log.
void init(const QString &loggerName, bool verbose);

} // namespace dokhae::logging
