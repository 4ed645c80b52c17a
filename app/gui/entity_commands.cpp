#include "entity_commands.h"

#include "store/library.h"

namespace dokhae::gui {

namespace {

// A step the library refuses leaves nothing to undo or redo: the stack drops an obsolete command.
void finish(QUndoCommand *command, bool ok, store::Library &library, const EntitiesChanged &changed)
{
    if (!ok)
        command->setObsolete(true);
    if (changed)
        changed(ok ? QString() : library.lastError());
}

} // namespace

EditEntityCommand::EditEntityCommand(store::Library &library, const entities::Entity &edited, const QString &text,
                                     EntitiesChanged changed)
    : QUndoCommand(text)
    , m_library(library)
    , m_edited(edited)
    , m_previous(library.userEntity(edited.id))
    , m_changed(std::move(changed))
{
}

void EditEntityCommand::redo()
{
    finish(this, m_library.saveUserEntity(m_edited), m_library, m_changed);
}

void EditEntityCommand::undo()
{
    const bool ok = m_previous ? m_library.saveUserEntity(*m_previous) : m_library.removeUserEntity(m_edited.id);
    finish(this, ok, m_library, m_changed);
}

HideEntityCommand::HideEntityCommand(store::Library &library, const QString &id, bool hide, const QString &text,
                                     EntitiesChanged changed)
    : QUndoCommand(text)
    , m_library(library)
    , m_id(id)
    , m_hide(hide)
    , m_changed(std::move(changed))
{
}

void HideEntityCommand::redo()
{
    finish(this, m_library.setEntityHidden(m_id, m_hide), m_library, m_changed);
}

void HideEntityCommand::undo()
{
    finish(this, m_library.setEntityHidden(m_id, !m_hide), m_library, m_changed);
}

MergeEntityCommand::MergeEntityCommand(store::Library &library, const QString &fromId, const QString &intoId,
                                       const QString &text, EntitiesChanged changed)
    : QUndoCommand(text)
    , m_library(library)
    , m_fromId(fromId)
    , m_intoId(intoId)
    , m_previousTarget(library.entityCorrections().merges.value(fromId))
    , m_changed(std::move(changed))
{
}

void MergeEntityCommand::redo()
{
    finish(this, m_library.mergeEntities(m_fromId, m_intoId), m_library, m_changed);
}

void MergeEntityCommand::undo()
{
    const bool ok = m_previousTarget.isEmpty() ? m_library.unmerge(m_fromId)
                                               : m_library.mergeEntities(m_fromId, m_previousTarget);
    finish(this, ok, m_library, m_changed);
}

} // namespace dokhae::gui
