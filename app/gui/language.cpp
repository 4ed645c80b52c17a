#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace dokhae::gui {

QString installTranslators(QCoreApplication &app, const QString &language)
{
    const bool korean = language == QLatin1String("ko")
                        || (language.isEmpty() && QLocale::system().language() == QLocale::Korean);
    if (!korean)
        return QStringLiteral("en");

    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/dokhae_ko.qm")))
        QCoreApplication::installTranslator(ours);
    else
        spdlog::warn("Korean translation missing from the resources");
    // Qt's own strings: standard dialog buttons, context menus of text fields.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Korean), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return QStringLiteral("ko");
}

QString interfaceLanguage()
{
    // A translation carries its own language code as one of its strings.
    const QString code = QCoreApplication::translate(
        "dokhae::gui::Language", "en", "ISO 639-1 code of the language of this translation");
    return code == QLatin1String("ko") ? code : QStringLiteral("en");
}

} // namespace dokhae::gui
