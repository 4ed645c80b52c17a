#pragma once

namespace dokhae::store {

// What a failed statement, or a check, says about the library as a whole, whichever database holds
// it. Other: nothing, the statement itself failed (a value too big, a constraint), so the next
// write may well succeed.
enum class Health {
    Ok,
    Busy,          // locked by another writer past the wait
    ReadOnly,      // the file, its folder or the server refuses writes
    DiskFull,
    Damaged,       // pages or the index cannot be trusted
    NotADatabase,  // not a library of any kind
    Unreachable,   // the server cannot be reached, or went away
    Forbidden,     // the server refuses this role what it asked (a reader writing, another's note)
    Other
};

// Whether reconnecting to a team library should first try the server on a connection of its own.
enum class ServerTrial { TryFirst, Answered };

} // namespace dokhae::store
