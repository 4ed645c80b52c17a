#include "latency_scenario.h"
#include "launch_options.h"
#include "main_window.h"
#include "startup_probe.h"
#include "util/app_paths.h"
#include "util/logging.h"

#include <QApplication>
#include <QElapsedTimer>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;  // started before the application, whose platform start counts too
    sinceLaunch.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dokhae"));
    QApplication::setApplicationName(QStringLiteral("dokhae"));
    QApplication::setApplicationVersion(QStringLiteral(DOKHAE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(DOKHAE_APP_ID));

    const auto options = dokhae::gui::LaunchOptions::parse(app);
    dokhae::logging::init(QStringLiteral("dokhae"), options.verbose);

    dokhae::gui::MainWindow window({options.libraryPath, dokhae::paths::bundledSeedsDir()});
    if (!window.openLibrary())
        return EXIT_FAILURE;
    if (options.measureStartup || options.measureScroll)  // owned by the window
        new dokhae::gui::StartupProbe(window, sinceLaunch,
                                      options.measureScroll ? dokhae::gui::StartupProbe::Then::ScrollListToEnd
                                                            : dokhae::gui::StartupProbe::Then::Quit);
    if (!options.measureLatency.isEmpty())  // checked by parse()
        new dokhae::gui::LatencyScenario(window, *dokhae::gui::LatencyScenario::kindOf(options.measureLatency),
                                         options.importFolder);
    window.show();
    if (!options.link.isEmpty())
        window.openLink(options.link);
    return QApplication::exec();
}
