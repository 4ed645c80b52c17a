#include "figures/figure.h"
#include "figures/figure_internal.h"
#include "figures/numeral_lexicon.h"
#include "figures/qualifiers.h"
#include "figures/quantity_parser.h"

#include <algorithm>
#include <cmath>

namespace dokhae::figures {

namespace {

bool isTimeUnit(const QString &unit)
{
    static const QStringList units{QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("week"),
                                   QStringLiteral("day"),  QStringLiteral("h"),     QStringLiteral("min"),
                                   QStringLiteral("s")};
    return units.contains(unit);
}

// A bare number with 만/억/조 (인구 14억) is a count without its counter; a bare number without
// them (CES 2025, 어니 4.5, Step 1) is a name, a version or a label.
bool hasLargeUnitWord(QStringView folded, const Quantity &q)
{
    const QStringView number = folded.mid(q.numberStart, q.numberEnd - q.numberStart);
    return std::any_of(number.begin(), number.end(), [](QChar c) { return largeMultiplierExponent(c) > 0; });
}

bool exact(const Quantity &q)
{
    return !q.approximate && q.bound == Bound::Eq;
}

// Counters that mostly label rather than count: 6세대 이동통신 is a generation, 1203호 a room or
// an issue number, 제3 an ordinal.
bool isLabel(const Quantity &q)
{
    if (q.unit == u"호")
        return true;
    return q.unit == u"세대" && exact(q) && q.value <= 10;
}

// 이 점, 이 곳: a lone 이 before a counter is the demonstrative "this", not two.
bool isDemonstrative(QStringView folded, const Quantity &q)
{
    return q.numberEnd - q.numberStart == 1 && folded[q.numberStart] == u'이';
}

// 인질 중 한 명, 세 가지 중 한 가지: "one of" a group counts nothing. (10곳 중 1곳, written in
// digits after a counted whole, is a part and stays.)
bool isOneOf(QStringView folded, const Quantity &q)
{
    const QStringView number = folded.mid(q.numberStart, q.numberEnd - q.numberStart);
    const QStringView before = folded.first(q.start).trimmed();
    return (number == u"한" || number == u"하나") && (before.endsWith(u" 중") || before.endsWith(u" 가운데"));
}

// 기호 2번: a candidate's ballot number is a label.
bool isBallotNumber(QStringView folded, const Quantity &q)
{
    return q.unit == u"번" && folded.first(q.start).trimmed().endsWith(u"기호");
}

// Whether the word after a quantity (past spaces) is one of `words`, alone or with a particle.
bool followedByWordIn(QStringView folded, const Quantity &q, const QStringList &words)
{
    const QStringView after = folded.mid(skipSpaces(folded, q.end));
    return std::any_of(words.begin(), words.end(), [&](const QString &word) {
        return after.startsWith(word) && (after.size() == word.size() || !isHangulSyllable(after[word.size()])
                                          || startsWithParticle(after, word.size()));
    });
}

// 22대 국회, 17대 대선, 3대 회장: 대 before an elected body, an election or an office numbers a
// term, not machines. The word after it decides, whatever the number.
bool isTermNumber(QStringView folded, const Quantity &q)
{
    static const QStringList terms{
        QStringLiteral("국회"), QStringLiteral("대통령"), QStringLiteral("대선"), QStringLiteral("총선"),
        QStringLiteral("지방선거"), QStringLiteral("의회"), QStringLiteral("국회의원"), QStringLiteral("의원"),
        QStringLiteral("회장"), QStringLiteral("총장"), QStringLiteral("의장"), QStringLiteral("총리"),
        QStringLiteral("대표"), QStringLiteral("정부"), QStringLiteral("교황"), QStringLiteral("왕"),
        QStringLiteral("황제"), QStringLiteral("총재"), QStringLiteral("이사장"), QStringLiteral("원장"),
        QStringLiteral("사장"), QStringLiteral("시장"), QStringLiteral("도지사"), QStringLiteral("군수"),
        QStringLiteral("구청장"), QStringLiteral("교육감"), QStringLiteral("후반기"), QStringLiteral("전반기"),
    };
    return q.unit == u"대" && exact(q) && followedByWordIn(folded, q, terms);
}

// 20대 남성, 30대 후반, 60대 이상 가구주: a round 대 from 10 to 90 before a word for people or a
// part of a decade is an age group (ages 20 to 29), not twenty machines (20대 차량 still counts).
bool isAgeDecade(QStringView folded, const Quantity &q)
{
    static const QStringList people{
        QStringLiteral("남성"), QStringLiteral("여성"), QStringLiteral("남자"), QStringLiteral("여자"),
        QStringLiteral("남녀"), QStringLiteral("청년"), QStringLiteral("중년"), QStringLiteral("직장인"),
        QStringLiteral("이용자"), QStringLiteral("사용자"), QStringLiteral("가구주"), QStringLiteral("환자"),
        QStringLiteral("응답자"), QStringLiteral("주부"), QStringLiteral("부부"), QStringLiteral("남편"),
        QStringLiteral("아내"), QStringLiteral("엄마"), QStringLiteral("아빠"), QStringLiteral("운전자"),
        QStringLiteral("대학생"), QStringLiteral("청춘"), QStringLiteral("세대"), QStringLiteral("연령층"),
        QStringLiteral("초반"), QStringLiteral("중반"), QStringLiteral("후반"), QStringLiteral("중후반"),
        QStringLiteral("초중반"), QStringLiteral("이상"), QStringLiteral("이하"), QStringLiteral("미만"),
    };
    const bool round = q.value >= 10 && q.value <= 90 && std::fmod(q.value, 10) == 0;
    return q.unit == u"대" && !q.approximate && round && followedByWordIn(folded, q, people); // 60대 이상 too
}

// 홍길동(64), 김모(33)씨, A(27·여)씨, 김유나 (28), 고토 겐지(後藤健二·47): a whole number in
// parentheses right after a name, alone or after the name's other spelling, is in news the
// person's age.
bool isAgeAfterName(QStringView folded, const Quantity &q)
{
    if (!q.unit.isEmpty() || !q.currency.isEmpty() || !exact(q) || !q.writtenInDigits || q.value < 1 || q.value > 120
        || q.value != std::floor(q.value) || q.start < 2 || q.end >= folded.size())
        return false;
    const QChar before = folded[q.start - 1];
    const QChar after = folded[q.end];
    if (before == u'·') { // (後藤健二·47)
        const qsizetype open = folded.first(q.start).lastIndexOf(u'(');
        return open >= 0 && q.start - open <= 12 && !folded.mid(open, q.start - open).contains(u')') && after == u')';
    }
    if (before != u'(' || (after != u')' && after != u'·' && after != u','))
        return false;
    const qsizetype name = folded[q.start - 2] == u' ' ? q.start - 3 : q.start - 2;
    return name >= 0 && folded[name].isLetter();
}

std::optional<FigureKind> figureKindOf(QStringView folded, const Quantity &q)
{
    if (q.vague || isDemonstrative(folded, q) || isOneOf(folded, q) || isBallotNumber(folded, q)
        || isTermNumber(folded, q))
        return std::nullopt;
    switch (q.kind) {
    case QuantityKind::Money: return FigureKind::Money;
    case QuantityKind::Percent: return FigureKind::Percent;
    case QuantityKind::PercentagePoint: return FigureKind::PercentagePoint;
    case QuantityKind::Ratio:
    case QuantityKind::Fraction: return FigureKind::Ratio;
    case QuantityKind::Ordinal: return std::nullopt;
    case QuantityKind::Count:
        if (isLabel(q))
            return std::nullopt;
        if (q.unit == u"분기" && exact(q) && q.value >= 1 && q.value <= 4) // 1분기 is a quarter, not a count
            return FigureKind::Date;
        return q.unit == u"위" || q.unit == u"등" ? FigureKind::Rank : FigureKind::Count;
    case QuantityKind::Physical:
        if (!isTimeUnit(q.unit))
            return FigureKind::Quantity;
        if (q.unit == u"min" && q.start >= 2 && folded.mid(0, q.start).trimmed().endsWith(u'시'))
            return std::nullopt; // 오후 3시 30분 is a time of day
        // 지난 10일 is a day of the month; 10일간, 10일 만에 are durations.
        if (q.unit == u"day" && exact(q) && q.value >= 1 && q.value <= 31 && q.value == std::floor(q.value)
            && detail::readsAsDayOfMonth(folded, q.start, q.end))
            return FigureKind::Date;
        return FigureKind::Duration;
    case QuantityKind::Numeral:
        if (isAgeAfterName(folded, q))
            return FigureKind::Count;
        return hasLargeUnitWord(folded, q) ? std::optional(FigureKind::Count) : std::nullopt;
    }
    return std::nullopt;
}

Figure toFigure(QStringView folded, QStringView text, const Quantity &q, FigureKind kind)
{
    Figure figure;
    figure.start = q.start;
    figure.end = q.end;
    figure.text = text.mid(q.start, q.end - q.start).toString();
    figure.kind = kind;
    figure.value = q.value;
    figure.valueMax = q.valueMax;
    figure.currency = q.currency;
    figure.unit = q.unit;
    figure.approximate = q.approximate;
    figure.bound = q.bound;
    if (kind == FigureKind::Count && figure.unit.isEmpty() && isAgeAfterName(folded, q))
        figure.unit = QStringLiteral("세");
    if (kind == FigureKind::Count && isAgeDecade(folded, q)) {
        figure.unit = QStringLiteral("세");
        if (figure.bound == Bound::Eq) { // 20대: from 20 to 29; 60대 이상 keeps its bound
            figure.bound = Bound::Range;
            figure.valueMax = q.value + 9;
        }
    }
    if (kind == FigureKind::Date) { // a quarter (Q1), or a lone day of the month (---10)
        figure.unit = QStringLiteral("date");
        figure.isoDate = q.unit == u"분기" ? QStringLiteral("Q%1").arg(int(q.value))
                                           : QStringLiteral("---%1").arg(int(q.value), 2, 10, QLatin1Char('0'));
    }
    return figure;
}

// A quantity may begin where a word begins, or on a digit glued to Hangul (주2회, 중국이22.6%로);
// the grammar judges the rest.
bool mayStartAt(QStringView folded, qsizetype pos)
{
    const QChar c = folded[pos];
    if (c.isSpace())
        return false;
    return pos == 0 || isAsciiDigit(c) || !folded[pos - 1].isLetterOrNumber();
}

} // namespace

QList<Figure> extractFigures(const QString &readingText)
{
    const QString folded = foldForParsing(readingText);
    QList<Figure> figures = detail::findDates(folded);
    for (Figure &date : figures)
        date.text = readingText.mid(date.start, date.end - date.start);
    const QList<Figure> dates = figures;
    qsizetype nextDate = 0;
    for (qsizetype pos = 0; pos < folded.size();) {
        while (nextDate < dates.size() && dates[nextDate].end <= pos)
            ++nextDate;
        if (nextDate < dates.size() && dates[nextDate].start <= pos) {
            pos = dates[nextDate].end;
            continue;
        }
        const auto quantity = mayStartAt(folded, pos) ? matchQuantityInFolded(folded, pos) : std::nullopt;
        // A quantity that would swallow a date's start (2~2023년) yields to the date.
        if (!quantity || (nextDate < dates.size() && quantity->end > dates[nextDate].start)) {
            ++pos;
            continue;
        }
        if (const auto kind = figureKindOf(folded, *quantity))
            figures.append(toFigure(folded, readingText, *quantity, *kind));
        pos = quantity->end;
    }
    std::sort(figures.begin(), figures.end(), [](const Figure &a, const Figure &b) { return a.start < b.start; });
    detail::linkConversions(readingText, figures); // first: a conversion takes its context from the original
    detail::attachContext(readingText, figures);
    return figures;
}

QuotedPassage quotedPassage(const Figure &figure, QStringView text)
{
    qsizetype start = std::clamp<qsizetype>(figure.sentenceStart, 0, text.size());
    qsizetype end = std::clamp<qsizetype>(figure.sentenceEnd, start, text.size());
    const bool clipped = end - start > kMaxQuotedPassage;
    if (clipped) {
        start = std::max(start, std::min(figure.start, text.size()) - kMaxQuotedPassage / 2);
        end = std::min(end, std::max(start + kMaxQuotedPassage, std::min(figure.end, text.size())));
    }
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    return {start, end, clipped};
}

QString figureKindName(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Money: return QStringLiteral("money");
    case FigureKind::Percent: return QStringLiteral("percent");
    case FigureKind::PercentagePoint: return QStringLiteral("percentage_point");
    case FigureKind::Count: return QStringLiteral("count");
    case FigureKind::Ratio: return QStringLiteral("ratio");
    case FigureKind::Quantity: return QStringLiteral("quantity");
    case FigureKind::Duration: return QStringLiteral("duration");
    case FigureKind::Date: return QStringLiteral("date");
    case FigureKind::Rank: return QStringLiteral("rank");
    }
    return {};
}

std::optional<FigureKind> figureKindFromName(const QString &name)
{
    for (const FigureKind kind : {FigureKind::Money, FigureKind::Percent, FigureKind::PercentagePoint, FigureKind::Count,
                                  FigureKind::Ratio, FigureKind::Quantity, FigureKind::Duration, FigureKind::Date,
                                  FigureKind::Rank}) {
        if (figureKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString measureKey(const QString &measure)
{
    return measure.trimmed().section(u' ', -1);
}

} // namespace dokhae::figures
