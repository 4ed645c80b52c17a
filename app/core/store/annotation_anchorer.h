#pragma once

#include "store/revision_indexer.h"

namespace dokhae::store {

// Finds every annotation of an article again in each new revision of it, inside the revision's
// own transaction: a found passage takes the new selectors (its note, tags and edit time stay),
// one that is gone becomes an orphan with its last selectors, which a later revision may find
// again. Annotations are never deleted here.
class AnnotationAnchorer : public RevisionIndexer
{
public:
    bool index(QSqlDatabase &db, const NewRevision &revision, QString *error) const override;
};

} // namespace dokhae::store
