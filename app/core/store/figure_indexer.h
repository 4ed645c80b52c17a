#pragma once

#include "store/revision_indexer.h"

#include <functional>

namespace dokhae::store {

// Bump when the extractor's answers change: revisions read by an older one are read again
// (FigureStore::refreshStale, and on demand for a single article).
inline constexpr int kFigureExtractorVersion = 1;

// The figures of each new revision, stored with it, and the charts they suggest, replacing the
// suggestions of the article's earlier revision.
class FigureIndexer : public RevisionIndexer
{
public:
    bool index(QSqlDatabase &db, const NewRevision &revision, QString *error) const override;

    // Reads again up to `limit` current revisions whose figures are missing or from an older
    // extractor, inside the caller's transaction; *done counts them.
    static bool indexStale(QSqlDatabase &db, int limit, int *done, QString *error);
    static int staleCount(QSqlDatabase &db);
};

} // namespace dokhae::store
