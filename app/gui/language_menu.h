#pragma once

#include <QMenu>

class QActionGroup;

namespace dokhae::gui {

// View ▸ Language: 한국어, English, or the system's language. Each language is named in itself,
// so whoever cannot read the interface can still find theirs. Picking one switches the interface
// at once through the LanguageManager and is remembered.
class LanguageMenu : public QMenu {
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showChoice();

    QActionGroup *m_group;
    QAction *m_korean;
    QAction *m_english;
    QAction *m_system;
};

} // namespace dokhae::gui
