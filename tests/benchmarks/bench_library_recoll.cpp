#include "bench_library_sections.h"

#include <QDir>
#include <QFile>

namespace dokhae::bench {

namespace {

QString recollFolder(const Setup &setup)
{
    return setup.work + QStringLiteral("/recoll");
}

} // namespace

bool haveRecoll()
{
    return onPath(QStringLiteral("recollindex")) && onPath(QStringLiteral("recollq"));
}

QStringList recollIndexCommand(const Setup &setup)
{
    // A configuration of its own, so that the run neither reads nor changes the user's index; the
    // corpus is plain UTF-8 text, which recoll splits into bigrams for Korean as we do.
    const QString folder = recollFolder(setup);
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    QFile config(folder + QStringLiteral("/recoll.conf"));
    if (config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        config.write(QStringLiteral("topdirs = %1\nnoaspell = 1\nindexStemmingLanguages =\n").arg(setup.corpus()).toUtf8());
    return {QStringLiteral("recollindex"), QStringLiteral("-c"), folder};
}

QStringList recollQueryCommand(const Setup &setup, const QString &query)
{
    // The best 200 file names, as dokhae-cli search lists its best 200.
    return {QStringLiteral("recollq"), QStringLiteral("-c"), recollFolder(setup), QStringLiteral("-b"),
            QStringLiteral("-n"), QStringLiteral("200"), query};
}

double recollIndexMb(const Setup &setup)
{
    qint64 bytes = 0;
    const QDir xapian(recollFolder(setup) + QStringLiteral("/xapiandb"));
    for (const QFileInfo &file : xapian.entryInfoList(QDir::Files))
        bytes += file.size();
    return static_cast<double>(bytes) / 1e6;
}

} // namespace dokhae::bench
