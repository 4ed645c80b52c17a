#pragma once

#include <QString>

namespace dokhae::paths {

QString defaultLibraryPath();      // <AppDataLocation>/library.sqlite
QString stateDir();                // $XDG_STATE_HOME/dokhae (logs)
QString logDir();                 // <stateDir>/logs: one log per process start
QString bundledSeedsDir();         // installed seeds, else the source tree's (running from a build)
QString installedTranslationsDir();
// A data file the package installs under share/dokhae (e.g. "entities/ner-model.bin"): the
// installed copy, else the source tree's resources/ (running from a build). When neither exists,
// the installed path, so that a message can name where it was expected.
QString bundledDataFile(const QString &relativePath);

} // namespace dokhae::paths
