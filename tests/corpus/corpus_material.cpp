#include "corpus_material.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

// Outside any namespace, as Qt requires of a static library's resources.
static void initCorpusMaterial()
{
    Q_INIT_RESOURCE(corpus_material);
}

namespace dokhae::corpus::material {

namespace {

QHash<QString, QStringList> readMaterial()
{
    initCorpusMaterial();
    QFile file(u":/corpus/corpus_material.txt"_qs);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("corpus_material.txt is missing from the resources");
    static const QRegularExpression heading(u"^\\[([a-z-]+)\\]$"_qs);
    QHash<QString, QStringList> lists;
    QString current;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString entry = line.trimmed();
        if (entry.isEmpty() || entry.startsWith(u'#'))
            continue;
        if (const QRegularExpressionMatch match = heading.match(entry); match.hasMatch())
            current = match.captured(1);
        else if (!current.isEmpty())
            lists[current] << entry;
    }
    return lists;
}

} // namespace

const QStringList &list(QStringView name)
{
    static const QHash<QString, QStringList> lists = readMaterial();
    static const QStringList none;
    const auto found = lists.constFind(name.toString());
    return found == lists.cend() ? none : *found;
}

} // namespace dokhae::corpus::material
