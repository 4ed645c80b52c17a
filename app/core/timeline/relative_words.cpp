#include "timeline/relative_words.h"

#include <QRegularExpression>

namespace dokhae::timeline {

namespace {

// What may follow a word of time: not more of a longer word (말했다 is "said", not "late").
#define DOKHAE_WORD_END "(?=[^가-힣]|$|에|부터|까지|께|쯤|경|엔|의|로|인|이|만|도|을|를|은|는|과|와|들)"

const QRegularExpression &relativePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "(?<![가-힣0-9])(?:"
        "(?<year>재작년|작년|지난 ?해|올해|금년|내후년|내년|올(?= ?(?:초|상반기|하반기|말|[0-9])))"
        "|(?<month>이달|이번 ?달|지난 ?달|다음 ?달|내달)"
        "|(?<seek>지난|오는) ?(?<sm>[0-9]{1,2}) ?월(?: ?(?<sd>[0-9]{1,2}) ?일)?"
        "|(?<seekday>지난|오는) ?(?<dd>[0-9]{1,2}) ?일(?! ?(?:간|동안|만에|째|사이|새|연속))"
        "|(?<day>그저께|그제|어제|오늘(?!날)|내일|모레)"
        "|(?<week>지난 ?주|이번 ?주|다음 ?주|금주)(?![말간주])"
        "|(?<ago>[0-9]{1,3}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열) ?(?<unit>년|개월|달|주|일) ?전" DOKHAE_WORD_END
        "|(?<yearpart>연초|연말)" DOKHAE_WORD_END
        "|(?<vague>최근|요즘|근래|얼마 전|조만간|한때)"
        ")"));
    return pattern;
}

int nativeOrDigits(const QString &number)
{
    static const QStringList native{QStringLiteral("한"),   QStringLiteral("두"),   QStringLiteral("세"),
                                    QStringLiteral("네"),   QStringLiteral("다섯"), QStringLiteral("여섯"),
                                    QStringLiteral("일곱"), QStringLiteral("여덟"), QStringLiteral("아홉"),
                                    QStringLiteral("열")};
    const qsizetype index = native.indexOf(number);
    return index >= 0 ? int(index) + 1 : number.toInt();
}

int yearOffset(QStringView word)
{
    if (word == u"재작년")
        return -2;
    if (word == u"작년" || word.startsWith(u"지난"))
        return -1;
    if (word == u"내년")
        return 1;
    if (word == u"내후년")
        return 2;
    return 0;  // 올해, 금년, 올
}

int monthOffset(QStringView word)
{
    if (word.startsWith(u"지난"))
        return -1;
    if (word.startsWith(u"다음") || word == u"내달")
        return 1;
    return 0;
}

int dayOffset(QStringView word)
{
    if (word == u"그저께" || word == u"그제")
        return -2;
    if (word == u"어제")
        return -1;
    if (word == u"내일")
        return 1;
    if (word == u"모레")
        return 2;
    return 0;
}

// 9월, 9월 10일 after a year word; 10일 after a month word.
qsizetype readMonthDayAfter(const QString &text, qsizetype pos, WrittenDate &written, bool monthKnown)
{
    static const QRegularExpression monthDay(QStringLiteral("\\G ?(?<m>[0-9]{1,2}) ?월(?: ?(?<d>[0-9]{1,2}) ?일)?"));
    static const QRegularExpression dayOnly(QStringLiteral("\\G ?(?<d>[0-9]{1,2}) ?일(?! ?(?:간|동안|만에|째))"));
    const QRegularExpressionMatch m = (monthKnown ? dayOnly : monthDay).match(text, pos);
    if (!m.hasMatch())
        return 0;
    if (!monthKnown) {
        written.month = m.captured(u"m").toInt();
        if (written.month < 1 || written.month > 12) {
            written.month = 0;
            return 0;
        }
    }
    written.day = m.captured(u"d").toInt();
    return m.capturedLength();
}

WrittenDate vague(QStringView word)
{
    WrittenDate written;
    if (word == u"조만간")
        written.vague = WrittenDate::Vague::Soon;
    else if (word == u"한때")
        written.vague = WrittenDate::Vague::Once;
    else
        written.vague = WrittenDate::Vague::Recent;
    return written;
}

WrittenDate ago(const QRegularExpressionMatch &m)
{
    WrittenDate written;
    const int count = nativeOrDigits(m.captured(u"ago"));
    const QStringView unit = m.capturedView(u"unit");
    if (unit == u"년")
        written.yearOffset = -count;
    else if (unit == u"개월" || unit == u"달")
        written.monthOffset = -count;
    else if (unit == u"주")
        written.dayOffset = -7 * count;
    else
        written.dayOffset = -count;
    return written;
}

} // namespace

qsizetype readPartAfter(const QString &text, qsizetype pos, WrittenDate &written)
{
    if (written.day > 0 || written.quarter > 0 || written.half > 0)
        return 0;
    static const QRegularExpression yearPart(QStringLiteral(
        "\\G ?(?:(?<half>상반기|하반기)|(?<quarter>[1-4]) ?분기|(?<part>초반|초|중반|말|연초|연말)" DOKHAE_WORD_END ")"));
    static const QRegularExpression monthPart(QStringLiteral("\\G ?(?<part>초순|초|중순|하순|말)" DOKHAE_WORD_END));
    const bool ofMonth = written.month > 0 || written.monthOffset;
    const QRegularExpressionMatch m = (ofMonth ? monthPart : yearPart).match(text, pos);
    if (!m.hasMatch())
        return 0;
    if (m.hasCaptured(u"half")) {
        written.half = m.capturedView(u"half") == u"상반기" ? 1 : 2;
    } else if (m.hasCaptured(u"quarter")) {
        written.quarter = m.captured(u"quarter").toInt();
    } else {
        const QStringView part = m.capturedView(u"part");
        written.part = part.startsWith(u'초') || part == u"연초" ? 0 : part.startsWith(u'중') ? 1 : 2;
    }
    return m.capturedLength();
}

QList<RelativeWords> findRelativeWords(const QString &text)
{
    QList<RelativeWords> found;
    auto it = relativePattern().globalMatch(text);
    qsizetype consumedTo = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() < consumedTo)
            continue;  // inside what the previous word took (지난해 9월 10일)
        RelativeWords words;
        words.start = m.capturedStart();
        words.end = m.capturedEnd();
        WrittenDate &w = words.written;
        if (m.hasCaptured(u"year")) {
            w.yearOffset = yearOffset(m.capturedView(u"year"));
            words.end += readMonthDayAfter(text, words.end, w, false);
            words.end += readPartAfter(text, words.end, w);
            if (m.capturedView(u"year") == u"올" && words.end == m.capturedEnd())
                continue;  // 올 30%: 올 is a date only with what it dates
        } else if (m.hasCaptured(u"month")) {
            w.monthOffset = monthOffset(m.capturedView(u"month"));
            words.end += readMonthDayAfter(text, words.end, w, true);
            words.end += readPartAfter(text, words.end, w);
        } else if (m.hasCaptured(u"seek") || m.hasCaptured(u"seekday")) {
            const QStringView direction = m.hasCaptured(u"seek") ? m.capturedView(u"seek") : m.capturedView(u"seekday");
            w.seek = direction == u"지난" ? WrittenDate::Seek::Past : WrittenDate::Seek::Future;
            w.month = m.captured(u"sm").toInt();
            w.day = m.hasCaptured(u"seek") ? m.captured(u"sd").toInt() : m.captured(u"dd").toInt();
            if (w.month > 12 || w.day > 31 || (m.hasCaptured(u"sm") && w.month == 0))
                continue;
            words.end += readPartAfter(text, words.end, w);
        } else if (m.hasCaptured(u"day")) {
            w.dayOffset = dayOffset(m.capturedView(u"day"));
        } else if (m.hasCaptured(u"week")) {
            const QStringView week = m.capturedView(u"week");
            w.weekOffset = week.startsWith(u"지난") ? -1 : week.startsWith(u"다음") ? 1 : 0;
        } else if (m.hasCaptured(u"ago")) {
            w = ago(m);
        } else if (m.hasCaptured(u"yearpart")) {
            w.yearOffset = 0;
            w.part = m.capturedView(u"yearpart") == u"연초" ? 0 : 2;
        } else {
            w = vague(m.capturedView(u"vague"));
        }
        consumedTo = words.end;
        found << words;
    }
    return found;
}

#undef DOKHAE_WORD_END

} // namespace dokhae::timeline
