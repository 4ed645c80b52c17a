#pragma once

#include <QString>

class QCoreApplication;

namespace dokhae::gui {

// Installs the Korean translations (ours and Qt's) when `language` is "ko", or when it is empty
// and the system locale is Korean. Returns the language in effect: "ko" or "en".
QString installTranslators(QCoreApplication &app, const QString &language);

// The language the interface speaks right now, "ko" or "en", for data that follows it (figures,
// entity names). Asked of the installed translators themselves, so that it follows a switch at
// runtime, whoever installed the translator.
QString interfaceLanguage();

} // namespace dokhae::gui
