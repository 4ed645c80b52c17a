#pragma once

#include <QString>
#include <QStringList>

namespace dokhae::import {

// The entries of a folder whose names are not valid UTF-8 (an archive written under an old
// Windows code page, say), shown with U+FFFD where the bytes do not decode. Qt's directory listing
// leaves such entries out altogether, so the importer asks the system directly, to name them.
QStringList undecodableNamesIn(const QString &folder);

} // namespace dokhae::import
