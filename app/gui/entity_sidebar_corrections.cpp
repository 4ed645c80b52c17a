// EntitySidebar: the analyst's corrections — context menu, dialogs and the undoable steps.
#include "entity_commands.h"
#include "entity_sidebar.h"
#include "entity_tree_model.h"
#include "library_entities_reader.h"
#include "entities/name_key.h"
#include "store/library.h"
#include "undo_push.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QMenu>
#include <QPointer>
#include <QProgressDialog>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

namespace dokhae::gui {

using entities::Entity;
using entities::EntityType;

void EntitySidebar::createCorrectionActions()
{
    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("entityContextMenu"));
    const auto make = [this](const char *name, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_renameAction = make("actionRenameEntity", &EntitySidebar::askRename);
    m_aliasAction = make("actionAddEntityAlias", &EntitySidebar::askAlias);
    m_mergeAction = make("actionMergeEntity", &EntitySidebar::askMerge);
    m_hideAction = make("actionHideEntity", [this] {
        if (const entities::ArticleEntity *selected = selectedEntity())
            hideEntity(selected->entity.id);
    });
    // Keys for the two commonest corrections, while the tree has the focus only.
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_hideAction->setShortcut(QKeySequence::Delete);
    for (QAction *action : {m_renameAction, m_hideAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_tree->addAction(action);
    }

    m_typeMenu = new QMenu(m_contextMenu);
    m_typeMenu->setObjectName(QStringLiteral("entityTypeMenu"));
    m_typeGroup = new QActionGroup(this);
    for (const EntityType type : EntityTreeModel::allTypes()) {
        QAction *action = m_typeMenu->addAction(QString());
        action->setObjectName(QStringLiteral("actionEntityType_%1").arg(entities::entityTypeName(type)));
        action->setCheckable(true);
        action->setData(int(type));
        m_typeGroup->addAction(action);
    }
    connect(m_typeGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (const entities::ArticleEntity *selected = selectedEntity())
            changeEntityType(selected->entity.id, EntityType(action->data().toInt()));
    });

    m_contextMenu->addAction(m_renameAction);
    m_contextMenu->addMenu(m_typeMenu);
    m_contextMenu->addAction(m_aliasAction);
    m_contextMenu->addAction(m_mergeAction);
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_hideAction);
    updateCorrectionActions();
}

void EntitySidebar::retranslateCorrections()
{
    m_renameAction->setText(tr("&Rename…"));
    m_typeMenu->setTitle(tr("Change &Type"));
    for (QAction *action : m_typeGroup->actions())
        action->setText(EntityTreeModel::typeSingular(EntityType(action->data().toInt())));
    m_aliasAction->setText(tr("Add &Alias…"));
    m_mergeAction->setText(tr("&Merge Into…"));
    m_hideAction->setText(tr("&Hide"));
    m_hideAction->setToolTip(tr("Hide this entity in every article (Edit ▸ Undo brings it back)"));
}

void EntitySidebar::updateCorrectionActions()
{
    const entities::ArticleEntity *selected = selectedEntity();
    for (QAction *action : {m_renameAction, m_aliasAction, m_hideAction})
        action->setEnabled(selected);
    m_typeMenu->setEnabled(selected);
    m_mergeAction->setEnabled(selected && m_model->entities().size() > 1);
    for (QAction *action : m_typeGroup->actions())
        action->setChecked(selected && action->data().toInt() == int(selected->entity.type));
}

void EntitySidebar::showContextMenu(const QPoint &position)
{
    if (!m_model->entityAt(m_tree->indexAt(position)))
        return;
    updateCorrectionActions();
    m_contextMenu->popup(m_tree->viewport()->mapToGlobal(position));
}

void EntitySidebar::askRename()
{
    const entities::ArticleEntity *selected = selectedEntity();
    if (!selected)
        return;
    const QString id = selected->entity.id;
    const QString current = m_model->displayName(selected->entity);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Entity"), tr("New name for %1:").arg(current),
                                               QLineEdit::Normal, current, &ok);
    if (ok && !name.trimmed().isEmpty() && name.trimmed() != current)
        renameEntity(id, name.trimmed());
}

void EntitySidebar::askAlias()
{
    const entities::ArticleEntity *selected = selectedEntity();
    if (!selected)
        return;
    const QString id = selected->entity.id;
    bool ok = false;
    const QString alias = QInputDialog::getText(
        this, tr("Add Alias"), tr("Another name for %1 (a spelling, a transliteration, Hanzi):")
                                   .arg(m_model->displayName(selected->entity)),
        QLineEdit::Normal, QString(), &ok);
    if (ok && !alias.trimmed().isEmpty())
        addEntityAlias(id, alias.trimmed());
}

// A merge acts on every article, so every entity of the library is a candidate, not only this
// article's. Listing them reads the whole library's stored mentions: on a worker, with a dialog
// that can cancel once it takes a moment.
void EntitySidebar::askMerge()
{
    const entities::ArticleEntity *selected = selectedEntity();
    if (!selected)
        return;
    const QString fromId = selected->entity.id;
    const QString fromName = m_model->displayName(selected->entity);
    const QPointer<QProgressDialog> waiting =
        new QProgressDialog(tr("Listing the entities of the library…"), tr("Cancel"), 0, 0, this);
    waiting->setObjectName(QStringLiteral("mergeCandidatesProgress"));
    waiting->setWindowModality(Qt::WindowModal);
    waiting->setMinimumDuration(300);
    const int generation = ++m_mergeGeneration;
    readLibraryEntities(this, m_library.path(), [this, waiting, generation, fromId, fromName](QList<store::LibraryEntity> found) {
        const bool cancelled = !waiting || waiting->wasCanceled();
        delete waiting.data();
        if (!cancelled && generation == m_mergeGeneration)
            chooseMergeTarget(fromId, fromName, found);
    });
}

// Nothing is chosen beforehand, so Enter alone merges nothing.
void EntitySidebar::chooseMergeTarget(const QString &fromId, const QString &fromName,
                                      const QList<store::LibraryEntity> &candidates)
{
    QStringList labels{QString()};
    QStringList ids{QString()};
    for (const store::LibraryEntity &other : candidates) {
        if (other.entity.id == fromId)
            continue;
        labels << tr("%1 (%2)").arg(other.entity.bilingualName(m_model->language()),
                                    EntityTreeModel::typeSingular(other.entity.type));
        ids << other.entity.id;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Merge Entities"),
        tr("In every article of the library, count the mentions of %1 as mentions of (type to search):").arg(fromName),
        labels, 0, true, &ok);
    const qsizetype at = labels.indexOf(chosen);
    if (ok && at > 0)
        mergeEntity(fromId, ids.at(at));
    else if (ok && !chosen.trimmed().isEmpty())
        emit message(tr("No entity named “%1” in the library; nothing was merged.").arg(chosen));
}

// The entity as the library will store it: the user's own entry if there is one, else what the
// recognizer found (a catalog entry or a discovered name).
std::optional<Entity> EntitySidebar::editableEntity(const QString &id) const
{
    if (std::optional<Entity> user = m_library.userEntity(id))
        return user;
    const QModelIndex index = m_model->indexOfEntity(id);
    if (const entities::ArticleEntity *found = m_model->entityAt(index))
        return found->entity;
    return std::nullopt;
}

void EntitySidebar::askAddEntity(const QString &name)
{
    QStringList labels;
    for (const EntityType type : EntityTreeModel::allTypes())
        labels << EntityTreeModel::typeSingular(type);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Add Entity"), tr("What is %1?").arg(name), labels, 0,
                                                 false, &ok);
    if (ok && labels.contains(chosen))
        addEntity(name, EntityTreeModel::allTypes().at(labels.indexOf(chosen)));
}

bool EntitySidebar::addEntity(const QString &name, EntityType type)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return false;
    if (const Entity *known = m_library.entities().catalog()->findByName(trimmed)) {
        emit message(tr("%1 is already known as %2.").arg(trimmed, m_model->displayName(*known)));
        selectEntity(known->id);
        return false;
    }
    Entity entity;
    entity.id = QStringLiteral("user:") + entities::nameKey(trimmed);
    entity.type = type;
    const bool korean = std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.script() == QChar::Script_Hangul; });
    (korean ? entity.nameKo : entity.nameEn) = trimmed;
    if (!saveEdit(entity, tr("Add entity %1").arg(trimmed)))
        return false;
    selectEntity(entity.id);
    return true;
}

bool EntitySidebar::renameEntity(const QString &id, const QString &name)
{
    std::optional<Entity> edited = editableEntity(id);
    if (!edited || name.isEmpty())
        return false;
    const QString before = m_model->displayName(*edited);
    // The name shown in this language changes; the old one stays an alias, so the text that
    // used it is still recognized as this entity.
    QString &slot = m_model->language() == QLatin1String("ko") ? edited->nameKo : edited->nameEn;
    if (!slot.isEmpty() && !edited->aliases.contains(slot))
        edited->aliases.append(slot);
    slot = name;
    return saveEdit(*edited, tr("Rename %1 to %2").arg(before, name));
}

bool EntitySidebar::changeEntityType(const QString &id, EntityType type)
{
    std::optional<Entity> edited = editableEntity(id);
    if (!edited || edited->type == type)
        return false;
    edited->type = type;
    return saveEdit(*edited, tr("Make %1 a %2").arg(m_model->displayName(*edited), EntityTreeModel::typeSingular(type)));
}

bool EntitySidebar::addEntityAlias(const QString &id, const QString &alias)
{
    std::optional<Entity> edited = editableEntity(id);
    if (!edited || alias.isEmpty() || edited->allNames().contains(alias))
        return false;
    edited->aliases.append(alias);
    return saveEdit(*edited, tr("Add alias %1 to %2").arg(alias, m_model->displayName(*edited)));
}

bool EntitySidebar::mergeEntity(const QString &fromId, const QString &intoId)
{
    const entities::ArticleEntity *from = m_model->entityAt(m_model->indexOfEntity(fromId));
    const entities::ArticleEntity *into = m_model->entityAt(m_model->indexOfEntity(intoId));
    const QString text = tr("Merge %1 into %2")
                             .arg(from ? m_model->displayName(from->entity) : fromId,
                                  into ? m_model->displayName(into->entity) : intoId);
    return push(new MergeEntityCommand(m_library, fromId, intoId, text,
                                       [this](const QString &error) { afterCorrection(error); }));
}

bool EntitySidebar::hideEntity(const QString &id)
{
    const entities::ArticleEntity *found = m_model->entityAt(m_model->indexOfEntity(id));
    const QString text = tr("Hide %1").arg(found ? m_model->displayName(found->entity) : id);
    return push(new HideEntityCommand(m_library, id, true, text, [this](const QString &error) { afterCorrection(error); }));
}

bool EntitySidebar::unhideEntity(const QString &id, const QString &name)
{
    return push(new HideEntityCommand(m_library, id, false, tr("Show %1 again").arg(name),
                                      [this](const QString &error) { afterCorrection(error); }));
}

bool EntitySidebar::saveEdit(const Entity &edited, const QString &text)
{
    return push(new EditEntityCommand(m_library, edited, text, [this](const QString &error) { afterCorrection(error); }));
}

bool EntitySidebar::push(QUndoCommand *command)
{
    m_failed = false;
    pushOrRun(m_undoStack, command);
    return !m_failed;
}

void EntitySidebar::afterCorrection(const QString &error)
{
    m_failed = !error.isEmpty();
    if (m_failed)
        emit message(tr("The correction was not kept: %1").arg(error));
    refresh();
    emit entitiesCorrected();
}

} // namespace dokhae::gui
