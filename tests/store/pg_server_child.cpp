// Helper of test_pg_server: a test process that starts a PostgreSQL server of its own and then ends
// badly, so that the suite can check that the server ends with it. It writes "postmaster PID
// DATA_DIRECTORY" on standard output, waits for a line on standard input, then, as its argument says:
//   fail  runs a QTest case that fails; the server is destroyed as a failing suite's would be
//   kill  is killed (SIGKILL: a crash, or CTest's timeout), so that no destructor runs at all
#include "pg_test_server.h"

#include <QCoreApplication>
#include <QtTest>

#include <csignal>
#include <cstdio>

namespace {

class FailingCase : public QObject
{
    Q_OBJECT
private slots:
    void fails() { QFAIL("this case fails on purpose"); }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString mode = app.arguments().value(1);
    dokhae::test::PgTestServer server;
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 2;
    }
    std::printf("postmaster %lld %s\n", server.postmasterPid(), qPrintable(server.dataDirectory()));
    std::fflush(stdout);
    char line[16];
    if (!std::fgets(line, sizeof line, stdin))
        return 3;
    if (mode == QLatin1String("kill"))
        std::raise(SIGKILL);
    FailingCase failing;
    return QTest::qExec(&failing, QStringList{app.arguments().first(), QStringLiteral("-silent")});
}

#include "pg_server_child.moc"
