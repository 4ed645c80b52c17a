#pragma once

#include "annotations/annotation.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

// The annotations table (migrations, version 5): one row per annotation. Only the store's files
// use these; each runs inside the caller's transaction when there is one.
namespace dokhae::store::annotation_rows {

// Annotations matching an SQL condition on table a, by article, orphans last, then by start.
QList<annotations::Annotation> select(QSqlDatabase &db, const QString &condition, const QVariantList &values,
                                      QString *error);

// The current revision of an article, which new annotations are anchored to.
struct CurrentRevision {
    qint64 id = 0;
    QString sha256;
    QString text;
};
std::optional<CurrentRevision> currentRevision(QSqlDatabase &db, qint64 articleId, QString *error);
// Only its id: whether a revision read before is still the current one, without reading its text.
std::optional<qint64> currentRevisionId(QSqlDatabase &db, qint64 articleId);

// Inserts `annotation` and sets its author to the one stored: on a team library the server
// stamps the role that wrote it, whatever the client said.
bool insert(QSqlDatabase &db, annotations::Annotation &annotation, QString *error);
// Every column of the row with annotation.id; false when there is no such row.
bool update(QSqlDatabase &db, const annotations::Annotation &annotation, QString *error);
bool remove(QSqlDatabase &db, const QString &id, QString *error);

} // namespace dokhae::store::annotation_rows
