#pragma once

#include <QString>

namespace dokhae::paths {

QString defaultLibraryPath();      // <AppDataLocation>/library.sqlite
QString stateDir();                // $XDG_STATE_HOME/dokhae (logs)
QString logFilePath();             // <stateDir>/dokhae.log
QString bundledSeedsDir();         // installed seeds, else the source tree's (running from a build)
QString installedTranslationsDir();

} // namespace dokhae::paths
