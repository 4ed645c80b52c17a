#include "launch_options.h"

#include "language.h"
#include "latency_scenario.h"
#include "util/app_paths.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstdlib>

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
    // --lang wins for this run only; without it the remembered choice (the system's at first).
    // Installed before parsing, so that --help already speaks the language.
    const QString requested = requestedLanguage(QCoreApplication::arguments());
    const std::optional<QString> choice = requested.isNull() ? std::optional(LanguageManager::rememberedChoice())
                                                             : i18n::parseLanguageChoice(requested);
    if (!choice) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("Unknown language “%1” for --lang: use ko, en or system.").arg(requested)));
        std::exit(2);
    }
    LanguageManager::instance()->setChoice(*choice, false);
    options.language = LanguageManager::instance()->language();

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Research browser for Korean press coverage of China's AI industry"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      tr("Library to open: a file (default: %1), or a team library as "
                                         "postgresql://user@server/database.")
                                          .arg(paths::defaultLibraryPath()),
                                      tr("LIBRARY"), paths::defaultLibraryPath());
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), tr("Log debug messages to the console too."));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Interface language: ko, en or system (remembered from View ▸ Language otherwise)."), tr("LANG"));
    const QCommandLineOption measureStartupOption(
        QStringLiteral("measure-startup"),
        tr("Print startup_ms, the milliseconds from launch to the window's first paint, and quit."));
    const QCommandLineOption measureScrollOption(
        QStringLiteral("measure-scroll"),
        tr("Print startup_ms, then scroll the library list to its end and print scroll_ms, rows, "
           "rss_mb and peak_rss_mb (the window's memory then and at its highest), and quit."));
    const QCommandLineOption measureLatencyOption(
        QStringLiteral("measure-latency"),
        tr("Run SCENARIO (%1) in the window and print blocked_max_ms, the longest the window "
           "could not respond, with blocked_p99_ms and scenario_ms; then quit.")
            .arg(LatencyScenario::names().join(QLatin1String(", "))),
        tr("SCENARIO"));
    const QCommandLineOption importFolderOption(QStringLiteral("import-folder"),
                                                tr("The folder the import scenario of --measure-latency imports."),
                                                tr("DIR"));
    parser.addOptions({dbOption, verboseOption, langOption, measureStartupOption, measureScrollOption,
                       measureLatencyOption, importFolderOption});
    parser.addPositionalArgument(QStringLiteral("link"), tr("A dokhae://annotation/… link to open."),
                                 QStringLiteral("[link]"));
    parser.process(app);
    for (const QString &argument : parser.positionalArguments()) {
        if (argument.startsWith(QLatin1String("dokhae:"), Qt::CaseInsensitive))
            options.link = argument;
    }

    options.libraryPath = parser.value(dbOption);
    options.verbose = parser.isSet(verboseOption);
    options.measureStartup = parser.isSet(measureStartupOption);
    options.measureScroll = parser.isSet(measureScrollOption);
    options.measureLatency = parser.value(measureLatencyOption);
    options.importFolder = parser.value(importFolderOption);
    const std::optional<LatencyScenario::Kind> scenario = LatencyScenario::kindOf(options.measureLatency);
    if (parser.isSet(measureLatencyOption)
        && (!scenario || (*scenario == LatencyScenario::Kind::Import && options.importFolder.isEmpty()))) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("--measure-latency takes one of %1; import also needs --import-folder DIR.")
                                                    .arg(LatencyScenario::names().join(QLatin1String(", ")))));
        std::exit(2);
    }
    return options;
}

} // namespace dokhae::gui
