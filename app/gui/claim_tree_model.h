#pragma once

#include "claims/claim.h"

#include <QAbstractItemModel>
#include <QList>

namespace dokhae::gui {

// The claims across sources as a tree: a row per claim (subject · measure · year · unit, how many
// sources, the range of values, why it is flagged), and under it a row per article that quotes it
// (outlet, date, the figure as written with its conversion, its value in the claim's unit, the
// sentence). Values and dates are written in the interface language.
class ClaimTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { ClaimColumn, DateColumn, WrittenColumn, ValueColumn, NoteColumn, ColumnCount };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,  // members: the article's id
        FigureSpanRole,                    // members: QPoint(start, end), UTF-16 in the reading text
        SentenceSpanRole,                  // members: QPoint(start, end) of the sentence
        FlaggedRole,                       // bool: the claim, or this member, is named by a flag
    };

    explicit ClaimTreeModel(QObject *parent = nullptr);

    void setGroups(const QList<claims::ClaimGroup> &groups);
    const QList<claims::ClaimGroup> &groups() const { return m_groups; }
    // The group a row stands for, or the group of a member's row; nullptr for an invalid index.
    const claims::ClaimGroup *group(const QModelIndex &index) const;
    // The member a row stands for; nullptr for a claim's row.
    const claims::ClaimMember *member(const QModelIndex &index) const;

    // "ko" or "en"; every cell and header is announced again.
    void setLanguage(const QString &language);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant groupData(const claims::ClaimGroup &group, int column, int role) const;
    QVariant memberData(const claims::ClaimGroup &group, int row, int column, int role) const;
    QString claimTitle(const claims::ClaimGroup &group) const;
    QString valueRange(const claims::ClaimGroup &group) const;
    QStringList reasonsFor(const claims::ClaimGroup &group, int memberRow) const;

    QList<claims::ClaimGroup> m_groups;
    QString m_language = QStringLiteral("en");
};

} // namespace dokhae::gui
