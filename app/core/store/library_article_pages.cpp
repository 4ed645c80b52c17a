// Library: the articles a page at a time, in the orders the library list offers (library.h).
#include "store/library.h"

#include "store/article_rows.h"
#include "store/dialect.h"
#include "store/sql_statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace dokhae::store {

QList<ArticleSummary> Library::articlePage(const ArticleOrder &order, const ArticleSummary *after, int limit) const
{
    QList<ArticleSummary> page;
    if (!isOpen() || limit <= 0)
        return page;
    const article_rows::OrderedSelection selection = article_rows::selectionAfter(dialectOf(db()), order, after);
    QSqlQuery query(db());
    query.setForwardOnly(true);
    QVariantList values = selection.values;
    values.append(limit);
    if (!runStatement(query, QStringLiteral("SELECT %1 %2 LIMIT ?").arg(article_rows::summaryColumns(), selection.sql()), values)) {
        setQueryError(QCoreApplication::translate("Library", "Could not list articles"), query.lastError());
        return page;
    }
    page.reserve(limit);
    while (query.next())
        page.append(article_rows::summaryFrom(query));
    return page;
}

int Library::articlePosition(const ArticleOrder &order, qint64 id) const
{
    const std::optional<ArticleSummary> article = summary(id);
    if (!article)
        return -1;
    // What comes before it in this order is what comes after it in the reverse order.
    const article_rows::OrderedSelection before = article_rows::selectionAfter(dialectOf(db()), {order.key, !order.descending}, &*article);
    QSqlQuery query(db());
    // Counted without the ORDER BY (the from and where clauses only): counting needs no order.
    const QString counted = before.from + (before.condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + before.condition);
    if (!runStatement(query, QStringLiteral("SELECT COUNT(*) %1").arg(counted), before.values) || !query.next()) {
        setQueryError(QCoreApplication::translate("Library", "Could not list articles"), query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

QList<ArticleSummary> Library::summaries(const QList<qint64> &ids, const ArticleOrder &order) const
{
    QList<ArticleSummary> found;
    if (!isOpen() || ids.isEmpty())
        return found;
    const article_rows::OrderedSelection selection = article_rows::selectionAfter(dialectOf(db()), order, nullptr);
    const Dialect &dialect = dialectOf(db());
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!runStatement(query,
                      QStringLiteral("SELECT %1 %2").arg(article_rows::summaryColumns(),
                                                        selection.sql(dialect.isOneOf(QStringLiteral("a.id")))),
                      {dialect.idList(ids)})) {
        setQueryError(QCoreApplication::translate("Library", "Could not list articles"), query.lastError());
        return found;
    }
    while (query.next())
        found.append(article_rows::summaryFrom(query));
    return found;
}

} // namespace dokhae::store
