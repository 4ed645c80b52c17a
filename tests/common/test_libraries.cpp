#include "test_libraries.h"

namespace dokhae::test {

bool TestLibraries::onPostgres()
{
    return qgetenv("DOKHAE_TEST_BACKEND") == "postgres";
}

TestLibraries::TestLibraries()
{
    if (onPostgres())
        m_server = std::make_unique<PgTestServer>();
}

QString TestLibraries::newLocation(const QString &name)
{
    ++m_count;
    if (m_server) {
        const QString database = m_server->createDatabase();
        return database.isEmpty() ? QString() : m_server->location(database);
    }
    const QString base = name.isEmpty() ? QStringLiteral("lib%1").arg(m_count) : name;
    return m_folder.filePath(base + QStringLiteral(".sqlite"));
}

} // namespace dokhae::test
