#pragma once

#include "timeline/event_date.h"

#include <QDate>
#include <QList>
#include <QString>

// Hand-made gold for the timeline (tests/data/timeline/*.expected.tsv, described in the README
// there) and the scoring of what the code finds against it.
namespace dokhae::timeline::gold {

// One date expression a reader put on the timeline. `iso` is the gold's own notation: `?` (the text
// does not pin the date down), `A` or `A/B` (exactly that span, A and B each yyyy, yyyy-MM or
// yyyy-MM-dd), `~A` or `~A/B` (somewhere inside that span: the text names only a part of it).
struct GoldDate {
    QString written;
    QString iso;
    bool event = false;
    qsizetype start = -1;  // where `written` was found in the reading text
    qsizetype end = -1;
};

struct GoldFile {
    QString name;        // the gold file's base name
    QString source;      // the article file, relative to tests/data
    QDate published;     // as the gold says the import reads it; invalid for none
    QList<GoldDate> dates;
    QString error;       // empty when the file was read
};

GoldFile readGoldFile(const QString &path);

// Places every gold date in `text`, in order (each after the one before); false when one is missing.
bool locate(GoldFile &gold, const QString &text, QString *missing);

// Whether the code's date agrees with the gold's `iso`.
bool resolvesAsGold(const EventDate &date, const QString &iso);

// A span the code found, with its date.
struct Found {
    qsizetype start = 0;
    qsizetype end = 0;
    EventDate date;
};

struct Score {
    int truePositives = 0;   // same span as the gold
    int falsePositives = 0;
    int falseNegatives = 0;
    int resolvedRight = 0;   // of the true positives
    int nearMisses = 0;      // false positives overlapping a missed gold span (a boundary disagreement)
    QStringList errors;      // one line per error, for the log

    void add(const Score &other);
    double precision() const;
    double recall() const;
    double resolutionAccuracy() const;
};

// Scores `found` against the gold dates located in `text` (only those that are events when
// `eventsOnly`): a true positive is a found span equal to a gold one.
Score score(const QString &text, const QList<GoldDate> &gold, const QList<Found> &found, bool eventsOnly);

} // namespace dokhae::timeline::gold
