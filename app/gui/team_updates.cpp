#include "team_updates.h"

#include "annotations_pane.h"
#include "charts_pane.h"
#include "entity_dock.h"
#include "entity_library_view.h"
#include "entity_sidebar.h"
#include "library_pane.h"
#include "store/library_changes.h"

namespace dokhae::gui {

TeamUpdates::TeamUpdates(store::Library &library, Panes panes, QObject *parent)
    : QObject(parent)
    , m_changes(std::make_unique<store::LibraryChanges>(library))
    , m_panes(std::move(panes))
{
    using store::LibraryChanges;
    connect(m_changes.get(), &LibraryChanges::articlesChanged, this, [this] {
        m_panes.library->reload();
        m_panes.entities->libraryView()->markStale();
        m_panes.countChanged();
        m_panes.showStatus(tr("A teammate added articles to the library."));
    });
    connect(m_changes.get(), &LibraryChanges::annotationsChanged, this, [this] {
        m_panes.annotations->reload();
        m_panes.showStatus(tr("A teammate's notes changed."));
    });
    connect(m_changes.get(), &LibraryChanges::chartsChanged, this, [this] { m_panes.charts->refresh(); });
    connect(m_changes.get(), &LibraryChanges::entityCorrectionsChanged, this, [this] {
        m_panes.entities->sidebar()->refresh();
        m_panes.entities->libraryView()->markStale();
        m_panes.showStatus(tr("A teammate corrected the library's entities."));
    });
}

TeamUpdates::~TeamUpdates() = default;

void TeamUpdates::caughtUp()
{
    m_changes->listenAgain();
    m_panes.library->reload();
    m_panes.annotations->reload();
    m_panes.charts->refresh();
    m_panes.entities->sidebar()->refresh();
    m_panes.entities->libraryView()->markStale();
    m_panes.countChanged();
}

bool TeamUpdates::isListening() const
{
    return m_changes->isListening();
}

} // namespace dokhae::gui
