#include "bench_process.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace dokhae::bench {

namespace {

QList<QByteArray> environmentWith(const QStringList &overrides)
{
    QList<QByteArray> entries;
    for (char **entry = environ; *entry != nullptr; ++entry) {
        const QByteArray text(*entry);
        const QByteArray name = text.left(text.indexOf('=') + 1);
        const bool replaced = std::any_of(overrides.cbegin(), overrides.cend(),
                                          [&](const QString &o) { return o.toLocal8Bit().startsWith(name); });
        if (!replaced)
            entries << text;
    }
    for (const QString &override : overrides)
        entries << override.toLocal8Bit();
    return entries;
}

std::vector<char *> pointersTo(QList<QByteArray> &strings)
{
    std::vector<char *> pointers;
    for (QByteArray &string : strings)
        pointers.push_back(string.data());
    pointers.push_back(nullptr);
    return pointers;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

ProcessRun runProcess(const QStringList &command, const QStringList &overrides, const QString &outputFolder)
{
    QList<QByteArray> arguments;
    for (const QString &argument : command)
        arguments << argument.toLocal8Bit();
    QList<QByteArray> environment = environmentWith(overrides);
    std::vector<char *> argv = pointersTo(arguments);
    std::vector<char *> envp = pointersTo(environment);
    const QByteArray outPath = QDir(outputFolder).filePath(QStringLiteral("child.out")).toLocal8Bit();
    const QByteArray errPath = QDir(outputFolder).filePath(QStringLiteral("child.err")).toLocal8Bit();

    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&files, STDERR_FILENO, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);

    ProcessRun run;
    QElapsedTimer timer;
    timer.start();
    pid_t child = 0;
    const int spawned = posix_spawnp(&child, argv[0], &files, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&files);
    if (spawned != 0) {
        run.errors = "cannot start " + arguments.first();
        return run;
    }
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    run.wallMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    run.peakMb = static_cast<double>(usage.ru_maxrss) / 1024.0;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.output = readAll(QString::fromLocal8Bit(outPath));
    run.errors = readAll(QString::fromLocal8Bit(errPath));
    return run;
}

bool onPath(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

double selfPeakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double millisecondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double Samples::percentile(double fraction) const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<qsizetype>(std::ceil(fraction * static_cast<double>(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

} // namespace dokhae::bench
