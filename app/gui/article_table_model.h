#pragma once

#include "article.h"
#include "store/library.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace dokhae::gui {

// The library's articles as a table: all of them, read from the store a page at a time as the
// view scrolls (canFetchMore/fetchMore) in the order of the column sorted by, which the store
// sorts; or the hits of a search, in rank order or sorted like the articles.
class ArticleTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, SourceColumn, DateColumn, ColumnCount };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        SortRole,     // the value the column is sorted by: dates as QDate, text as text
        SnippetRole,  // search snippet as HTML, empty without a query
    };
    // Rows read at once: a few screens of them, one index seek in the store.
    static constexpr int kPageSize = 200;

    explicit ArticleTableModel(store::Library &library, QObject *parent = nullptr);

    // Reads the library again: its count, and the first page of articles when not searching.
    void reload();
    void setSearchHits(const QList<store::SearchHit> &hits);  // looked up in the library
    // Fills in a hit that came without its snippet, the first time a row's snippet is asked for
    // (the one on show, a tooltip): only the hits looked at pay for one.
    using SnippetSource = std::function<void(store::SearchHit &hit)>;
    void setSnippetSource(SnippetSource source) { m_snippetSource = std::move(source); }
    void clearSearch();  // back to every article
    bool hasSearch() const { return m_searching; }
    // How many articles the library holds, as the store counted them at the last reload (the
    // rows read so far are usually fewer).
    int articleCount() const { return m_articleCount; }
    qint64 articleIdAt(int row) const;
    // The row of the article, reading the rows before it when they are not read yet; -1 when the
    // list does not hold it (a search that did not find it).
    int rowOfArticle(qint64 id);
    // The same among the rows read so far only: -1 when it is not read (yet).
    int loadedRowOf(qint64 id) const { return m_rowOfId.value(id, -1); }
    // Reads up to `rows` more rows in the current order; false when every row is read already.
    bool readMore(int rows);

    // Headers are translated on demand; call after a language change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Column -1 is the model's own order: by id, or the search ranking.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The rows were read again in a new order; the selection is gone with the old rows.
    void reordered();

private:
    struct Row {
        ArticleSummary summary;
        int hit = -1;           // into m_hits, when searching
        bool snippetMade = false;
        QString snippetHtml;
    };
    void readFirstPage();
    void arrangeHits();
    void appendPage(int limit);
    void setRows(QList<Row> rows);
    const QString &snippetHtml(int row) const;

    store::Library &m_library;
    int m_articleCount = 0;
    int m_sortColumn = -1;
    store::ArticleOrder m_order;
    bool m_allRead = true;
    mutable QList<store::SearchHit> m_hits;
    bool m_searching = false;
    mutable QList<Row> m_rows;  // snippets are made when first asked for
    QHash<qint64, int> m_rowOfId;
    SnippetSource m_snippetSource;
};

} // namespace dokhae::gui
