#include "team_commands.h"

#include "cli_commands.h"
#include "store/team_roles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dokhae::cli {

namespace {

QList<store::TeamMember> membersOf(const TeamSetupOptions &options)
{
    QList<store::TeamMember> members;
    for (const QString &user : options.readers)
        members.append({user, store::TeamRole::Reader});
    for (const QString &user : options.analysts)
        members.append({user, store::TeamRole::Analyst});
    for (const QString &user : options.editors)
        members.append({user, store::TeamRole::Editor});
    return members;
}

} // namespace

int teamSetupCommand(const TeamSetupOptions &options, QTextStream &out, QTextStream &err)
{
    const store::LibraryLocation location = store::LibraryLocation::parse(options.location);
    if (!location.isServer()) {
        err << QCoreApplication::translate("Cli", "team-setup needs --db postgresql://ADMIN@SERVER/DATABASE, as a role that may create "
                          "databases and roles.\n");
        return ExitUsage;
    }
    if (!location.isValid()) {
        err << location.error() << Qt::endl;
        return ExitUsage;
    }
    store::TeamSetup setup(location);
    setup.setProgress([&err](const QString &step) { err << step << QStringLiteral("…") << Qt::endl; });
    if (!setup.run(membersOf(options))) {
        err << setup.errorString() << Qt::endl;
        return ExitLibrary;
    }
    const store::TeamSetupReport report = setup.report();
    if (options.json) {
        QJsonArray members;
        for (const store::TeamMember &member : report.members)
            members.append(QJsonObject{{QStringLiteral("user"), member.user},
                                       {QStringLiteral("role"), store::teamRoleKey(member.role)}});
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("created_database"), report.createdDatabase},
                                                           {QStringLiteral("created_roles"),
                                                            QJsonArray::fromStringList(report.createdRoles)},
                                                           {QStringLiteral("members"), members}})
                                     .toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    out << (report.createdDatabase ? QCoreApplication::translate("Cli", "Made the team library %1.\n") : QCoreApplication::translate("Cli", "The team library %1 was there.\n"))
               .arg(location.toString());
    if (!report.createdRoles.isEmpty())
        out << QCoreApplication::translate("Cli", "Made the roles: %1.\n").arg(report.createdRoles.join(QStringLiteral(", ")));
    for (const store::TeamMember &member : report.members)
        out << QCoreApplication::translate("Cli", "%1: %2 (group role %3).\n")
                   .arg(member.user, store::teamRoleKey(member.role), store::teamGroupRole(location.database(), member.role));
    return ExitOk;
}

} // namespace dokhae::cli
