#pragma once

#include <QObject>

#include <functional>
#include <memory>

namespace dokhae::store {
class Library;
class LibraryChanges;
}

namespace dokhae::gui {

class AnnotationsPane;
class ChartsPane;
class EntityDock;
class LibraryPane;

// What teammates change in an open team library, shown in this window as the server announces it
// (store/library_changes.h): new articles in the list and its count, their notes in the Notes
// tab, their charts, their entity corrections in the sidebar and All Entities. Panes re-read
// only what the change concerns; the analyst's place and selection stay. On a library file it
// does nothing.
class TeamUpdates : public QObject {
    Q_OBJECT

public:
    struct Panes {
        LibraryPane *library;
        AnnotationsPane *annotations;
        ChartsPane *charts;
        EntityDock *entities;
        std::function<void()> countChanged;
        std::function<void(const QString &)> showStatus;
    };

    TeamUpdates(store::Library &library, Panes panes, QObject *parent);
    ~TeamUpdates() override;
    bool isListening() const;
    // After the connection was away and is back: listens again and re-reads every pane, since
    // what teammates did meanwhile was not announced to this window.
    void caughtUp();

private:
    std::unique_ptr<store::LibraryChanges> m_changes;
    Panes m_panes;
};

} // namespace dokhae::gui
