#include "util/app_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace dokhae::paths {

QString defaultLibraryPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("library.sqlite"));
}

QString stateDir()
{
    // Qt 6.4 has no state location yet; follow the XDG base directory rule ourselves.
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty() || !QDir::isAbsolutePath(base))
        base = QDir::home().filePath(QStringLiteral(".local/state"));
    return QDir(base).filePath(QStringLiteral("dokhae"));
}

QString logDir()
{
    return QDir(stateDir()).filePath(QStringLiteral("logs"));
}

static QString firstExistingDir(const QStringList &candidates)
{
    for (const QString &dir : candidates) {
        if (QFileInfo(dir).isDir())
            return QDir(dir).absolutePath();
    }
    return {};
}

QString bundledSeedsDir()
{
    // An installed build finds its data relative to the binary (relocatable packages) or at the
    // configured prefix; a build tree falls back to the source tree's seeds.
    const QString appDir = QCoreApplication::applicationDirPath();
    return firstExistingDir({appDir + QStringLiteral("/../share/dokhae/seeds"),
                             QStringLiteral(DOKHAE_INSTALLED_DATA_DIR "/seeds"),
                             QStringLiteral(DOKHAE_SOURCE_SEEDS_DIR)});
}

QString installedTranslationsDir()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    return firstExistingDir({appDir + QStringLiteral("/../share/dokhae/translations"),
                             QStringLiteral(DOKHAE_INSTALLED_DATA_DIR "/translations")});
}

QString bundledDataFile(const QString &relativePath)
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QString installed = QStringLiteral(DOKHAE_INSTALLED_DATA_DIR "/") + relativePath;
    for (const QString &candidate : {appDir + QStringLiteral("/../share/dokhae/") + relativePath, installed,
                                     QStringLiteral(DOKHAE_SOURCE_RESOURCES_DIR "/") + relativePath}) {
        if (QFileInfo(candidate).isFile())
            return QFileInfo(candidate).absoluteFilePath();
    }
    return installed;
}

} // namespace dokhae::paths
