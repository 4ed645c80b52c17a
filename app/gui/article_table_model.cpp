#include "article_table_model.h"

#include "language.h"
#include "util/date_format.h"

#include "search/search_query.h"

namespace dokhae::gui {

ArticleTableModel::ArticleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ArticleTableModel::setArticles(const QList<ArticleSummary> &articles)
{
    m_articles = articles;
    m_articleIndex.clear();
    for (int i = 0; i < m_articles.size(); ++i)
        m_articleIndex.insert(m_articles.at(i).id, i);
    rebuildRows();
}

void ArticleTableModel::setSearchHits(const QList<store::SearchHit> &hits)
{
    m_hits = hits;
    m_searching = true;
    rebuildRows();
}

void ArticleTableModel::clearSearch()
{
    m_hits.clear();
    m_searching = false;
    rebuildRows();
}

void ArticleTableModel::rebuildRows()
{
    beginResetModel();
    m_rows.clear();
    if (!m_searching) {
        for (const ArticleSummary &summary : std::as_const(m_articles))
            m_rows.append({summary, -1, false, {}});
    } else {
        for (int i = 0; i < m_hits.size(); ++i) {
            const auto found = m_articleIndex.constFind(m_hits.at(i).id);
            // A hit for an article imported after our last refresh waits for the next refresh.
            if (found == m_articleIndex.constEnd())
                continue;
            m_rows.append({m_articles.at(*found), i, false, {}});
        }
    }
    endResetModel();
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

int ArticleTableModel::rowOfArticle(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).summary.id == id)
            return row;
    }
    return -1;
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
