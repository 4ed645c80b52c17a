#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace dokhae::store {
class Library;
}

namespace dokhae::gui {

class ArticleTableModel;
class SearchRunner;
struct SearchAnswer;

// The list of articles with the search box above it. With a query the rows are the hits, best
// first, and the current hit's snippet is shown under the table.
class LibraryPane : public QWidget {
    Q_OBJECT

public:
    explicit LibraryPane(store::Library &library, QWidget *parent = nullptr);

    QString query() const { return m_appliedQuery; }
    int shownCount() const;  // rows read so far: the hits of a search, all of them
    int totalCount() const;  // articles in the library, as the store counts them
    // How many articles the query matches in all; the list shows the best of them (shownCount).
    int matchCount() const { return m_matchCount; }
    qint64 currentArticleId() const;

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

public slots:
    void reload();  // re-reads the library, keeping the query and the current article
    // Makes the article current in the list (the reader follows), when the list shows it.
    void selectArticle(qint64 articleId);
    void focusSearch();

signals:
    void currentArticleChanged(qint64 articleId);
    void queryApplied(const QString &query);
    void countsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyQuery();
    void selectRow(qint64 articleId, bool orFirstRow);
    void followArticle(qint64 articleId, bool orFirstRow);
    void followStep();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showAnswer(const SearchAnswer &answer);
    // The rows of a query's answer, or of the library when there is none.
    void showRows(const QString &query, const SearchAnswer *answer);
    void onCurrentRowChanged();

    store::Library &m_library;
    int m_matchCount = 0;
    QLineEdit *m_searchEdit;
    QTableView *m_table;
    QLabel *m_snippetLabel;
    ArticleTableModel *m_model;
    QTimer *m_debounce;
    SearchRunner *m_searches;
    QTimer *m_follow;  // the next rows towards m_followId
    qint64 m_followId = 0;
    bool m_followOrFirstRow = false;
    QString m_appliedQuery;
    qint64 m_currentId = 0;
    // The analyst's sort while browsing, put back when a search (which sorts by rank) is cleared.
    int m_browseSortColumn = -1;
    Qt::SortOrder m_browseSortOrder = Qt::AscendingOrder;
    bool m_resetting = false;
};

} // namespace dokhae::gui
