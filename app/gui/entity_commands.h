#pragma once

#include "entities/entity.h"

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace dokhae::store {
class Library;
}

namespace dokhae::gui {

// The analyst's corrections of the entities, as undoable edits of the library. Each command calls
// `changed` after it has touched the library, so the views recompute what the text names. A
// step the library refuses (lastError() is passed on) marks the command obsolete: the stack drops it.
using EntitiesChanged = std::function<void(const QString &error)>;

// Rename, change of type, added alias: the corrected entity is saved under its id as a user
// catalog entry; undo restores the entry it replaced, or removes it if there was none.
class EditEntityCommand : public QUndoCommand {
public:
    EditEntityCommand(store::Library &library, const entities::Entity &edited, const QString &text,
                      EntitiesChanged changed);
    void redo() override;
    void undo() override;

private:
    store::Library &m_library;
    entities::Entity m_edited;
    std::optional<entities::Entity> m_previous;
    EntitiesChanged m_changed;
};

// Hides an entity in every view, or (hide == false) shows a hidden one again.
class HideEntityCommand : public QUndoCommand {
public:
    HideEntityCommand(store::Library &library, const QString &id, bool hide, const QString &text,
                      EntitiesChanged changed);
    void redo() override;
    void undo() override;

private:
    store::Library &m_library;
    QString m_id;
    bool m_hide;
    EntitiesChanged m_changed;
};

// fromId's mentions count as intoId's; undo restores whatever fromId was merged into before.
class MergeEntityCommand : public QUndoCommand {
public:
    MergeEntityCommand(store::Library &library, const QString &fromId, const QString &intoId, const QString &text,
                       EntitiesChanged changed);
    void redo() override;
    void undo() override;

private:
    store::Library &m_library;
    QString m_fromId;
    QString m_intoId;
    QString m_previousTarget;
    EntitiesChanged m_changed;
};

} // namespace dokhae::gui
