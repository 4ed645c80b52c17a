#include "util/logging.h"

#include "util/app_paths.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <vector>

namespace dokhae::logging {

namespace {

void forwardQtMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg: spdlog::debug(text); break;
    case QtInfoMsg: spdlog::info(text); break;
    case QtWarningMsg: spdlog::warn(text); break;
    case QtCriticalMsg:
    case QtFatalMsg: spdlog::error(text); break;
    }
}

} // namespace

void init(const QString &loggerName, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (QDir().mkpath(paths::stateDir())) {
        constexpr std::size_t maxBytes = 2 * 1024 * 1024;
        constexpr std::size_t keptFiles = 3;
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                paths::logFilePath().toStdString(), maxBytes, keptFiles));
        } catch (const spdlog::spdlog_ex &) {
            // An unwritable state folder must not stop the app; the console still gets errors.
        }
    }
    // The console is for --verbose. Without it, what the user must know is said by the program in
    // its own words; a timestamped duplicate on stderr is noise to a script. Only when the log file
    // cannot be written do errors go to the console, so that they are not lost.
    const bool haveFile = !sinks.empty();
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(verbose ? spdlog::level::debug : haveFile ? spdlog::level::off : spdlog::level::err);
    sinks.push_back(console);

    auto logger = std::make_shared<spdlog::logger>(loggerName.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(forwardQtMessage);
}

} // namespace dokhae::logging
