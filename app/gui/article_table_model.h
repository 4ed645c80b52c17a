#pragma once

#include "article.h"
#include "store/library.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace dokhae::gui {

// The library's articles as a table: all of them, or the hits of a search in rank order.
class ArticleTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, SourceColumn, DateColumn, ColumnCount };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        SortRole,     // dates as QDate, text as text
        SnippetRole,  // search snippet as HTML, empty without a query
    };

    explicit ArticleTableModel(QObject *parent = nullptr);

    void setArticles(const QList<ArticleSummary> &articles);
    void setSearchHits(const QList<store::SearchHit> &hits);  // looked up among the articles
    void clearSearch();
    bool hasSearch() const { return m_searching; }
    int articleCount() const { return int(m_articles.size()); }
    qint64 articleIdAt(int row) const;
    int rowOfArticle(qint64 id) const;

    // Headers are translated on demand; call after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        ArticleSummary summary;
        QString snippetHtml;
    };
    void rebuildRows();

    QList<ArticleSummary> m_articles;
    QHash<qint64, int> m_articleIndex;
    QList<store::SearchHit> m_hits;
    bool m_searching = false;
    QList<Row> m_rows;
};

} // namespace dokhae::gui
