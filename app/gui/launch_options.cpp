#include "launch_options.h"

#include "language.h"
#include "util/app_paths.h"

#include <QApplication>
#include <QCommandLineParser>

namespace dokhae::gui {

namespace {

QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

} // namespace

LaunchOptions LaunchOptions::parse(QApplication &app)
{
    LaunchOptions options;
    options.language = installTranslators(app, requestedLanguage(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Research browser for Korean press coverage of China's AI industry"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Library file to open (default: %1).")
                                                                .arg(paths::defaultLibraryPath()),
                                      tr("FILE"), paths::defaultLibraryPath());
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), tr("Log debug messages to the console too."));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Interface language: ko or en."), tr("LANG"));
    parser.addOptions({dbOption, verboseOption, langOption});
    parser.addPositionalArgument(QStringLiteral("link"), tr("A dokhae://annotation/… link to open."),
                                 QStringLiteral("[link]"));
    parser.process(app);
    for (const QString &argument : parser.positionalArguments()) {
        if (argument.startsWith(QLatin1String("dokhae:"), Qt::CaseInsensitive))
            options.link = argument;
    }

    options.libraryPath = parser.value(dbOption);
    options.verbose = parser.isSet(verboseOption);
    return options;
}

} // namespace dokhae::gui
