#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace dokhae::gui {

// Find-in-article: a text field, "3 of 12", previous/next and close. Enter moves to the next
// match, Shift+Enter to the previous one, Esc closes.
class FindBar : public QWidget {
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    void activate();  // shows the bar and selects its text for typing
    void setMatchState(int current, int total);

signals:
    void textChanged(const QString &text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateCountLabel();

    QLineEdit *m_edit;
    QLabel *m_countLabel;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QToolButton *m_closeButton;
    int m_current = -1;
    int m_total = 0;
};

} // namespace dokhae::gui
