#include "article_table_model.h"

#include "language.h"
#include "util/date_format.h"

#include "search/search_query.h"

#include <algorithm>

namespace dokhae::gui {

namespace {

store::ArticleOrder orderOf(int column, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    switch (column) {
    case ArticleTableModel::TitleColumn: return {store::ArticleSortKey::Title, descending};
    case ArticleTableModel::SourceColumn: return {store::ArticleSortKey::Source, descending};
    case ArticleTableModel::DateColumn: return {store::ArticleSortKey::Published, descending};
    }
    return {};
}

} // namespace

ArticleTableModel::ArticleTableModel(store::Library &library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
}

void ArticleTableModel::reload()
{
    m_articleCount = m_library.articleCount();
    if (!m_searching)
        readFirstPage();
}

void ArticleTableModel::readFirstPage()
{
    setRows({});
    m_allRead = !m_library.isOpen();
    if (!m_allRead)
        appendPage(kPageSize);
}

void ArticleTableModel::setSearchHits(const QList<store::SearchHit> &hits)
{
    m_hits = hits;
    m_searching = true;
    arrangeHits();
}

void ArticleTableModel::arrangeHits()
{
    QList<qint64> ids;
    for (const store::SearchHit &hit : std::as_const(m_hits))
        ids.append(hit.id);
    QHash<qint64, int> hitOfId;
    for (int i = 0; i < m_hits.size(); ++i)
        hitOfId.insert(m_hits.at(i).id, i);
    // A hit for an article removed since the search is left out.
    const QList<ArticleSummary> found = m_library.summaries(ids, m_order);
    QList<Row> rows;
    for (const ArticleSummary &summary : found)
        rows.append({summary, hitOfId.value(summary.id), false, {}});
    if (m_sortColumn < 0)
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.hit < b.hit; });
    m_allRead = true;
    setRows(std::move(rows));
}

void ArticleTableModel::clearSearch()
{
    if (!m_searching)
        return;
    m_hits.clear();
    m_searching = false;
    readFirstPage();
}

void ArticleTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_rowOfId.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfId.insert(m_rows.at(row).summary.id, row);
    endResetModel();
}

void ArticleTableModel::appendPage(int limit)
{
    const QList<ArticleSummary> page = m_library.articlePage(m_order, m_rows.isEmpty() ? nullptr : &m_rows.last().summary, limit);
    m_allRead = page.size() < limit;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    for (const ArticleSummary &summary : page) {
        m_rowOfId.insert(summary.id, int(m_rows.size()));
        m_rows.append({summary, -1, false, {}});
    }
    endInsertRows();
}

bool ArticleTableModel::readMore(int rows)
{
    if (m_allRead)
        return false;
    appendPage(rows);
    return true;
}

bool ArticleTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_allRead;
}

void ArticleTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        appendPage(kPageSize);
}

void ArticleTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column < 0 || column >= ColumnCount ? -1 : column;
    m_order = orderOf(m_sortColumn, order);
    if (m_searching)
        arrangeHits();
    else
        readFirstPage();
    emit reordered();
}

const QString &ArticleTableModel::snippetHtml(int rowIndex) const
{
    Row &row = m_rows[rowIndex];
    if (row.hit < 0 || row.snippetMade)
        return row.snippetHtml;
    row.snippetMade = true;
    store::SearchHit &hit = m_hits[row.hit];
    if (hit.snippet.isEmpty() && m_snippetSource)
        m_snippetSource(hit);
    row.snippetHtml = search::renderSnippet(hit.snippet, QStringLiteral("<b>"), QStringLiteral("</b>"), true);
    if (!hit.why.isEmpty())
        row.snippetHtml += QStringLiteral("<br><i>%1</i>").arg(hit.why.toHtmlEscaped());
    return row.snippetHtml;
}

qint64 ArticleTableModel::articleIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).summary.id : 0;
}

int ArticleTableModel::rowOfArticle(qint64 id)
{
    if (const auto found = m_rowOfId.constFind(id); found != m_rowOfId.constEnd())
        return *found;
    if (m_allRead)
        return -1;
    // Not read yet: the store says where it is, and the rows up to it are read in one go.
    const int position = m_library.articlePosition(m_order, id);
    if (position < m_rows.size())
        return -1;
    const int missing = position + 1 - int(m_rows.size());
    appendPage((missing + kPageSize - 1) / kPageSize * kPageSize);
    return m_rowOfId.value(id, -1);
}

void ArticleTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Dates are written the new language's way.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, DateColumn), index(int(m_rows.size()) - 1, DateColumn), {Qt::DisplayRole});
}

int ArticleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ArticleMetadata &meta = row.summary.meta;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return meta.title;
        case SourceColumn: return meta.source;
        case DateColumn: return util::displayDate(meta.published, interfaceLanguage());
        }
        break;
    case SortRole:
        switch (index.column()) {
        case TitleColumn: return meta.title;
        case SourceColumn: return meta.source;
        case DateColumn: return meta.published;
        }
        break;
    case Qt::ToolTipRole:
        if (const QString &snippet = snippetHtml(index.row()); !snippet.isEmpty())
            return QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(meta.title.toHtmlEscaped(), snippet);
        return index.column() == TitleColumn ? QVariant(meta.title) : QVariant();
    case ArticleIdRole: return row.summary.id;
    case SnippetRole: return snippetHtml(index.row());
    }
    return {};
}

QVariant ArticleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Title");
    case SourceColumn: return tr("Source");
    case DateColumn: return tr("Date");
    }
    return {};
}

} // namespace dokhae::gui
