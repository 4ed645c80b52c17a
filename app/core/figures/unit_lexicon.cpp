#include "figures/unit_lexicon.h"

#include "figures/numeral_lexicon.h"

#include <QHash>
#include <QList>

#include <algorithm>

namespace dokhae::figures {

using namespace Qt::StringLiterals;

namespace {

struct UnitEntry
{
    QString surface;
    QString unit;
    QuantityKind kind;
};

// `surfaces` are separated by '|'; a space inside one matches zero or one space in the text,
// so "퍼센트 포인트" also reads 퍼센트포인트.
void add(QList<UnitEntry> &entries, QuantityKind kind, const QString &unit, QStringView surfaces)
{
    for (const auto surface : surfaces.split(u'|'))
        entries.append({surface.toString(), unit, kind});
}

// Area and volume of every length unit written in words: 제곱미터, 평방 미터, 세제곱센티미터,
// 입방 피트 (the space inside a surface matches zero or one space in the text).
void addPowersOfLength(QList<UnitEntry> &entries)
{
    const std::pair<const char16_t *, const char16_t *> lengths[] = {
        {u"km", u"킬로미터"}, {u"m", u"미터"}, {u"cm", u"센티미터"}, {u"mm", u"밀리미터"},
        {u"ft", u"피트"},     {u"in", u"인치"}, {u"mile", u"마일"},
    };
    for (const auto &[symbol, word] : lengths) {
        const QString name = QString::fromUtf16(word);
        const QString unit = QString::fromUtf16(symbol);
        add(entries, QuantityKind::Physical, unit + u'²', u"제곱 "_s + name + u"|평방 "_s + name);
        add(entries, QuantityKind::Physical, unit + u'³', u"세제곱 "_s + name + u"|입방 "_s + name);
    }
}

QList<UnitEntry> buildEntries()
{
    QList<UnitEntry> e;
    using K = QuantityKind;
    add(e, K::Percent, u"%"_s, u"%|퍼센트|프로|percent");
    add(e, K::PercentagePoint, u"%p"_s, u"%p|%P|%pt|% 포인트|퍼센트 포인트");
    add(e, K::Ratio, u"×"_s, u"배");
    // Counters keep their own word as unit: 명 and 곳 are not interchangeable.
    const QStringView counters(u"개|곳|명|건|편|대|장|가지|마리|권|채|척|기|종|회|차례|번|위|등|점|세|"
                               u"개국|개사|개소|개교|주|표|석|호|점포|토큰|파라미터|매개변수|단계|부문|팀|"
                               u"가구|병상|쪽|세대|분기|량|병|상자|박스|잔|캔|팩|봉지|포대|켤레|벌|그루|송이|"
                               u"자루|세트|인분|가마|필지|발|골|승|패|타석|층|인|사람");
    for (const auto counter : counters.split(u'|'))
        add(e, K::Count, counter.toString(), counter);
    add(e, K::Count, u"세"_s, u"살"); // ages: 42살 and 42세 are one unit
    add(e, K::Physical, u"km"_s, u"km|㎞|킬로미터|키로미터|킬로|키로");
    add(e, K::Physical, u"m"_s, u"m|미터|메터");
    add(e, K::Physical, u"cm"_s, u"cm|㎝|센티미터|센치미터|센티|센치");
    add(e, K::Physical, u"mm"_s, u"mm|㎜|밀리미터");
    add(e, K::Physical, u"μm"_s, u"μm|µm|㎛|마이크로미터");
    add(e, K::Physical, u"nm"_s, u"nm|㎚|나노미터|나노");
    add(e, K::Physical, u"mile"_s, u"mile|miles|마일|마일즈");
    add(e, K::Physical, u"ft"_s, u"ft|피트");
    add(e, K::Physical, u"in"_s, u"inch|inches|인치");
    add(e, K::Physical, u"yd"_s, u"yd|야드");
    add(e, K::Physical, u"acre"_s, u"acre|acres|에이커");
    add(e, K::Physical, u"ha"_s, u"ha|헥타르|헥타아르");
    add(e, K::Physical, u"bbl"_s, u"bbl|배럴");
    add(e, K::Physical, u"oz"_s, u"oz|온스");
    add(e, K::Physical, u"m²"_s, u"m²|m2|㎡");
    add(e, K::Physical, u"km²"_s, u"km²|km2|㎢");
    addPowersOfLength(e);
    add(e, K::Physical, u"py"_s, u"평");
    add(e, K::Physical, u"kg"_s, u"kg|㎏|킬로그램");
    add(e, K::Physical, u"g"_s, u"g|그램|그람");
    add(e, K::Physical, u"mg"_s, u"mg|㎎|밀리그램");
    add(e, K::Physical, u"t"_s, u"t|톤");
    add(e, K::Physical, u"L"_s, u"L|l|ℓ|리터");
    add(e, K::Physical, u"ml"_s, u"ml|mL|㎖|밀리리터|미리리터");
    add(e, K::Physical, u"cc"_s, u"cc|씨씨");
    add(e, K::Physical, u"hL"_s, u"hL|헥토리터");
    add(e, K::Physical, u"gal"_s, u"gal|gallon|gallons|갤런|갤론");
    add(e, K::Physical, u"°C"_s, u"°C|℃");
    add(e, K::Physical, u"°F"_s, u"°F|℉");
    add(e, K::Physical, u"°"_s, u"°|도");
    add(e, K::Physical, u"MB"_s, u"MB|메가바이트");
    add(e, K::Physical, u"GB"_s, u"GB|기가바이트|기가");
    add(e, K::Physical, u"TB"_s, u"TB|테라바이트");
    add(e, K::Physical, u"PB"_s, u"PB|페타바이트");
    add(e, K::Physical, u"Hz"_s, u"Hz|헤르츠");
    add(e, K::Physical, u"kHz"_s, u"kHz|킬로헤르츠");
    add(e, K::Physical, u"MHz"_s, u"MHz|메가헤르츠");
    add(e, K::Physical, u"GHz"_s, u"GHz|기가헤르츠");
    add(e, K::Physical, u"W"_s, u"W|와트");
    add(e, K::Physical, u"kW"_s, u"kW|킬로와트");
    add(e, K::Physical, u"MW"_s, u"MW|메가와트");
    add(e, K::Physical, u"GW"_s, u"GW|기가와트");
    add(e, K::Physical, u"kWh"_s, u"kWh|킬로와트시");
    add(e, K::Physical, u"MWh"_s, u"MWh|메가와트시");
    add(e, K::Physical, u"GWh"_s, u"GWh|기가와트시");
    add(e, K::Physical, u"TWh"_s, u"TWh|테라와트시");
    add(e, K::Physical, u"V"_s, u"V|볼트");
    add(e, K::Physical, u"A"_s, u"A|암페어");
    add(e, K::Physical, u"mA"_s, u"mA|밀리암페어");
    add(e, K::Physical, u"N"_s, u"N|뉴턴");
    add(e, K::Physical, u"rpm"_s, u"rpm|알피엠|분당회전수");
    add(e, K::Physical, u"TFLOPS"_s, u"TFLOPS|테라플롭스");
    add(e, K::Physical, u"PFLOPS"_s, u"PFLOPS|페타플롭스");
    add(e, K::Physical, u"EFLOPS"_s, u"EFLOPS|엑사플롭스");
    add(e, K::Physical, u"GPU-h"_s, u"GPU 시간|GPU hours");
    add(e, K::Physical, u"h"_s, u"h|시간");
    add(e, K::Physical, u"min"_s, u"분");
    add(e, K::Physical, u"s"_s, u"s|초");
    add(e, K::Physical, u"year"_s, u"년");
    add(e, K::Physical, u"week"_s, u"주일");
    add(e, K::Physical, u"month"_s, u"개월|달");
    add(e, K::Physical, u"day"_s, u"일");
    std::stable_sort(e.begin(), e.end(), [](const UnitEntry &a, const UnitEntry &b) {
        return a.surface.size() > b.surface.size();
    });
    return e;
}

// Entries grouped by their first character (longest first within a group), so that a lookup
// tries only the surfaces that can match at that position.
const QHash<QChar, QList<UnitEntry>> &entriesByFirstChar()
{
    static const QHash<QChar, QList<UnitEntry>> index = [] {
        QHash<QChar, QList<UnitEntry>> byChar;
        for (const UnitEntry &entry : buildEntries())
            byChar[entry.surface.front()].append(entry);
        return byChar;
    }();
    return index;
}

// `spaced`: a space separates the unit from the number. A one-letter symbol (m, t, A, V) and the
// spoken 프로 must then not be taken from prose like "시리즈 3 A" or "아이폰 16 프로".
std::optional<UnitMatch> matchSimpleUnit(QStringView text, qsizetype pos, bool afterDigits, bool spaced)
{
    if (pos >= text.size())
        return std::nullopt;
    const auto candidates = entriesByFirstChar().constFind(text[pos]);
    if (candidates == entriesByFirstChar().cend())
        return std::nullopt;
    for (const UnitEntry &entry : *candidates) {
        // After a Hangul numeral these are word endings more often than counters: 일조량, 구인,
        // 이번 일 (3일, 10량, 300인 are written in digits).
        if (!afterDigits && (entry.unit == u"day" || entry.unit == u"량" || entry.unit == u"인"))
            continue;
        const bool oneLetter = entry.surface.size() == 1 && isAsciiLetter(entry.surface[0]);
        if (spaced && afterDigits && (oneLetter || entry.surface == u"프로"))
            continue;
        const qsizetype length = matchWord(text, pos, entry.surface);
        if (length <= 0)
            continue;
        const qsizetype end = pos + length;
        const bool latinTail = isAsciiLetter(entry.surface.back());
        if (latinTail && end < text.size() && (isAsciiLetter(text[end]) || isAsciiDigit(text[end])))
            continue;
        return UnitMatch{entry.unit, entry.kind, end};
    }
    return std::nullopt;
}

} // namespace

std::optional<SpeedPrefix> matchSpeedPrefix(QStringView text, qsizetype pos)
{
    if (pos + 1 >= text.size() || text[pos + 1] != u'속')
        return std::nullopt;
    switch (text[pos].unicode()) {
    case u'시': return SpeedPrefix{QStringLiteral("h"), skipSpaces(text, pos + 2)};
    case u'초': return SpeedPrefix{QStringLiteral("s"), skipSpaces(text, pos + 2)};
    case u'분': return SpeedPrefix{QStringLiteral("min"), skipSpaces(text, pos + 2)};
    default: return std::nullopt;
    }
}

std::optional<UnitMatch> matchUnit(QStringView text, qsizetype pos, bool afterDigits)
{
    const qsizetype start = skipSpaces(text, pos);
    auto unit = matchSimpleUnit(text, start, afterDigits, start > pos);
    if (!unit || unit->kind != QuantityKind::Physical)
        return unit;
    // km/h, 킬로미터 퍼 시간: a rate is one unit over another.
    qsizetype q = unit->end;
    if (q < text.size() && text[q] == u'/') {
        ++q;
    } else {
        const qsizetype per = skipSpaces(text, q);
        if (per >= text.size() || text[per] != u'퍼')
            return unit;
        q = per + 1;
    }
    const auto denominator = matchSimpleUnit(text, skipSpaces(text, q), true, false);
    if (denominator && denominator->kind == QuantityKind::Physical)
        return UnitMatch{unit->unit + u'/' + denominator->unit, QuantityKind::Physical, denominator->end};
    return unit;
}

} // namespace dokhae::figures
