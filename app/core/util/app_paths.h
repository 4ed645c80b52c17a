#pragma once

#include <QString>

namespace dokhae::paths {

QString defaultLibraryPath();      // <AppDataLocation>/library.sqlite
QString stateDir();                // $XDG_STATE_HOME/dokhae (logs)
QString logDir();                 // <stateDir>/logs: one log per process start
QString bundledSeedsDir();         // installed seeds, else the source tree's (running from a build)
QString installedTranslationsDir();

} // namespace dokhae::paths
