#pragma once

#include "entities/entity.h"

#include <QList>
#include <QSqlError>
#include <QStringList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace dokhae::entities {
class EntityCatalog;
}

// The cache of what recognition found in each revision (migrations, version 3). It holds the
// recognizer's answer before corrections, keyed by the catalog it was found with, so hiding or
// merging needs no new reading and a catalog change (a user's rename or alias, an updated bundled
// file, a new build) shows as a key that no longer matches. Only EntityService uses these.
namespace dokhae::store::entity_cache_rows {

// The key of a catalog's answers: a hash of every entry and of the recognizer's format version.
QString catalogKey(const entities::EntityCatalog &catalog);

// What was found in the revision with the catalog of that key; nullopt when it was never read
// with it. Mentions are sliced again from text, the revision's reading text.
std::optional<QList<entities::ArticleEntity>> read(const QSqlDatabase &db, qint64 revisionId, const QString &text,
                                                   const QString &key);

// The stored readings of every current revision, or only their rows for these entity ids, in
// article id order, for the views that count mentions: spans only, no mention text, and no
// article text read. Meaningful only when every current reading was made with the current catalog.
using ReadingVisitor = std::function<void(qint64 articleId, const QString &title, const QList<entities::ArticleEntity> &found)>;
bool forEachCurrentReading(const QSqlDatabase &db, const QStringList *onlyEntityIds, const ReadingVisitor &visit,
                           QSqlError *error);

// Replaces what is stored for the revision. A failure only costs a new reading next time, so it
// is logged, not reported.
void write(const QSqlDatabase &db, qint64 revisionId, const QString &key, const QList<entities::ArticleEntity> &found);

} // namespace dokhae::store::entity_cache_rows
