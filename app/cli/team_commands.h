#pragma once

#include <QStringList>
#include <QTextStream>

namespace dokhae::cli {

struct TeamSetupOptions {
    QString location;     // --db: the team library, as its administrator
    QStringList readers;  // --reader USER, repeatable
    QStringList analysts; // --analyst USER
    QStringList editors;  // --editor USER
    bool json = false;
};

// team-setup --db postgresql://ADMIN@SERVER/DATABASE [--reader U] [--analyst U] [--editor U]:
// makes the database, the library's tables and the team's roles (store/team_roles.h), and gives
// the users named their roles. Each step on `err` as it starts; what it made on `out`.
int teamSetupCommand(const TeamSetupOptions &options, QTextStream &out, QTextStream &err);

} // namespace dokhae::cli
