#pragma once

#include "store/library_location.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace dokhae::store {

// What a member of a team may do in a team library. Each kind is a group role of the server,
// named after the database (for the database "press": press_reader, press_analyst, press_editor),
// and each includes the one before it:
//   reader:  reads everything (and keeps the caches derived from the text up to date);
//   analyst: also imports articles, makes charts, annotates and corrects entities, and changes
//            the annotations and corrections of their own;
//   editor:  also changes or deletes anyone's annotations and corrections, and deletes articles.
// The server enforces it: the GRANTs below, and the row rules of the schema (postgres_schema.cpp).
enum class TeamRole { Reader, Analyst, Editor };

QString teamRoleKey(TeamRole role);  // "reader", "analyst", "editor"
std::optional<TeamRole> teamRoleFromKey(const QString &key);
QString teamGroupRole(const QString &database, TeamRole role);

struct TeamMember {
    QString user;  // a login role of the server; made (without a password) when it does not exist
    TeamRole role = TeamRole::Reader;
};

struct TeamSetupReport {
    bool createdDatabase = false;
    QStringList createdRoles;  // group and login roles made by this run
    QList<TeamMember> members;  // whose membership this run set
};

// Makes a team library ready for a team, as its administrator (a role that may create databases
// and roles, e.g. the server's superuser): the database when it does not exist, the library's
// tables (owned by the administrator), the three group roles with their GRANTs, and the members'
// memberships. Running it again changes nothing but what it is told differently: a member named
// with another role has exactly that role afterwards.
class TeamSetup {
public:
    explicit TeamSetup(LibraryLocation administrator);

    bool run(const QList<TeamMember> &members);
    QString errorString() const { return m_error; }
    TeamSetupReport report() const { return m_report; }

    // One line per step, as it starts (for the CLI's progress).
    void setProgress(std::function<void(const QString &)> progress) { m_progress = std::move(progress); }

private:
    bool createDatabase();
    bool createGroupRoles(QSqlDatabase &db);
    bool createLibrary();
    bool grantPrivileges();
    bool setMembers(QSqlDatabase &db, const QList<TeamMember> &members);
    bool fail(const QString &what, const QString &detail);
    void say(const QString &step);

    LibraryLocation m_location;
    QString m_error;
    TeamSetupReport m_report;
    std::function<void(const QString &)> m_progress;
};

} // namespace dokhae::store
