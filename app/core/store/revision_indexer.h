#pragma once

#include "figures/figure.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dokhae::store {

// A revision just written, inside the transaction that writes it.
struct NewRevision {
    qint64 articleId = 0;
    qint64 revisionId = 0;
    QString sha256;
    const QString &text;  // the reading text
    // Its figures when an import extracted them beforehand, on a thread of its own; nullptr:
    // extract them here.
    const QList<figures::Figure> *figures = nullptr;
};

// Work that belongs with every revision the library stores (its figures, its suggested charts),
// done inside the revision's own write transaction: a library never holds a revision without it,
// and a failure rolls the whole article back. Library runs its indexers in order.
class RevisionIndexer
{
public:
    virtual ~RevisionIndexer() = default;
    virtual bool index(QSqlDatabase &db, const NewRevision &revision, QString *error) const = 0;
};

} // namespace dokhae::store
