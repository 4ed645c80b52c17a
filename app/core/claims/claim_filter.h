#pragma once

#include "claims/claim.h"
#include "claims/subject_names.h"

#include <QString>

#include <optional>

namespace dokhae::claims {

// What an analyst narrows the claims to. Empty fields let everything through.
struct ClaimFilter {
    QString entity;            // a subject by any of its names (China finds 중국's claims), or part of one
    QString measure;           // a measure's head (투자액) or words of it
    std::optional<int> year;
    bool flaggedOnly = false;
    int minSources = 2;        // claims quoted by fewer articles are left out (1: every claim)
};

bool matches(const ClaimGroup &group, const ClaimFilter &filter, const SubjectNames &subjects);

} // namespace dokhae::claims
