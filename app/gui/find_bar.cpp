#include "find_bar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>

namespace dokhae::gui {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_previousButton(new QToolButton(this))
    , m_nextButton(new QToolButton(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_edit->setObjectName(QStringLiteral("findEdit"));
    m_countLabel->setObjectName(QStringLiteral("findCountLabel"));
    m_previousButton->setObjectName(QStringLiteral("findPreviousButton"));
    m_nextButton->setObjectName(QStringLiteral("findNextButton"));
    m_closeButton->setObjectName(QStringLiteral("findCloseButton"));

    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_previousButton->setArrowType(Qt::UpArrow);
    m_nextButton->setArrowType(Qt::DownArrow);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_previousButton);
    layout->addWidget(m_nextButton);
    layout->addWidget(m_closeButton);

    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::textChanged);
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::nextRequested);
    connect(m_nextButton, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(m_previousButton, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_closeButton, &QToolButton::click);
    retranslateUi();
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::setMatchState(int current, int total)
{
    m_current = current;
    m_total = total;
    updateCountLabel();
}

void FindBar::updateCountLabel()
{
    if (m_edit->text().isEmpty())
        m_countLabel->clear();
    else if (m_total == 0)
        m_countLabel->setText(tr("No matches"));
    else
        m_countLabel->setText(tr("%1 of %2").arg(m_current + 1).arg(m_total));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ShiftModifier)) {
            emit previousRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FindBar::retranslateUi()
{
    m_edit->setPlaceholderText(tr("Find in article"));
    m_previousButton->setToolTip(tr("Previous match (Shift+F3)"));
    m_nextButton->setToolTip(tr("Next match (F3)"));
    m_closeButton->setToolTip(tr("Close (Esc)"));
    updateCountLabel();
}

} // namespace dokhae::gui
