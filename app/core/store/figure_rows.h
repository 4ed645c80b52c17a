#pragma once

#include "figures/figure.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The figures table (migrations, version 4): one row per figure of a revision, every field of
// figures::Figure, in text order. Only the store's files use these.
namespace dokhae::store::figure_rows {

// Replaces what is stored for the revision: its figures and the extractor version they came from.
bool write(QSqlDatabase &db, qint64 revisionId, int extractorVersion, const QList<figures::Figure> &figures,
           QString *error);

// The stored figures of a revision, and the extractor version that found them; nullopt when the
// revision was never scanned (or on a read error, then *error is set).
struct Stored {
    int extractorVersion = 0;
    QList<figures::Figure> figures;
};
std::optional<Stored> read(QSqlDatabase &db, qint64 revisionId, QString *error);

} // namespace dokhae::store::figure_rows
