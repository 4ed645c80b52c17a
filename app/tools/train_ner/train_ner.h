#pragma once

#include <QStringList>

namespace dokhae::tools {

// dokhae-train-ner's work, given its arguments (see --help); returns the exit code.
int trainNer(const QStringList &arguments);

} // namespace dokhae::tools
