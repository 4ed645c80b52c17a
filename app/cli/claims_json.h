#pragma once

#include "claims/claim.h"

#include <QJsonObject>

namespace dokhae::cli {

// The JSON shape of a claim group in the CLI contract (README, "CLI"): offsets in code points.
QJsonObject claimGroupToJson(const claims::ClaimGroup &group, const QString &language);

} // namespace dokhae::cli
