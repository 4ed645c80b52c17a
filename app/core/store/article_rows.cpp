#include "store/article_rows.h"

#include "store/dialect.h"
#include "store/sql_statement.h"

#include <QStringList>
#include <QVariant>

namespace dokhae::store::article_rows {

namespace {

// The value an order sorts by, written as the index of migration 7 holds it, so that SQLite walks
// that index instead of sorting. A missing date sorts as the empty text: first when ascending, as
// an invalid QDate did in the window's list, and comparable, which NULL is not.
QString sortValueSql(const Dialect &dialect, ArticleSortKey key)
{
    switch (key) {
    case ArticleSortKey::Title: return dialect.caseFolded(QStringLiteral("r.title"));
    case ArticleSortKey::Source: return dialect.caseFolded(QStringLiteral("r.source"));
    case ArticleSortKey::Published: return dialect.emptyIfNull(QStringLiteral("r.published"));
    case ArticleSortKey::Id: break;
    }
    return {};
}

// The bound value an order compares with, folded as sortValueSql folds the column: PostgreSQL's
// folding is lower(), which a bound text does not get by itself (SQLite's NOCASE collation on the
// column already compares both sides alike).
QString boundSortValueSql(const Dialect &dialect, ArticleSortKey key)
{
    const QString placeholder = QStringLiteral("?");
    switch (key) {
    case ArticleSortKey::Title:
    case ArticleSortKey::Source: return dialect.caseFolded(placeholder);
    case ArticleSortKey::Published:
    case ArticleSortKey::Id: break;
    }
    return placeholder;
}

QVariant sortValueOf(ArticleSortKey key, const ArticleSummary &summary)
{
    switch (key) {
    // Bound as text even when empty: a null QString would bind as NULL, before and after nothing.
    case ArticleSortKey::Title: return textOrEmpty(summary.meta.title);
    case ArticleSortKey::Source: return textOrEmpty(summary.meta.source);
    case ArticleSortKey::Published:
        return textOrEmpty(summary.meta.published.isValid() ? summary.meta.published.toString(Qt::ISODate) : QString());
    case ArticleSortKey::Id: break;
    }
    return {};
}

} // namespace

QString summaryColumns()
{
    // Metadata columns are NOT NULL; an absent author is an empty string, not a null one. The
    // revision count is one seek in revisions_by_article per row: cheap for a page of rows.
    return QStringLiteral("a.id, a.source_file, r.sha256, r.title, r.author, r.source, r.published, "
                          "(SELECT COUNT(*) FROM revisions c WHERE c.article_id = a.id)");
}

QString currentJoin()
{
    return QStringLiteral("FROM articles a JOIN revisions r ON r.id = a.current_revision");
}

QString currentJoinFromRevisions()
{
    return QStringLiteral("FROM revisions r JOIN articles a ON a.id = r.article_id AND a.current_revision = r.id");
}

ArticleSummary summaryFrom(const QSqlQuery &query)
{
    ArticleSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.sourceFile = query.value(1).toString();
    summary.revision = query.value(2).toString();
    summary.meta.title = query.value(3).toString();
    summary.meta.author = query.value(4).toString();
    summary.meta.source = query.value(5).toString();
    summary.meta.published = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    summary.revisionCount = query.value(7).toInt();
    return summary;
}

QString OrderedSelection::sql(const QString &alsoWhere) const
{
    QStringList conditions;
    for (const QString &each : {condition, alsoWhere}) {
        if (!each.isEmpty())
            conditions.append(each);
    }
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return from + where + QStringLiteral(" ORDER BY ") + orderBy;
}

OrderedSelection selectionAfter(const Dialect &dialect, const ArticleOrder &order, const ArticleSummary *after)
{
    const QString direction = order.descending ? QStringLiteral(" DESC") : QString();
    const QString beyond = order.descending ? QStringLiteral("<") : QStringLiteral(">");
    OrderedSelection selection;
    if (order.key == ArticleSortKey::Id) {
        selection.from = currentJoin();
        if (after) {
            selection.condition = QStringLiteral("a.id %1 ?").arg(beyond);
            selection.values = {after->id};
        }
        selection.orderBy = QStringLiteral("a.id%1").arg(direction);
        return selection;
    }
    const QString value = sortValueSql(dialect, order.key);
    selection.from = currentJoinFromRevisions();
    if (after) {
        selection.condition = QStringLiteral("%1 %2= %3 AND (%1 %2 %3 OR r.article_id %2 ?)")
                                  .arg(value, beyond, boundSortValueSql(dialect, order.key));
        const QVariant afterValue = sortValueOf(order.key, *after);
        selection.values = {afterValue, afterValue, after->id};
    }
    selection.orderBy = QStringLiteral("%1%2, r.article_id%2").arg(value, direction);
    return selection;
}

} // namespace dokhae::store::article_rows
