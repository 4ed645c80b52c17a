#include "claim_tree_model.h"

#include "util/date_format.h"

#include <QApplication>
#include <QPoint>
#include <QStyle>

#include <algorithm>

namespace dokhae::gui {

namespace {

// A member's row carries its group's row + 1 as internal id; a group's row carries 0.
constexpr quintptr kGroupRow = 0;

} // namespace

ClaimTreeModel::ClaimTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ClaimTreeModel::setGroups(const QList<claims::ClaimGroup> &groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

void ClaimTreeModel::setLanguage(const QString &language)
{
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_groups.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
        for (int row = 0; row < m_groups.size(); ++row) {
            const QModelIndex parentIndex = index(row, 0);
            if (const int members = rowCount(parentIndex); members > 0)
                emit dataChanged(index(0, 0, parentIndex), index(members - 1, ColumnCount - 1, parentIndex));
        }
    }
}

const claims::ClaimGroup *ClaimTreeModel::group(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const qsizetype row = index.internalId() == kGroupRow ? index.row() : qsizetype(index.internalId() - 1);
    return row >= 0 && row < m_groups.size() ? &m_groups.at(row) : nullptr;
}

const claims::ClaimMember *ClaimTreeModel::member(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow)
        return nullptr;
    const claims::ClaimGroup *owner = group(index);
    return owner && index.row() < owner->members.size() ? &owner->members.at(index.row()) : nullptr;
}

QModelIndex ClaimTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || parent.row() >= m_groups.size()
        || row >= m_groups.at(parent.row()).members.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ClaimTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int ClaimTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupRow || parent.column() != 0 || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).members.size());
}

int ClaimTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ClaimTreeModel::claimTitle(const claims::ClaimGroup &group) const
{
    QStringList parts{group.subject(m_language), group.measure};
    if (group.year)
        parts << QString::number(*group.year);
    parts << group.unit;
    return parts.join(QStringLiteral(" · "));
}

QString ClaimTreeModel::valueRange(const claims::ClaimGroup &group) const
{
    if (group.members.isEmpty())
        return {};
    const auto [low, high] = std::minmax_element(group.members.cbegin(), group.members.cend(),
                                                 [](const auto &a, const auto &b) { return a.normalized < b.normalized; });
    const QString lowText = claims::displayNormalized(group, low->normalized, m_language);
    if (low->normalized == high->normalized)
        return lowText;
    return lowText + QStringLiteral(" – ") + claims::displayNormalized(group, high->normalized, m_language);
}

// The reasons of the flags that name this member (-1: all the group's).
QStringList ClaimTreeModel::reasonsFor(const claims::ClaimGroup &group, int memberRow) const
{
    QStringList reasons;
    for (const claims::ClaimFlag &flag : group.flags) {
        if (memberRow < 0 || flag.members.contains(memberRow))
            reasons << flag.reason;
    }
    return reasons;
}

QVariant ClaimTreeModel::groupData(const claims::ClaimGroup &group, int column, int role) const
{
    if (role == FlaggedRole)
        return group.isFlagged();
    if (role == Qt::DecorationRole && column == ClaimColumn && group.isFlagged())
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole && group.isFlagged())
        return reasonsFor(group, -1).join(u'\n');
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ClaimColumn: return claimTitle(group);
    case WrittenColumn: return tr("%n source(s)", nullptr, group.sourceCount());
    case ValueColumn: return valueRange(group);
    case NoteColumn: return reasonsFor(group, -1).join(QStringLiteral(" "));
    default: return {};
    }
}

QVariant ClaimTreeModel::memberData(const claims::ClaimGroup &group, int row, int column, int role) const
{
    const claims::ClaimMember &m = group.members.at(row);
    const QStringList reasons = reasonsFor(group, row);
    switch (role) {
    case ArticleIdRole: return m.article.id;
    case FigureSpanRole: return QPoint(int(m.figure.start), int(m.figure.end));
    case SentenceSpanRole: return QPoint(int(m.sentenceStart), int(m.sentenceStart + m.sentence.size()));
    case FlaggedRole: return !reasons.isEmpty();
    case Qt::DecorationRole:
        if (column == ClaimColumn && !reasons.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (column == NoteColumn)
            return m.sentence;
        return reasons.isEmpty() ? m.article.title : reasons.join(u'\n');
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (column) {
    case ClaimColumn: return m.article.outlet.isEmpty() ? m.article.title : m.article.outlet;
    case DateColumn: return util::displayDate(m.article.published, m_language);
    case WrittenColumn:
        return m.conversion ? QStringLiteral("%1 (%2)").arg(m.figure.text, m.conversion->text) : m.figure.text;
    case ValueColumn: return claims::displayNormalized(group, m.normalized, m_language);
    case NoteColumn: return m.sentence;
    default: return {};
    }
}

QVariant ClaimTreeModel::data(const QModelIndex &index, int role) const
{
    const claims::ClaimGroup *owner = group(index);
    if (!owner)
        return {};
    if (index.internalId() == kGroupRow)
        return groupData(*owner, index.column(), role);
    return memberData(*owner, index.row(), index.column(), role);
}

QVariant ClaimTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClaimColumn: return tr("Claim / outlet");
    case DateColumn: return tr("Date");
    case WrittenColumn: return tr("As written");
    case ValueColumn: return tr("Value");
    case NoteColumn: return tr("Why flagged / sentence");
    default: return {};
    }
}

} // namespace dokhae::gui
