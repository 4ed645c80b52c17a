#include "import/undecodable_names.h"

#include <QFile>
#include <QStringDecoder>

#include <dirent.h>

#include <memory>

namespace dokhae::import {

QStringList undecodableNamesIn(const QString &folder)
{
    QStringList names;
    const std::unique_ptr<DIR, int (*)(DIR *)> dir(::opendir(QFile::encodeName(folder).constData()), ::closedir);
    if (!dir)
        return names;
    while (const dirent *entry = ::readdir(dir.get())) {
        const QByteArray raw(entry->d_name);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(raw);
        if (utf8.hasError())
            names << decoded;
    }
    return names;
}

} // namespace dokhae::import
