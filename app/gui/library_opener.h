#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace dokhae::gui {

class RecentLibrariesMenu;

// File ▸ Open Library…, Open Team Library… and Open Recent: choosing a library, a file or a team's
// server, and handing its location to `open` (the window opens it in a window of its own, so the
// one on screen keeps its library, its undo history and its place).
class LibraryOpener : public QObject {
    Q_OBJECT

public:
    LibraryOpener(QWidget *window, std::function<void(const QString &location)> open);

    // Adds the three entries to a menu.
    void addTo(QMenu *menu) const;
    void retranslateUi();

    QAction *openFileAction() const { return m_openFile; }
    QAction *openTeamAction() const { return m_openTeam; }
    RecentLibrariesMenu *recentMenu() const { return m_recent; }

private:
    void chooseFile();
    void chooseTeamLibrary();

    QWidget *m_window;
    std::function<void(const QString &)> m_open;
    QAction *m_openFile;
    QAction *m_openTeam;
    RecentLibrariesMenu *m_recent;
};

} // namespace dokhae::gui
