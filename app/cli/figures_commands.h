#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace dokhae::cli {

struct FiguresOptions {
    bool json = false;
    QString language = QStringLiteral("ko"); // --lang: how `display` writes a value
    QString dbPath;                          // set with --db: the argument is an article id
};

// figures PATH | figures --db DB ID: the figures of one article's reading text.
int figuresCommand(const QStringList &arguments, const FiguresOptions &options, QTextStream &out, QTextStream &err);

// parse EXPR: the number grammar on one expression.
int parseCommand(const QStringList &arguments, bool json, QTextStream &out, QTextStream &err);

} // namespace dokhae::cli
