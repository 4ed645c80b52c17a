// Where a suite's libraries live, so that one set of test cases runs against both backends: SQLite
// files in a temporary folder by default, or fresh databases on a PostgreSQL server of the suite's
// own when DOKHAE_TEST_BACKEND=postgres (tests/CMakeLists.txt registers each suite that can run on
// both a second time, NAME_postgres, with that set).
//
//     TestLibraries m_libraries;                          // a member of the test class
//     DOKHAE_START_TEST_LIBRARIES(m_libraries);           // in initTestCase()
//     QVERIFY(library.open(m_libraries.newLocation()));   // a new, empty library per test case
//     DOKHAE_SQLITE_ONLY("a damaged file");               // a case about what only a file can do
#pragma once

#include "pg_test_server.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace dokhae::test {

#define DOKHAE_START_TEST_LIBRARIES(libraries)                                                                         \
    do {                                                                                                               \
        if ((libraries).onPostgres())                                                                                  \
            DOKHAE_START_PG_OR_SKIP(*(libraries).server());                                                            \
    } while (false)

// For a case about a library file itself (its bytes, permissions, journal, locks), which a server's
// database has no counterpart of.
#define DOKHAE_SQLITE_ONLY(what)                                                                                       \
    do {                                                                                                               \
        if (dokhae::test::TestLibraries::onPostgres())                                                                 \
            QSKIP("SQLite only: " what);                                                                               \
    } while (false)

class TestLibraries {
public:
    static bool onPostgres();

    TestLibraries();
    bool isValid() const { return m_folder.isValid(); }

    // A location for a new, empty library: NAME.sqlite (lib1, lib2, … when unnamed) in the
    // temporary folder, or a fresh database on the server.
    QString newLocation(const QString &name = {});
    // The temporary folder, for the suite's other files (articles to import, exports).
    QString folder() const { return m_folder.path(); }
    // The server (started by DOKHAE_START_TEST_LIBRARIES); nullptr on SQLite.
    PgTestServer *server() { return m_server.get(); }

private:
    QTemporaryDir m_folder;
    std::unique_ptr<PgTestServer> m_server;
    int m_count = 0;
};

} // namespace dokhae::test
