#include "language_menu.h"

#include "language.h"

#include <QActionGroup>
#include <QEvent>

namespace dokhae::gui {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
    , m_korean(addAction(QStringLiteral("한국어")))
    , m_english(addAction(QStringLiteral("English")))
    , m_system(addAction(QString()))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_korean->setObjectName(QStringLiteral("actionLanguageKorean"));
    m_english->setObjectName(QStringLiteral("actionLanguageEnglish"));
    m_system->setObjectName(QStringLiteral("actionLanguageSystem"));
    const QList<std::pair<QAction *, QString>> choices{
        {m_korean, QStringLiteral("ko")}, {m_english, QStringLiteral("en")}, {m_system, QStringLiteral("system")}};
    for (const auto &[action, choice] : choices) {
        action->setCheckable(true);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [choice] { LanguageManager::instance()->setChoice(choice); });
    }
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this, &LanguageMenu::showChoice);
    retranslateUi();
    showChoice();
}

void LanguageMenu::showChoice()
{
    const QString choice = LanguageManager::instance()->choice();
    (choice == QLatin1String("ko") ? m_korean : choice == QLatin1String("en") ? m_english : m_system)->setChecked(true);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("Follow the System"));
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showChoice();
    }
    QMenu::changeEvent(event);
}

} // namespace dokhae::gui
