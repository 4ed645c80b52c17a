#pragma once

#include <QDockWidget>

class QAction;
class QTabWidget;

namespace dokhae::store {
class Library;
}

namespace dokhae::gui {

class EntityLibraryView;
class EntitySidebar;

// The "Entities" dock beside the reader: the entities of the article being read in one tab,
// those of the whole library in the other ("All Entities", Ctrl+Shift+E).
class EntityDock : public QDockWidget {
    Q_OBJECT

public:
    explicit EntityDock(store::Library &library, QWidget *parent = nullptr);

    EntitySidebar *sidebar() const { return m_sidebar; }
    EntityLibraryView *libraryView() const { return m_libraryView; }
    QAction *showAllAction() const { return m_showAllAction; }
    // Whether F3 should step through the selected entity's mentions rather than find matches:
    // yes while the dock has the focus, or while an entity is chosen (in the dock on show) and no
    // find is under way.
    bool wantsMentionSteps(bool findBarOpen) const;

public slots:
    void showAllEntities();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTabWidget *m_tabs;
    EntitySidebar *m_sidebar;
    EntityLibraryView *m_libraryView;
    QAction *m_showAllAction;
};

} // namespace dokhae::gui
