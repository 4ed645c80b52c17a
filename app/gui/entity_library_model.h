#pragma once

#include "store/entity_service.h"

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

namespace dokhae::gui {

// The rows of All Entities, answered from the reading itself: an entity per top-level row, its
// articles under it. Nothing is made per row in advance (a 2,000-article library mentions its
// entities 77,000 times; an item per cell froze the window for a quarter second), so a new
// reading is shown in a reset, whatever its size.
class EntityLibraryModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, ArticlesColumn, MentionsColumn, ColumnCount };
    // FilterRole: every name the entity goes by, in both languages, so the filter finds 알리바바
    // and Alibaba alike.
    enum Role { EntityIdRole = Qt::UserRole + 1, ArticleIdRole, SortRole, FilterRole };

    // The texts the view translates: column titles and tips, and the tips' patterns ("%1 (%2) ·
    // %3": name, name in the other language, kind; "%1 · %2"; "Open at the first mention of %1").
    struct Texts {
        QStringList headers;
        QStringList headerTips;
        QString entityTip;
        QString entityTipOneName;
        QString articleTip;
    };

    using QAbstractItemModel::QAbstractItemModel;

    void setEntities(QList<store::LibraryEntity> entities, const QString &language);
    void setLanguage(const QString &language);
    void setTexts(const Texts &texts);
    const QList<store::LibraryEntity> &entities() const { return m_entities; }
    int mentionCount() const;  // in the whole library

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant entityData(int row, int column, int role) const;
    QVariant articleData(int entityRow, int row, int column, int role) const;

    QList<store::LibraryEntity> m_entities;
    QList<int> m_mentions;  // of each entity, summed once per reading
    QString m_language = QStringLiteral("en");
    Texts m_texts;
};

} // namespace dokhae::gui
