#pragma once

#include "article.h"
#include "store/library.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

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
    // Fills in a hit that came without its snippet, the first time a row's snippet is asked for
    // (the one on show, a tooltip): only the hits looked at pay for one.
    using SnippetSource = std::function<void(store::SearchHit &hit)>;
    void setSnippetSource(SnippetSource source) { m_snippetSource = std::move(source); }
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
        int hit = -1;           // into m_hits, when searching
        bool snippetMade = false;
        QString snippetHtml;
    };
    void rebuildRows();
    const QString &snippetHtml(int row) const;

    QList<ArticleSummary> m_articles;
    QHash<qint64, int> m_articleIndex;
    mutable QList<store::SearchHit> m_hits;
    bool m_searching = false;
    mutable QList<Row> m_rows;  // snippets are made when first asked for
    SnippetSource m_snippetSource;
};

} // namespace dokhae::gui
