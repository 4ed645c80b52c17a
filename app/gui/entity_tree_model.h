#pragma once

#include "entities/entity.h"

#include <QAbstractItemModel>
#include <QList>

namespace dokhae::gui {

// The entities of the article being read, under their type: "Organizations" over "딥시크 · 4".
// Names are shown in the interface language, the other one (with Hanzi and aliases) in a tooltip.
// Group rows have an invalid parent; an entity row's parent is its group.
class EntityTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        EntityIdRole = Qt::UserRole + 1,  // entity rows only
        MentionCountRole,
        TypeRole,  // int(EntityType), on group and entity rows
    };

    explicit EntityTreeModel(QObject *parent = nullptr);

    // Entities as recognizeEntities sorts them (by type, then by mention count).
    void setEntities(const QList<entities::ArticleEntity> &entities);
    const QList<entities::ArticleEntity> &entities() const { return m_entities; }
    int mentionTotal() const;

    // "ko" or "en"; re-announces the header and every row, since all names may change.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    const entities::ArticleEntity *entityAt(const QModelIndex &index) const;
    QModelIndex indexOfEntity(const QString &id) const;
    QString displayName(const entities::Entity &entity) const;

    // "Organizations", "People", …: the group labels, translated.
    static QString typeLabel(entities::EntityType type);
    // "Organization", "Person", …: one entity's type, for menus.
    static QString typeSingular(entities::EntityType type);
    static QList<entities::EntityType> allTypes();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        entities::EntityType type;
        QList<int> members;  // indexes into m_entities
    };
    QString toolTip(const entities::ArticleEntity &found) const;

    QList<entities::ArticleEntity> m_entities;
    QList<Group> m_groups;  // only the types the article names, in allTypes() order
    QString m_language = QStringLiteral("en");
};

} // namespace dokhae::gui
