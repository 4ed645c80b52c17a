#pragma once

#include "article.h"
#include "store/library.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// How article summaries are read from the articles and revisions tables (migrations, versions 1
// and 7): the columns in the order summaryFrom takes them, and the orders of the library list.
// Only the store's files (and the store's tests, for query plans) use these.
namespace dokhae::store {
class Dialect;
}

namespace dokhae::store::article_rows {

// The summary columns; a query may select more after them (from index kSummaryColumnCount on).
QString summaryColumns();
constexpr int kSummaryColumnCount = 8;
// Each article with its current revision, from the article's side (for lookups by id).
QString currentJoin();
// The same from the revision's side, so that an index on revisions gives the order.
QString currentJoinFromRevisions();

ArticleSummary summaryFrom(const QSqlQuery &query);

// The articles that come after `after` in `order` (all of them without `after`): the FROM, WHERE
// and ORDER BY clauses with the values to bind. Written as `value >= v AND (value > v OR id > i)`
// rather than the row value `(value, id) > (v, i)`, which SQLite 3.40 does not turn into an index
// range when the value has a collation or is an expression: it then scans from the start.
struct OrderedSelection {
    QString from;
    QString condition;  // empty: no condition
    QVariantList values;
    QString orderBy;
    // The clauses, with `alsoWhere` (whose values follow `values`) added to the condition.
    QString sql(const QString &alsoWhere = {}) const;
};
OrderedSelection selectionAfter(const Dialect &dialect, const ArticleOrder &order, const ArticleSummary *after);

} // namespace dokhae::store::article_rows
