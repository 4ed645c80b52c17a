#include "cli_commands.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("dokhae"));
    QCoreApplication::setApplicationName(QStringLiteral("dokhae"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOKHAE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return dokhae::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
