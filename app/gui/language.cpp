#include "language.h"

#include "util/translations.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace dokhae::gui {

namespace {

const QString kChoiceKey = QStringLiteral("interface/language");

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager *LanguageManager::instance()
{
    static LanguageManager *manager = nullptr;
    if (!manager) {
        manager = new LanguageManager(QCoreApplication::instance());
        // Gone with the application; a later application (a test's next one) gets a new manager.
        QObject::connect(manager, &QObject::destroyed, [] { manager = nullptr; });
    }
    return manager;
}

QString LanguageManager::rememberedChoice()
{
    return i18n::parseLanguageChoice(QSettings().value(kChoiceKey).toString()).value_or(QStringLiteral("system"));
}

void LanguageManager::setChoice(const QString &choice, bool remember)
{
    const QString accepted = i18n::parseLanguageChoice(choice).value_or(QStringLiteral("system"));
    if (remember)
        QSettings().setValue(kChoiceKey, accepted);
    m_choice = accepted;
    const QString language = i18n::resolvedLanguage(accepted);
    if (language == m_language && (!m_installed.isEmpty() || language == QLatin1String(i18n::kEnglish)))
        return;
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        translator->deleteLater();
    }
    m_installed = i18n::makeTranslators(language, this);
    for (QTranslator *translator : std::as_const(m_installed))
        QCoreApplication::installTranslator(translator);
    m_language = language;
    spdlog::info("interface language: {} (chosen: {})", language.toStdString(), accepted.toStdString());
    emit languageChanged(language);
}

QString interfaceLanguage()
{
    // A translation carries its own language code as one of its strings.
    const QString code = QCoreApplication::translate(
        "dokhae::gui::Language", "en", "ISO 639-1 code of the language of this translation");
    return code == QLatin1String("ko") ? code : QStringLiteral("en");
}

} // namespace dokhae::gui
