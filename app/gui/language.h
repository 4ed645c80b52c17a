#pragma once

#include <QString>

class QCoreApplication;

namespace dokhae::gui {

// Installs the Korean translations (ours and Qt's) when `language` is "ko", or when it is empty
// and the system locale is Korean. Returns the language in effect: "ko" or "en".
QString installTranslators(QCoreApplication &app, const QString &language);

} // namespace dokhae::gui
