#pragma once

#include "claims/claim.h"
#include "claims/claim_flags.h"
#include "claims/subject_names.h"

#include <QList>
#include <QString>

#include <optional>

namespace dokhae::store {
class Library;
}

namespace dokhae::claims {

// Every claim of the library's current articles, grouped and flagged (ClaimCollector), from the
// figures stored with each revision (store::FigureStore; a revision read by an older extractor is
// read again first) and subjects compared through the library's effective catalog and merges.
// nullopt, with the library's message in `error`, when the library could not be read.
// Subjects as the library names them: its effective catalog (bundled and the analyst's entries)
// and the analyst's merges.
SubjectNames librarySubjects(const store::Library &library);

std::optional<QList<ClaimGroup>> libraryClaims(const store::Library &library, const ClaimOptions &options,
                                              QString *error = nullptr);

} // namespace dokhae::claims
