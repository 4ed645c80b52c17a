// Runs the real dokhae-cli executable for the CLI tests, inside a throwaway home.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtGlobal>

#include <sys/resource.h>

namespace dokhae::test {

// What one run of dokhae-cli left behind; exitCode stays -1 when it did not finish in time.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// A build under AddressSanitizer (.ci/sanitizers): no memory ceilings (see runCli), and every run
// several times slower, so a stress test sizes its input down there.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUnderAddressSanitizer = true;
#else
constexpr bool kUnderAddressSanitizer = false;
#endif

// Why: every CLI suite runs dokhae-cli with HOME and the XDG folders inside `home`, never the user's own.
// With memoryLimit (bytes of address space), a run that needs more dies instead of taking the
// machine: how a test holds hostile input to a memory ceiling. Not under AddressSanitizer, whose
// shadow memory alone is larger than any such limit.
inline CliRun runCli(const QTemporaryDir &home, const QStringList &arguments, qint64 memoryLimit = 0)
{
    QProcess process;
    if (!kUnderAddressSanitizer && memoryLimit > 0) {
        process.setChildProcessModifier([memoryLimit] {
            const rlimit limit{rlim_t(memoryLimit), rlim_t(memoryLimit)};
            ::setrlimit(RLIMIT_AS, &limit);
        });
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DOKHAE_CLI_PATH), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

// Standard output of a run read as JSON; a failed run's standard error is logged to explain it.
inline QJsonDocument runCliJson(const QTemporaryDir &home, const QStringList &arguments)
{
    const CliRun run = runCli(home, arguments);
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out);
}

} // namespace dokhae::test
