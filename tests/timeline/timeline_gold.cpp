#include "timeline_gold.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dokhae::timeline::gold {

namespace {

// The first day and the last of yyyy, yyyy-MM or yyyy-MM-dd.
bool spanOf(QStringView iso, QDate &first, QDate &last)
{
    const QList<QStringView> parts = iso.split(u'-');
    bool ok = true;
    const int year = parts.value(0).toInt(&ok);
    if (!ok || parts.size() > 3)
        return false;
    if (parts.size() == 1) {
        first = QDate(year, 1, 1);
        last = QDate(year, 12, 31);
    } else if (parts.size() == 2) {
        first = QDate(year, parts[1].toInt(), 1);
        last = first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
    } else {
        first = last = QDate(year, parts[1].toInt(), parts[2].toInt());
    }
    return first.isValid() && last.isValid();
}

} // namespace

GoldFile readGoldFile(const QString &path)
{
    GoldFile gold;
    gold.name = QFileInfo(path).fileName().section(u'.', 0, 0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        gold.error = u"cannot open "_s + path;
        return gold;
    }
    static const QRegularExpression sourceLine(u"^# source: (\\S+) \\((?:published (\\d{4}-\\d{2}-\\d{2})|no publication date)"_s);
    bool header = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(u'#')) {
            const QRegularExpressionMatch match = sourceLine.match(line);
            if (match.hasMatch()) {
                gold.source = match.captured(1);
                gold.published = QDate::fromString(match.captured(2), Qt::ISODate);
            }
            continue;
        }
        const QStringList cells = line.split(u'\t');
        if (!header) {
            header = true;
            if (cells != QStringList{u"written"_s, u"iso"_s, u"event"_s})
                gold.error = u"unexpected header: "_s + line;
            continue;
        }
        if (cells.size() != 3 || (cells[2] != u"yes"_s && cells[2] != u"no"_s)) {
            gold.error = u"malformed row: "_s + line;
            continue;
        }
        gold.dates.append({cells[0], cells[1], cells[2] == u"yes"_s});
    }
    if (gold.source.isEmpty() && gold.error.isEmpty())
        gold.error = u"no \"# source:\" line"_s;
    return gold;
}

bool locate(GoldFile &gold, const QString &text, QString *missing)
{
    qsizetype from = 0;
    for (GoldDate &date : gold.dates) {
        const qsizetype at = text.indexOf(date.written, from);
        if (at < 0) {
            *missing = date.written;
            return false;
        }
        date.start = at;
        date.end = at + date.written.size();
        from = at + 1;
    }
    return true;
}

bool resolvesAsGold(const EventDate &date, const QString &iso)
{
    if (iso == u"?"_s)
        return !date.start.isValid() || !date.end.isValid();
    const bool within = iso.startsWith(u'~');
    const QStringView span = QStringView(iso).mid(within ? 1 : 0);
    const qsizetype slash = span.indexOf(u'/');
    QDate first, last, ignored;
    if (!spanOf(span.left(slash < 0 ? span.size() : slash), first, last))
        return false;
    if (slash >= 0 && !spanOf(span.mid(slash + 1), ignored, last))
        return false;
    if (!date.start.isValid() || !date.end.isValid())
        return false;
    if (within)
        return date.start >= first && date.end <= last;
    return date.start == first && date.end == last;
}

void Score::add(const Score &other)
{
    truePositives += other.truePositives;
    falsePositives += other.falsePositives;
    falseNegatives += other.falseNegatives;
    resolvedRight += other.resolvedRight;
    nearMisses += other.nearMisses;
    errors += other.errors;
}

double Score::precision() const
{
    const int found = truePositives + falsePositives;
    return found == 0 ? 1.0 : double(truePositives) / found;
}

double Score::recall() const
{
    const int wanted = truePositives + falseNegatives;
    return wanted == 0 ? 1.0 : double(truePositives) / wanted;
}

double Score::resolutionAccuracy() const
{
    return truePositives == 0 ? 1.0 : double(resolvedRight) / truePositives;
}

Score score(const QString &text, const QList<GoldDate> &gold, const QList<Found> &found, bool eventsOnly)
{
    Score result;
    QList<bool> matched(found.size(), false);
    QList<const GoldDate *> missed;
    for (const GoldDate &date : gold) {
        if (eventsOnly && !date.event)
            continue;
        qsizetype hit = -1;
        for (qsizetype i = 0; i < found.size() && hit < 0; ++i) {
            if (!matched[i] && found[i].start == date.start && found[i].end == date.end)
                hit = i;
        }
        if (hit < 0) {
            ++result.falseNegatives;
            missed << &date;
            result.errors << u"missed   %1 (%2)"_s.arg(date.written, date.iso);
            continue;
        }
        matched[hit] = true;
        ++result.truePositives;
        if (resolvesAsGold(found[hit].date, date.iso))
            ++result.resolvedRight;
        else
            result.errors << u"resolved %1 as %2, gold %3"_s.arg(date.written, found[hit].date.isoText(), date.iso);
    }
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (matched[i])
            continue;
        ++result.falsePositives;
        const Found &extra = found[i];
        const bool near = std::any_of(missed.cbegin(), missed.cend(), [&](const GoldDate *date) {
            return extra.start < date->end && date->start < extra.end;
        });
        if (near)
            ++result.nearMisses;
        result.errors << u"%1 %2 (%3)"_s.arg(near ? u"boundary"_s : u"extra   "_s,
                                               text.mid(extra.start, extra.end - extra.start), extra.date.isoText());
    }
    return result;
}

} // namespace dokhae::timeline::gold
