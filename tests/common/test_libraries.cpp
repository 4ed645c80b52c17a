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
        // Text collates as on a team's server set up in a language (en-US, by ICU), not by code
        // point as in the test server's C locale: SQL that orders or compares text the way only
        // SQLite's binary collation does shows here.
        const QString database = QStringLiteral("library_%1").arg(m_count);
        if (!m_server->runSql(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'")
                                  .arg(PgTestServer::quoteIdentifier(database))))
            return {};
        return m_server->location(database);
    }
    const QString base = name.isEmpty() ? QStringLiteral("lib%1").arg(m_count) : name;
    return m_folder.filePath(base + QStringLiteral(".sqlite"));
}

} // namespace dokhae::test
