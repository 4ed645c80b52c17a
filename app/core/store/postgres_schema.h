#pragma once

#include "store/migrations.h"

namespace dokhae::store::postgres {

// The channel a team library announces its changes on (NOTIFY), with a JSON payload: "table",
// "op" (INSERT, UPDATE, DELETE) and "article" (the article id it concerns, or null).
inline constexpr const char *kChangeChannel = "dokhae_library_changes";

// The team library's schema steps on PostgreSQL.
const SchemaSteps &schemaSteps();

} // namespace dokhae::store::postgres
