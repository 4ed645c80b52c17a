#include "util/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace dokhae::i18n {

std::optional<QString> parseLanguageChoice(const QString &value)
{
    const QString choice = value.trimmed().toLower();
    if (choice.isEmpty() || choice == QLatin1String("system"))
        return QStringLiteral("system");
    if (choice == QLatin1String(kKorean) || choice == QLatin1String(kEnglish))
        return choice;
    return std::nullopt;
}

QString systemLanguage()
{
    return QLatin1String(QLocale::system().language() == QLocale::Korean ? kKorean : kEnglish);
}

QString resolvedLanguage(const QString &choice)
{
    return choice == QLatin1String("system") || choice.isEmpty() ? systemLanguage() : choice;
}

QList<QTranslator *> makeTranslators(const QString &language, QObject *parent)
{
    QList<QTranslator *> translators;
    if (language != QLatin1String(kKorean))
        return translators;
    auto *ours = new QTranslator(parent);
    if (ours->load(QStringLiteral(":/i18n/dokhae_ko.qm")))
        translators << ours;
    else
        spdlog::warn("the Korean translation is missing from the program's resources");
    auto *qt = new QTranslator(parent);
    if (qt->load(QLocale(QLocale::Korean), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        translators << qt;
    else
        spdlog::info("Qt's own Korean strings (qtbase_ko.qm) are not installed; its dialogs stay English");
    return translators;
}

} // namespace dokhae::i18n
