#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace dokhae::cli {

struct EntitiesOptions {
    bool json = false;
    QString language = QStringLiteral("ko"); // --lang: which name `display` (and text output) puts first
    QString dbPath;                          // --db, or empty
};

// entities PATH | entities --db DB ID: the entities one article names, with their mentions.
int entitiesCommand(const QStringList &arguments, const EntitiesOptions &options, QTextStream &out, QTextStream &err);

// entity --db DB NAME: one entity (by any of its names) and the library's articles that mention it.
int entityCommand(const QStringList &arguments, const EntitiesOptions &options, QTextStream &out, QTextStream &err);

} // namespace dokhae::cli
