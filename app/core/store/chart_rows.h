#pragma once

#include "charts/chart_spec.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The charts table (migrations, version 4): one row per chart spec, with the article it belongs
// to, whether it was suggested or made by the analyst, its place among the article's charts, and
// chart_sources listing every article its points come from. Only the store's files use these.
namespace dokhae::store::chart_rows {

// Stores a spec as a new chart (its id is ignored unless keepId) and returns the id.
std::optional<qint64> insert(QSqlDatabase &db, const charts::ChartSpec &spec, qint64 revisionId, bool keepId,
                             QString *error);

// Lists every article the spec's points come from, replacing what was listed for the chart.
bool writeSources(QSqlDatabase &db, qint64 chartId, const charts::ChartSpec &spec, QString *error);

// Renumbers an article's charts 0, 1, 2, … in their order, hidden ones included, so that a
// position is an index in that order.
bool renumber(QSqlDatabase &db, qint64 articleId, QString *error);

// The suggestions of an article's revision replace those of its earlier revisions; charts the
// analyst made or edited stay.
bool replaceSuggested(QSqlDatabase &db, qint64 articleId, qint64 revisionId, const QList<charts::ChartSpec> &specs,
                      QString *error);

// Charts (visible ones, by article and position) matching an SQL condition on table c.
QList<charts::ChartSpec> select(QSqlDatabase &db, const QString &condition, const QVariantList &values,
                                QString *error);

// The columns of table c a spec is read from, in the order specFrom takes them; a query may
// select more after them (from index kSpecColumnCount on).
QString specColumns();
constexpr int kSpecColumnCount = 5;
// nullopt for a row this version cannot read (left alone, not lost).
std::optional<charts::ChartSpec> specFrom(const QSqlQuery &query);

} // namespace dokhae::store::chart_rows
