#include "bench_library_sections.h"

#include <QDir>
#include <QFile>

#include <cstdio>

namespace dokhae::bench {

void Setup::prepareFolders() const
{
    for (const char *folder : {"config", "data", "cache", "state", "runtime"})
        QDir().mkpath(work + u'/' + QLatin1String(folder));
    QFile::setPermissions(work + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QStringList Setup::environment() const
{
    return {u"XDG_CONFIG_HOME="_qs + work + u"/config"_qs, u"XDG_DATA_HOME="_qs + work + u"/data"_qs,
            u"XDG_CACHE_HOME="_qs + work + u"/cache"_qs, u"XDG_STATE_HOME="_qs + work + u"/state"_qs,
            u"XDG_RUNTIME_DIR="_qs + work + u"/runtime"_qs,
            u"LC_ALL=C.UTF-8"_qs, u"QT_QPA_PLATFORM=offscreen"_qs};
}

void Setup::useEnvironment() const
{
    for (const QString &entry : environment())
        qputenv(entry.section(u'=', 0, 0).toLocal8Bit().constData(), entry.section(u'=', 1).toLocal8Bit());
}

ProcessRun Setup::run(const QStringList &command) const
{
    ProcessRun result = runProcess(command, environment(), work);
    if (result.exitCode != 0 && !(command.first() == u"rg"_qs && result.exitCode == 1))
        std::fprintf(stderr, "%s: exit %d\n%s\n", qPrintable(command.join(u' ')), result.exitCode,
                     result.errors.left(2000).constData());
    return result;
}

QStringList Setup::cli(const QString &library, const QStringList &arguments) const
{
    return QStringList{QStringLiteral(DOKHAE_CLI_PATH), QStringLiteral("--db"), library} + arguments;
}

QString percentiles(const Samples &samples)
{
    if (samples.size() == 0)
        return QStringLiteral("-");
    return QStringLiteral("%1 / %2").arg(samples.p50(), 0, 'f', 1).arg(samples.p95(), 0, 'f', 1);
}

} // namespace dokhae::bench
