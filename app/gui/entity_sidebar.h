#pragma once

#include "article.h"
#include "entities/entity.h"

#include <QList>
#include <QWidget>

#include <optional>
#include <utility>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTreeView;
class QUndoCommand;
class QUndoStack;

namespace dokhae::store {
class Library;
struct LibraryEntity;
}

namespace dokhae::gui {

class EntityTreeModel;

// The entities of the article being read, grouped by type with their mention counts. Selecting
// one marks its mentions in the reader and shows the first; nextMention()/previousMention() step
// through the rest. The context menu corrects the machine (rename, type, alias, merge, hide), each
// correction an undoable step kept in the library (entity_sidebar_corrections.cpp).
class EntitySidebar : public QWidget {
    Q_OBJECT

public:
    explicit EntitySidebar(store::Library &library, QWidget *parent = nullptr);

    // Corrections are pushed here; without a stack they are applied and cannot be undone.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    EntityTreeModel *model() const { return m_model; }
    const entities::ArticleEntity *selectedEntity() const;
    int currentMention() const { return m_currentMention; }

public slots:
    void showArticle(const dokhae::ArticleRecord &article);
    // Asks the library's entity service again, for the corrections of the moment.
    void refresh();
    // Selects an entity of this article by id; with showFirst the reader moves to its first mention.
    bool selectEntity(const QString &id, bool showFirst = true);
    void nextMention();
    void previousMention();

    // A new user catalog entry for a name the recognizer missed; askAddEntity asks for its type.
    void askAddEntity(const QString &name);
    bool addEntity(const QString &name, entities::EntityType type);
    bool renameEntity(const QString &id, const QString &name);
    bool changeEntityType(const QString &id, entities::EntityType type);
    bool addEntityAlias(const QString &id, const QString &alias);
    bool mergeEntity(const QString &fromId, const QString &intoId);
    bool hideEntity(const QString &id);
    bool unhideEntity(const QString &id, const QString &name);

signals:
    // The mentions to mark in the reader (all of the selected entity's, or none).
    void highlightsChanged(const QList<std::pair<qsizetype, qsizetype>> &spans);
    void mentionActivated(qsizetype start, qsizetype end);
    // The library's corrections changed: views of the whole library are out of date.
    void entitiesCorrected();
    void message(const QString &text);  // for the status bar

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateStatus();
    void applySelection(bool showFirst);
    void stepMention(int delta);
    void showMention(int index);

    // entity_sidebar_corrections.cpp
    void createCorrectionActions();
    void retranslateCorrections();
    void updateCorrectionActions();
    void showContextMenu(const QPoint &position);
    void askRename();
    void askAlias();
    void askMerge();
    void chooseMergeTarget(const QString &fromId, const QString &fromName,
                           const QList<store::LibraryEntity> &candidates);
    std::optional<entities::Entity> editableEntity(const QString &id) const;
    bool saveEdit(const entities::Entity &edited, const QString &text);
    bool push(QUndoCommand *command);
    void afterCorrection(const QString &error);

    store::Library &m_library;
    int m_mergeGeneration = 0;  // the Merge Into… asked last; an older answer is dropped
    QTreeView *m_tree;
    QLabel *m_statusLabel;
    EntityTreeModel *m_model;
    QUndoStack *m_undoStack = nullptr;
    ArticleRecord m_article;
    int m_currentMention = -1;
    bool m_failed = false;  // set by afterCorrection for the step being pushed

    QMenu *m_contextMenu = nullptr;
    QMenu *m_typeMenu = nullptr;
    QActionGroup *m_typeGroup = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_aliasAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_hideAction = nullptr;
};

} // namespace dokhae::gui
