#include "library_opener.h"

#include "recent_libraries.h"
#include "store/library_location.h"
#include "team_library_dialog.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QWidget>

namespace dokhae::gui {

LibraryOpener::LibraryOpener(QWidget *window, std::function<void(const QString &)> open)
    : QObject(window)
    , m_window(window)
    , m_open(std::move(open))
    , m_openFile(new QAction(window))
    , m_openTeam(new QAction(window))
    , m_recent(new RecentLibrariesMenu(window))
{
    m_openFile->setObjectName(QStringLiteral("actionOpenLibrary"));
    m_openTeam->setObjectName(QStringLiteral("actionOpenTeamLibrary"));
    m_openFile->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    m_openTeam->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    window->addAction(m_openFile);
    window->addAction(m_openTeam);
    connect(m_openFile, &QAction::triggered, this, &LibraryOpener::chooseFile);
    connect(m_openTeam, &QAction::triggered, this, &LibraryOpener::chooseTeamLibrary);
    connect(m_recent, &RecentLibrariesMenu::openRequested, this, [this](const QString &location) { m_open(location); });
    retranslateUi();
}

void LibraryOpener::addTo(QMenu *menu) const
{
    menu->addActions({m_openFile, m_openTeam});
    menu->addMenu(m_recent);
}

void LibraryOpener::retranslateUi()
{
    m_openFile->setText(tr("&Open Library…"));
    m_openFile->setStatusTip(tr("Open a library file in a new window"));
    m_openTeam->setText(tr("Open &Team Library…"));
    m_openTeam->setStatusTip(tr("Connect to a team library on a PostgreSQL server, in a new window"));
}

void LibraryOpener::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Library"), QString(),
                                                      tr("Dokhae libraries (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        m_open(path);
}

void LibraryOpener::chooseTeamLibrary()
{
    TeamLibraryDialog dialog(m_window);
    const QStringList recent = RecentLibrariesMenu::locations();
    const auto team = std::find_if(recent.cbegin(), recent.cend(), &store::LibraryLocation::looksLikeServer);
    if (team != recent.cend())
        dialog.setLocation(*team);  // the team library opened last, to change or confirm
    if (dialog.exec() == QDialog::Accepted)
        m_open(dialog.location());
}

} // namespace dokhae::gui
