#include "store/team_roles.h"

#include "store/library.h"
#include "store/postgres_backend.h"
#include "store/sql_statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <array>

namespace dokhae::store {

namespace {

constexpr std::array kRoles{TeamRole::Reader, TeamRole::Analyst, TeamRole::Editor};

// A name as an SQL identifier: in double quotes, its own double quotes doubled.
QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// A connection of its own for one part of the setup, closed and removed when it goes.
class SetupConnection {
public:
    SetupConnection(const LibraryLocation &location, QString *error)
        : m_name(QStringLiteral("dokhae-team-setup-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_open = postgres::connect(location, m_name, 5000, error) == OpenError::None;
        // Revoking a membership that is not there, or granting one twice, is what a second run
        // does on purpose: keep the server's notices of it off the terminal.
        QSqlError ignored;
        if (QSqlDatabase connection = db(); m_open)
            runControl(connection, QStringLiteral("SET client_min_messages = error"), &ignored);
    }
    ~SetupConnection()
    {
        if (!m_open)
            return;
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    SetupConnection(const SetupConnection &) = delete;
    SetupConnection &operator=(const SetupConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

bool exists(QSqlDatabase &db, const QString &sql, const QString &name, bool *found, QString *error)
{
    QSqlQuery query(db);
    if (!runStatement(query, sql, {name})) {
        *error = errorDetail(query.lastError());
        return false;
    }
    *found = query.next();
    return true;
}

bool roleExists(QSqlDatabase &db, const QString &role, bool *found, QString *error)
{
    return exists(db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), role, found, error);
}

// What each kind may do beyond the kind before it.
QStringList privileges(const QString &database)
{
    const QString reader = quoted(teamGroupRole(database, TeamRole::Reader));
    const QString analyst = quoted(teamGroupRole(database, TeamRole::Analyst));
    const QString editor = quoted(teamGroupRole(database, TeamRole::Editor));
    return {
        // Only the team connects.
        QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(quoted(database)),
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(quoted(database), reader),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(reader),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(reader),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(reader),
        // What a reader's reading writes: the caches derived from the text (the row rules limit
        // charts to the suggested ones).
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON entity_scans, article_entities, figure_scans, figures, charts, "
                       "chart_sources TO %1").arg(reader),
        QStringLiteral("GRANT INSERT, UPDATE ON articles, revisions TO %1").arg(analyst),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON annotations, user_entities, entity_hidden, entity_merges TO %1")
            .arg(analyst),
        QStringLiteral("GRANT DELETE ON articles, revisions TO %1").arg(editor)};
}

} // namespace

QString teamRoleKey(TeamRole role)
{
    switch (role) {
    case TeamRole::Reader: return QStringLiteral("reader");
    case TeamRole::Analyst: return QStringLiteral("analyst");
    case TeamRole::Editor: return QStringLiteral("editor");
    }
    return {};
}

std::optional<TeamRole> teamRoleFromKey(const QString &key)
{
    for (TeamRole role : kRoles) {
        if (teamRoleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QString teamGroupRole(const QString &database, TeamRole role)
{
    // As dokhae_in_team_role() in the schema names it.
    return database + u'_' + teamRoleKey(role);
}

TeamSetup::TeamSetup(LibraryLocation administrator)
    : m_location(std::move(administrator))
{
}

bool TeamSetup::run(const QList<TeamMember> &members)
{
    m_error.clear();
    m_report = {};
    if (!m_location.isServer() || !m_location.isValid())
        return fail(QCoreApplication::translate("TeamSetup", "Cannot set up a team"),
                    QCoreApplication::translate("TeamSetup", "%1 is not a team library on a PostgreSQL server (postgresql://ADMIN@SERVER/DATABASE)")
                        .arg(m_location.toString()));
    // PostgreSQL cuts names at 63 bytes; the group roles add up to 8 to the database's name.
    if (m_location.database().toUtf8().size() > 55)
        return fail(QCoreApplication::translate("TeamSetup", "Cannot set up a team"), QCoreApplication::translate("TeamSetup", "the database name is longer than 55 bytes"));
    for (const TeamMember &member : members) {
        if (member.user.isEmpty() || member.user.toUtf8().size() > 63)
            return fail(QCoreApplication::translate("TeamSetup", "Cannot set up a team"), QCoreApplication::translate("TeamSetup", "\"%1\" cannot be a role's name").arg(member.user));
    }
    if (!createDatabase() || !createLibrary())
        return false;
    QString error;
    SetupConnection library(m_location, &error);
    if (!library.isOpen())
        return fail(QCoreApplication::translate("TeamSetup", "Cannot set up a team"), error);
    QSqlDatabase db = library.db();
    return createGroupRoles(db) && grantPrivileges() && setMembers(db, members);
}

bool TeamSetup::createDatabase()
{
    say(QCoreApplication::translate("TeamSetup", "Making the database %1").arg(m_location.database()));
    const LibraryLocation maintenance = LibraryLocation::server(m_location.host(), m_location.port(),
                                                                QStringLiteral("postgres"), m_location.user(),
                                                                m_location.connectOptions());
    QString error;
    SetupConnection server(maintenance, &error);
    if (!server.isOpen())
        return fail(QCoreApplication::translate("TeamSetup", "Cannot make the database"), error);
    QSqlDatabase db = server.db();
    bool found = false;
    if (!exists(db, QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), m_location.database(), &found, &error))
        return fail(QCoreApplication::translate("TeamSetup", "Cannot make the database"), error);
    if (found)
        return true;
    // UTF-8 whatever the server's default, for Korean text; template0 allows another encoding.
    QSqlError sqlError;
    if (!runControl(db, QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(quoted(m_location.database())),
                    &sqlError))
        return fail(QCoreApplication::translate("TeamSetup", "Cannot make the database"), errorDetail(sqlError));
    m_report.createdDatabase = true;
    return true;
}

bool TeamSetup::createLibrary()
{
    say(QCoreApplication::translate("TeamSetup", "Making the library's tables"));
    Library library;
    if (!library.open(m_location.toString()))
        return fail(QCoreApplication::translate("TeamSetup", "Cannot make the library's tables"), library.lastError());
    return true;
}

bool TeamSetup::createGroupRoles(QSqlDatabase &db)
{
    say(QCoreApplication::translate("TeamSetup", "Making the roles reader, analyst and editor"));
    QString error;
    QSqlError sqlError;
    for (TeamRole role : kRoles) {
        const QString name = teamGroupRole(m_location.database(), role);
        bool found = false;
        if (!roleExists(db, name, &found, &error))
            return fail(QCoreApplication::translate("TeamSetup", "Cannot make the team's roles"), error);
        if (!found) {
            if (!runControl(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(name)), &sqlError))
                return fail(QCoreApplication::translate("TeamSetup", "Cannot make the team's roles"), errorDetail(sqlError));
            m_report.createdRoles << name;
        }
    }
    // Each kind includes the one before it.
    const QString reader = quoted(teamGroupRole(m_location.database(), TeamRole::Reader));
    const QString analyst = quoted(teamGroupRole(m_location.database(), TeamRole::Analyst));
    const QString editor = quoted(teamGroupRole(m_location.database(), TeamRole::Editor));
    if (!runStatements(db, {QStringLiteral("GRANT %1 TO %2").arg(reader, analyst), QStringLiteral("GRANT %1 TO %2").arg(analyst, editor)},
                       &error))
        return fail(QCoreApplication::translate("TeamSetup", "Cannot make the team's roles"), error);
    return true;
}

bool TeamSetup::grantPrivileges()
{
    say(QCoreApplication::translate("TeamSetup", "Granting the roles their privileges"));
    QString error;
    SetupConnection library(m_location, &error);
    if (!library.isOpen())
        return fail(QCoreApplication::translate("TeamSetup", "Cannot grant the roles their privileges"), error);
    QSqlDatabase db = library.db();
    if (!runStatements(db, privileges(m_location.database()), &error))
        return fail(QCoreApplication::translate("TeamSetup", "Cannot grant the roles their privileges"), error);
    return true;
}

bool TeamSetup::setMembers(QSqlDatabase &db, const QList<TeamMember> &members)
{
    QString error;
    QSqlError sqlError;
    for (const TeamMember &member : members) {
        say(QCoreApplication::translate("TeamSetup", "Making %1 a member of the team as %2").arg(member.user, teamRoleKey(member.role)));
        bool found = false;
        if (!roleExists(db, member.user, &found, &error))
            return fail(QCoreApplication::translate("TeamSetup", "Cannot add %1 to the team").arg(member.user), error);
        if (!found) {
            if (!runControl(db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoted(member.user)), &sqlError))
                return fail(QCoreApplication::translate("TeamSetup", "Cannot add %1 to the team").arg(member.user), errorDetail(sqlError));
            m_report.createdRoles << member.user;
        }
        // Exactly the role named: a member moved from analyst to reader loses what an analyst may do.
        QStringList statements;
        for (TeamRole role : kRoles)
            statements << QStringLiteral("REVOKE %1 FROM %2")
                              .arg(quoted(teamGroupRole(m_location.database(), role)), quoted(member.user));
        statements << QStringLiteral("GRANT %1 TO %2")
                          .arg(quoted(teamGroupRole(m_location.database(), member.role)), quoted(member.user));
        if (!runStatements(db, statements, &error))
            return fail(QCoreApplication::translate("TeamSetup", "Cannot add %1 to the team").arg(member.user), error);
        m_report.members << member;
    }
    return true;
}

bool TeamSetup::fail(const QString &what, const QString &detail)
{
    m_error = QStringLiteral("%1: %2").arg(what, detail);
    return false;
}

void TeamSetup::say(const QString &step)
{
    if (m_progress)
        m_progress(step);
}

} // namespace dokhae::store
