#include "entity_library_model.h"

#include "entity_tree_model.h"

#include <numeric>

namespace dokhae::gui {

namespace {
// An index's internal id: 0 for an entity's row, the entity's row + 1 for one of its articles.
constexpr quintptr kEntityRow = 0;
}

void EntityLibraryModel::setEntities(QList<store::LibraryEntity> entities, const QString &language)
{
    beginResetModel();
    m_entities = std::move(entities);
    m_language = language;
    m_mentions.clear();
    m_mentions.reserve(m_entities.size());
    for (const store::LibraryEntity &entry : std::as_const(m_entities))
        m_mentions.append(entry.mentionCount());
    endResetModel();
}

void EntityLibraryModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_entities.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entities.size()) - 1, ColumnCount - 1));
}

void EntityLibraryModel::setTexts(const Texts &texts)
{
    m_texts = texts;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int EntityLibraryModel::mentionCount() const
{
    return std::accumulate(m_mentions.cbegin(), m_mentions.cend(), 0);
}

QModelIndex EntityLibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : kEntityRow);
}

QModelIndex EntityLibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kEntityRow)
        return {};
    return createIndex(int(child.internalId() - 1), NameColumn, kEntityRow);
}

int EntityLibraryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entities.size());
    if (parent.internalId() == kEntityRow && parent.column() == NameColumn)
        return int(m_entities.at(parent.row()).articles.size());
    return 0;
}

int EntityLibraryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool EntityLibraryModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant EntityLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (index.internalId() == kEntityRow)
        return entityData(index.row(), index.column(), role);
    return articleData(int(index.internalId() - 1), index.row(), index.column(), role);
}

QVariant EntityLibraryModel::entityData(int row, int column, int role) const
{
    const entities::Entity &entity = m_entities.at(row).entity;
    if (role == EntityIdRole)
        return entity.id;
    if (column == ArticlesColumn && (role == Qt::DisplayRole || role == SortRole)) {
        const int articles = int(m_entities.at(row).articles.size());
        return role == SortRole ? QVariant(articles) : QVariant(QString::number(articles));
    }
    if (column == MentionsColumn && (role == Qt::DisplayRole || role == SortRole))
        return role == SortRole ? QVariant(m_mentions.at(row)) : QVariant(QString::number(m_mentions.at(row)));
    if (column != NameColumn)
        return {};
    const QString name = entity.displayName(m_language);
    switch (role) {
    case Qt::DisplayRole:
        return entity.bilingualName(m_language);
    case SortRole:
        return name;
    case FilterRole:
        return entity.allNames().join(QLatin1Char('\n'));
    case Qt::ToolTipRole: {
        const QString other = entity.displayName(m_language == QLatin1String("ko") ? u"en" : u"ko");
        const QString kind = EntityTreeModel::typeSingular(entity.type);
        return other != name ? m_texts.entityTip.arg(name, other, kind) : m_texts.entityTipOneName.arg(name, kind);
    }
    default:
        return {};
    }
}

QVariant EntityLibraryModel::articleData(int entityRow, int row, int column, int role) const
{
    const store::LibraryEntity &entry = m_entities.at(entityRow);
    const store::EntityArticle &article = entry.articles.at(row);
    if (role == EntityIdRole)
        return entry.entity.id;
    if (role == ArticleIdRole)
        return article.articleId;
    if (column == ArticlesColumn)
        return role == SortRole ? QVariant(0) : QVariant();
    if (column == MentionsColumn && (role == Qt::DisplayRole || role == SortRole))
        return role == SortRole ? QVariant(article.mentions) : QVariant(QString::number(article.mentions));
    if (column != NameColumn)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return article.title;
    case Qt::ToolTipRole:
        return QStringLiteral("%1<br><i>%2</i>")
            .arg(article.title.toHtmlEscaped(),
                 m_texts.articleTip.arg(entry.entity.displayName(m_language).toHtmlEscaped()));
    default:
        return {};
    }
}

QVariant EntityLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    const QStringList &texts = role == Qt::DisplayRole ? m_texts.headers : role == Qt::ToolTipRole ? m_texts.headerTips : QStringList();
    return section < texts.size() && !texts.at(section).isEmpty() ? QVariant(texts.at(section)) : QVariant();
}

} // namespace dokhae::gui
