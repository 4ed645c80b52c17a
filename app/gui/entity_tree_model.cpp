#include "entity_tree_model.h"

#include <QFont>

namespace dokhae::gui {

using entities::ArticleEntity;
using entities::Entity;
using entities::EntityType;

namespace {
// An entity row stores its group's row + 1 as internal id; a group row stores 0.
constexpr quintptr kGroupId = 0;
} // namespace

EntityTreeModel::EntityTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QList<EntityType> EntityTreeModel::allTypes()
{
    return {EntityType::Organization, EntityType::Person, EntityType::Place, EntityType::Product, EntityType::Work};
}

QString EntityTreeModel::typeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Organization: return tr("Organizations");
    case EntityType::Person: return tr("People");
    case EntityType::Place: return tr("Places");
    case EntityType::Product: return tr("Products");
    case EntityType::Work: return tr("Works");
    }
    return {};
}

QString EntityTreeModel::typeSingular(EntityType type)
{
    switch (type) {
    case EntityType::Organization: return tr("Organization");
    case EntityType::Person: return tr("Person");
    case EntityType::Place: return tr("Place");
    case EntityType::Product: return tr("Product");
    case EntityType::Work: return tr("Work");
    }
    return {};
}

void EntityTreeModel::setEntities(const QList<ArticleEntity> &entities)
{
    beginResetModel();
    m_entities = entities;
    m_groups.clear();
    for (const EntityType type : allTypes()) {
        Group group{type, {}};
        for (int i = 0; i < m_entities.size(); ++i) {
            if (m_entities.at(i).entity.type == type)
                group.members.append(i);
        }
        if (!group.members.isEmpty())
            m_groups.append(group);
    }
    endResetModel();
}

int EntityTreeModel::mentionTotal() const
{
    int total = 0;
    for (const ArticleEntity &found : m_entities)
        total += int(found.mentions.size());
    return total;
}

void EntityTreeModel::setLanguage(const QString &language)
{
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, 0);
    for (int row = 0; row < m_groups.size(); ++row) {
        const QModelIndex group = index(row, 0);
        emit dataChanged(group, group);
        emit dataChanged(index(0, 0, group), index(rowCount(group) - 1, 0, group));
    }
}

QString EntityTreeModel::displayName(const Entity &entity) const
{
    return entity.displayName(m_language);
}

const ArticleEntity *EntityTreeModel::entityAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupId)
        return nullptr;
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return &m_entities.at(group.members.at(index.row()));
}

QModelIndex EntityTreeModel::indexOfEntity(const QString &id) const
{
    for (int groupRow = 0; groupRow < m_groups.size(); ++groupRow) {
        const QList<int> &members = m_groups.at(groupRow).members;
        for (int row = 0; row < members.size(); ++row) {
            if (m_entities.at(members.at(row)).entity.id == id)
                return createIndex(row, 0, quintptr(groupRow + 1));
        }
    }
    return {};
}

QModelIndex EntityTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EntityTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int EntityTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    return int(m_groups.at(parent.row()).members.size());
}

int EntityTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant EntityTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupId) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole: return typeLabel(group.type);
        case TypeRole: return int(group.type);
        case MentionCountRole: return int(group.members.size());
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        default: return {};
        }
    }
    const ArticleEntity *found = entityAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2", "entity name and its number of mentions")
            .arg(found->entity.bilingualName(m_language))
            .arg(found->mentions.size());
    case Qt::ToolTipRole: return toolTip(*found);
    case EntityIdRole: return found->entity.id;
    case MentionCountRole: return int(found->mentions.size());
    case TypeRole: return int(found->entity.type);
    default: return {};
    }
}

QString EntityTreeModel::toolTip(const ArticleEntity &found) const
{
    // The other language's name first: the one the analyst would look up elsewhere.
    const Entity &entity = found.entity;
    const bool korean = m_language == QLatin1String("ko");
    const QString shown = displayName(entity);
    QStringList lines;
    const QString other = korean ? entity.nameEn : entity.nameKo;
    if (!other.isEmpty() && other != shown)
        lines << other.toHtmlEscaped();
    if (!entity.hanzi.isEmpty() && entity.hanzi != shown)
        lines << entity.hanzi.toHtmlEscaped();
    QStringList aliases;
    for (const QString &alias : entity.aliases) {
        if (alias != shown && alias != other && alias != entity.hanzi)
            aliases << alias.toHtmlEscaped();
    }
    if (!aliases.isEmpty())
        lines << tr("Also: %1").arg(aliases.join(QStringLiteral(", ")));
    lines << tr("%1 · mentions: %2").arg(typeSingular(entity.type)).arg(found.mentions.size());
    if (!entity.fromCatalog)
        lines << tr("<i>Found in the text, not in the catalog</i>");
    return QStringLiteral("<b>%1</b><br>%2").arg(shown.toHtmlEscaped(), lines.join(QStringLiteral("<br>")));
}

QVariant EntityTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return tr("Entity");
    return {};
}

} // namespace dokhae::gui
