#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

namespace dokhae::gui {

// The one owner of the interface's translators (ours and Qt's), as Tiled has one: it installs
// them, swaps them when the analyst picks another language, and remembers the pick. Qt then sends
// every widget a LanguageChange event, and each retranslates itself at once; data that follows the
// language (figures, entity names, chart titles) asks interfaceLanguage() as it is drawn again.
class LanguageManager : public QObject {
    Q_OBJECT

public:
    static LanguageManager *instance();  // owned by the application object

    QString choice() const { return m_choice; }      // "ko", "en" or "system"
    QString language() const { return m_language; }  // in effect: "ko" or "en"

    // Installs the translators of `choice` (one parseLanguageChoice accepts) and, when `remember`,
    // keeps the choice in the settings for the next start.
    void setChoice(const QString &choice, bool remember = true);
    // The choice kept in the settings ("system" on a first run).
    static QString rememberedChoice();

signals:
    void languageChanged(const QString &language);

private:
    explicit LanguageManager(QObject *parent);

    QString m_choice = QStringLiteral("system");
    QString m_language = QStringLiteral("en");
    QList<QTranslator *> m_installed;
};

// The language the interface speaks right now, "ko" or "en", for data that follows it (figures,
// entity names). Asked of the installed translators themselves, so that it follows a switch at
// runtime, whoever installed the translator.
QString interfaceLanguage();

} // namespace dokhae::gui
