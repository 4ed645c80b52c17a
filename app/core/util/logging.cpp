#include "util/logging.h"

#include "util/app_paths.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <vector>

#include <signal.h>

namespace dokhae::logging {

namespace {

// One process's log stays bounded by rotating within its own files: 4 MB now, 4 MB before.
constexpr std::size_t kMaxBytesPerFile = 4 * 1024 * 1024;
constexpr std::size_t kRotatedFiles = 1;

QString g_currentLogFile;

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

QString newLogFileName(const QString &loggerName)
{
    return QStringLiteral("%1-%2-%3.log")
        .arg(loggerName, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
        .arg(QCoreApplication::applicationPid());
}

// The process a log file belongs to is still running: its name ends in the pid (before an
// optional rotation number).
bool writerIsRunning(const QString &fileName)
{
    static const QRegularExpression pidAtEnd(QStringLiteral("-(\\d+)(?:\\.\\d+)?\\.log$"));
    const QRegularExpressionMatch match = pidAtEnd.match(fileName);
    if (!match.hasMatch())
        return false;
    const qint64 pid = match.captured(1).toLongLong();
    return pid > 0 && pid != QCoreApplication::applicationPid() && ::kill(pid_t(pid), 0) == 0;
}

// Beyond the newest `keep`, oldest go first; a log whose process still runs (a window open since
// morning while scripts ran the CLI all day) stays.
void pruneOldLogs(const QDir &folder, int keep)
{
    const QFileInfoList logs =
        folder.entryInfoList({QStringLiteral("*.log")}, QDir::Files | QDir::NoDotAndDotDot, QDir::Time);
    for (qsizetype i = keep; i < logs.size(); ++i)
        if (!writerIsRunning(logs[i].fileName()))
            QFile::remove(logs[i].absoluteFilePath());
}

} // namespace

QString currentLogFile()
{
    return g_currentLogFile;
}

void init(const QString &loggerName, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    const QDir folder(paths::logDir());
    if (QDir().mkpath(folder.path())) {
        // Make room first: this run's file is then the newest of the kept ones.
        pruneOldLogs(folder, kKeptLogFiles - 1);
        const QString path = folder.filePath(newLogFileName(loggerName));
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QFile::encodeName(path).toStdString(), kMaxBytesPerFile, kRotatedFiles));
            g_currentLogFile = path;
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
