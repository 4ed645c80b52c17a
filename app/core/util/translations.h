#pragma once

#include <QList>
#include <QString>

#include <optional>

class QObject;
class QTranslator;

namespace dokhae::i18n {

// The interface languages: Korean and English (the language of the sources).
inline constexpr const char *kKorean = "ko";
inline constexpr const char *kEnglish = "en";

// A language as the user names it on a command line or in the settings: "ko", "en", or "system"
// (and "" for system). nullopt for anything else, which is a usage error, not English.
std::optional<QString> parseLanguageChoice(const QString &value);

// What "system" means here: Korean when the system locale is Korean, else English.
QString systemLanguage();

// "ko" or "en" for a choice parseLanguageChoice accepted ("system" resolved).
QString resolvedLanguage(const QString &choice);

// The translators that make the interface speak `language`: for Korean ours (embedded in the
// program) and Qt's own (qtbase_ko from the system's Qt translations: dialog buttons, file
// dialogs, text-field menus); none for English. Owned by `parent`; not installed.
QList<QTranslator *> makeTranslators(const QString &language, QObject *parent);

} // namespace dokhae::i18n
