#include "charts_commands.h"
#include "cli_commands.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Drawing a chart needs fonts and a platform plugin; a script has no display, so the offscreen
    // one is used unless the caller chose another. Every other command stays a console program.
    std::unique_ptr<QCoreApplication> app;
    if (dokhae::cli::needsGuiApplication(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("dokhae"));
    QCoreApplication::setApplicationName(QStringLiteral("dokhae"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOKHAE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return dokhae::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
