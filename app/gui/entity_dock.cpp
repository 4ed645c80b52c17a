#include "entity_dock.h"

#include "entity_library_view.h"
#include "entity_sidebar.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QTabWidget>

namespace dokhae::gui {

EntityDock::EntityDock(store::Library &library, QWidget *parent)
    : QDockWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_sidebar(new EntitySidebar(library, m_tabs))
    , m_libraryView(new EntityLibraryView(library, m_tabs))
    , m_showAllAction(new QAction(this))
{
    setObjectName(QStringLiteral("entityDock"));
    m_tabs->setObjectName(QStringLiteral("entityTabs"));
    m_showAllAction->setObjectName(QStringLiteral("actionAllEntities"));
    m_showAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_showAllAction, &QAction::triggered, this, &EntityDock::showAllEntities);

    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_sidebar, QString());
    m_tabs->addTab(m_libraryView, QString());
    setWidget(m_tabs);

    // The tab last looked at is the one shown at the next start.
    const QString tabKey = QStringLiteral("entities/tab");
    m_tabs->setCurrentIndex(QSettings().value(tabKey, 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this, [tabKey](int index) { QSettings().setValue(tabKey, index); });
    connect(m_sidebar, &EntitySidebar::entitiesCorrected, m_libraryView, &EntityLibraryView::markStale);
    connect(m_libraryView, &EntityLibraryView::unhideRequested, m_sidebar, &EntitySidebar::unhideEntity);
    retranslateUi();
}

void EntityDock::showAllEntities()
{
    show();
    raise();
    m_tabs->setCurrentWidget(m_libraryView);
    m_libraryView->focusFilter();
}

bool EntityDock::wantsMentionSteps(bool findBarOpen) const
{
    if (!isVisible() || !m_sidebar->selectedEntity())
        return false;
    const QWidget *focus = QApplication::focusWidget();
    return (focus && isAncestorOf(focus)) || !findBarOpen;
}

void EntityDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void EntityDock::retranslateUi()
{
    setWindowTitle(tr("Entities"));
    m_tabs->setTabText(m_tabs->indexOf(m_sidebar), tr("This Article"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_sidebar), tr("People, organizations, places, products and works "
                                                         "the article names"));
    m_tabs->setTabText(m_tabs->indexOf(m_libraryView), tr("All Entities"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_libraryView), tr("Every entity in the library (Ctrl+Shift+E)"));
    m_showAllAction->setText(tr("All &Entities"));
    m_showAllAction->setStatusTip(tr("List every entity in the library with the articles that mention it"));
    toggleViewAction()->setText(tr("&Entities Sidebar"));
}

} // namespace dokhae::gui
