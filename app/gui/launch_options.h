#pragma once

#include <QCoreApplication>
#include <QString>

class QApplication;

namespace dokhae::gui {

// What the command line asks of the window: --db FILE, --verbose, --lang ko|en, --measure-startup,
// --measure-latency SCENARIO [--import-folder DIR].
struct LaunchOptions {
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)

public:
    QString libraryPath;
    QString language;  // in effect: "ko" or "en"
    bool verbose = false;
    QString link;  // a dokhae://annotation/ID to open, as the desktop passes a clicked link
    bool measureStartup = false;  // print the time to the first painted window and quit
    bool measureScroll = false;   // the same, then scroll the library list to its end and print the memory
    QString measureLatency;  // a LatencyScenario to run under the event loop probe, then quit
    QString importFolder;    // what the "import" scenario imports

    // Installs the translators first, so that --help already speaks the chosen language;
    // exits the process for --help, --version and unknown options, as QCommandLineParser does.
    static LaunchOptions parse(QApplication &app);
};

} // namespace dokhae::gui
