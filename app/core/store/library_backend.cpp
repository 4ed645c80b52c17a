#include "store/library_backend.h"

#include "store/postgres_backend.h"
#include "store/sqlite_backend.h"

namespace dokhae::store {

std::unique_ptr<LibraryBackend> makeBackend(const LibraryLocation &location, BackendOptions options)
{
    if (location.isServer())
        return std::make_unique<PostgresBackend>(location, std::move(options));
    return std::make_unique<SqliteBackend>(location.filePath(), std::move(options));
}

} // namespace dokhae::store
