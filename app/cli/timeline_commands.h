#pragma once

#include <QString>
#include <QTextStream>

namespace dokhae::cli {

struct TimelineOptions {
    bool json = false;
    QString language = QStringLiteral("ko");  // --lang: which entity name `display` puts first
    QString dbPath;
    QString articleId;  // --article: only that article's events
    QString entity;     // --entity: only events whose sentence names it (any of its names)
};

// timeline --db DB [--entity NAME] [--article ID]: the dated events of the library's articles in
// time order, each with its date as written and as read, its sentence and the entities it names;
// offsets in code points.
int timelineCommand(const TimelineOptions &options, QTextStream &out, QTextStream &err);

} // namespace dokhae::cli
