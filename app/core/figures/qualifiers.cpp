#include "figures/qualifiers.h"

#include "figures/numeral_lexicon.h"

#include <array>

namespace dokhae::figures {

namespace {

struct QualifierWord
{
    const char16_t *word;
    bool approximate;
    std::optional<Bound> bound;
    int sign;
};

constexpr std::array prefixWords{
    QualifierWord{u"약", true, {}, 0},        QualifierWord{u"대략", true, {}, 0},
    QualifierWord{u"어림잡아", true, {}, 0},  QualifierWord{u"줄잡아", true, {}, 0},
    QualifierWord{u"최대", false, Bound::Le, 0}, QualifierWord{u"최고", false, Bound::Le, 0},
    QualifierWord{u"많게는", false, Bound::Le, 0}, QualifierWord{u"최소", false, Bound::Ge, 0},
    QualifierWord{u"적어도", false, Bound::Ge, 0}, QualifierWord{u"무려", false, {}, 0},
    QualifierWord{u"불과", false, {}, 0},     QualifierWord{u"딱", false, {}, 0},
    QualifierWord{u"정확히", false, {}, 0},   QualifierWord{u"마이너스", false, {}, -1},
    QualifierWord{u"마이나스", false, {}, -1}, QualifierWord{u"영하", false, {}, -1},
    QualifierWord{u"영상", false, {}, +1},    QualifierWord{u"플러스", false, {}, +1},
};

constexpr std::array suffixWords{
    QualifierWord{u"이상", false, Bound::Ge, 0}, QualifierWord{u"초과", false, Bound::Gt, 0},
    QualifierWord{u"이하", false, Bound::Le, 0}, QualifierWord{u"미만", false, Bound::Lt, 0},
    QualifierWord{u"이내", false, Bound::Le, 0}, QualifierWord{u"가량", true, {}, 0},
    QualifierWord{u"정도", true, {}, 0},       QualifierWord{u"쯤", true, {}, 0},
    QualifierWord{u"안팎", true, {}, 0},       QualifierWord{u"내외", true, {}, 0},
    QualifierWord{u"남짓", true, {}, 0},       QualifierWord{u"전후", true, {}, 0},
};

// Verbs of comparison, in whatever conjugation follows the stem (넘는, 넘었다, 웃도는다고).
constexpr std::array comparisonStems{
    QualifierWord{u"넘", false, Bound::Gt, 0},
    QualifierWord{u"웃돌", false, Bound::Gt, 0}, QualifierWord{u"웃도", false, Bound::Gt, 0},
    QualifierWord{u"밑돌", false, Bound::Lt, 0}, QualifierWord{u"밑도", false, Bound::Lt, 0},
};

// What may be glued to a figure: particles (22.6%로, 5명이), the copula (달러였다, 달러여서, 2위다),
// suffixes of extent (100만원대, 1년간, 1년치, 1인당, 3만 명선), of class (85kg급), of a banknote
// (5만원권), and 때 (17살때). Matched as prefixes.
constexpr std::array particles{
    u"이", u"가", u"은", u"는", u"을", u"를", u"의", u"에", u"로", u"으로", u"와", u"과", u"도",
    u"만", u"나", u"부터", u"까지", u"보다", u"씩", u"마다", u"뿐", u"께", u"처럼", u"조차", u"마저",
    u"밖", u"대비", u"짜리", u"어치", u"였", u"여서", u"여도", u"예요", u"라", u"며", u"인", u"일",
    u"대", u"간", u"째", u"선", u"치", u"당", u"급", u"권", u"때", u"다",
};

bool isWordEnd(QStringView text, qsizetype pos)
{
    return pos >= text.size() || !isHangulSyllable(text[pos]);
}

qsizetype wordEnd(QStringView text, qsizetype pos)
{
    while (!isWordEnd(text, pos))
        ++pos;
    return pos;
}

// ≤15, >= 50, <3: the mathematical signs of a bound, before the amount.
std::optional<Qualifier> matchBoundSign(QStringView text, qsizetype pos)
{
    if (!QStringView(u"<>≤≦≥≧").contains(text[pos])) // cheap refusal first: this runs at every word start
        return std::nullopt;
    const std::pair<const char16_t *, Bound> signs[] = {
        {u"<=", Bound::Le}, {u">=", Bound::Ge}, {u"≤", Bound::Le}, {u"≦", Bound::Le}, {u"≥", Bound::Ge},
        {u"≧", Bound::Ge},  {u"<", Bound::Lt},  {u">", Bound::Gt},
    };
    for (const auto &[sign, bound] : signs) {
        const QStringView view(sign);
        if (text.mid(pos).startsWith(view))
            return Qualifier{false, bound, 0, {}, false, skipSpaces(text, pos + view.size())};
    }
    return std::nullopt;
}

// 50보다 크거나 같은, 3%보다 높은, 10명보다 적은: a comparison written out with 보다.
std::optional<Qualifier> matchComparison(QStringView text, qsizetype pos)
{
    if (pos + 1 >= text.size() || text[pos] != u'보' || text[pos + 1] != u'다')
        return std::nullopt;
    const qsizetype adjective = skipSpaces(text, pos + 2);
    const std::pair<const char16_t *, Bound> stems[] = {
        {u"크거나 같", Bound::Ge}, {u"많거나 같", Bound::Ge}, {u"높거나 같", Bound::Ge},
        {u"작거나 같", Bound::Le}, {u"적거나 같", Bound::Le}, {u"낮거나 같", Bound::Le},
        {u"크", Bound::Gt},        {u"큰", Bound::Gt},        {u"많", Bound::Gt}, {u"높", Bound::Gt},
        {u"작", Bound::Lt},        {u"적", Bound::Lt},        {u"낮", Bound::Lt},
    };
    for (const auto &[stem, bound] : stems) {
        const qsizetype length = matchWord(text, adjective, QStringView(stem));
        if (length > 0)
            return Qualifier{false, bound, 0, {}, false, wordEnd(text, adjective + length)};
    }
    return std::nullopt;
}

} // namespace

std::optional<Qualifier> matchPrefixQualifier(QStringView text, qsizetype pos)
{
    if (pos >= text.size())
        return std::nullopt;
    const QChar c = text[pos];
    if (c == u'-' || c == u'+')
        return Qualifier{false, {}, c == u'-' ? -1 : +1, {}, false, skipSpaces(text, pos + 1)};
    if (auto sign = matchBoundSign(text, pos))
        return sign;
    for (const auto &word : prefixWords) {
        if (word.word[0] != c.unicode()) // cheap refusal first: this runs at every word start
            continue;
        const qsizetype length = matchWord(text, pos, QStringView(word.word));
        if (length > 0)
            return Qualifier{word.approximate, word.bound, word.sign, {}, false, skipSpaces(text, pos + length)};
    }
    if (text.mid(pos).startsWith(u"섭씨") || text.mid(pos).startsWith(u"화씨")) {
        const QString unit = c == u'섭' ? QStringLiteral("°C") : QStringLiteral("°F");
        return Qualifier{false, {}, 0, unit, false, skipSpaces(text, pos + 2)};
    }
    // 제3, 제 3: the ordinal prefix, only before a number.
    if (c == u'제' && pos + 1 < text.size() && (isAsciiDigit(text[pos + 1]) || text[pos + 1] == u' '))
        return Qualifier{false, {}, 0, {}, true, skipSpaces(text, pos + 1)};
    return std::nullopt;
}

std::optional<Qualifier> matchSuffixQualifier(QStringView text, qsizetype pos)
{
    const qsizetype start = skipSpaces(text, pos);
    if (auto comparison = matchComparison(text, start))
        return comparison;
    // 3만 명이 넘는다, 30%를 웃돌았다: the verb, with or without its particle, to its word's end.
    qsizetype verb = start;
    if (verb < text.size() && QStringView(u"이가을를").contains(text[verb]))
        verb = skipSpaces(text, verb + 1);
    // Cheap refusals by the first character first: this runs after every amount and unit.
    const char16_t verbStart = verb < text.size() ? text[verb].unicode() : 0;
    for (const auto &stem : comparisonStems) {
        if (stem.word[0] != verbStart || !text.mid(verb).startsWith(QStringView(stem.word)))
            continue;
        return Qualifier{false, stem.bound, 0, {}, false, wordEnd(text, verb)};
    }
    const char16_t wordStart = start < text.size() ? text[start].unicode() : 0;
    for (const auto &word : suffixWords) {
        if (word.word[0] != wordStart)
            continue;
        const QStringView view(word.word);
        if (!text.mid(start).startsWith(view))
            continue;
        const qsizetype end = start + view.size();
        // A one-syllable word must end there or take a particle: 쯤에, not the 쯤 of a longer word.
        if (!isWordEnd(text, end) && view.size() == 1 && !startsWithParticle(text, end))
            continue;
        return Qualifier{word.approximate, word.bound, 0, {}, false, end};
    }
    return std::nullopt;
}

bool startsWithParticle(QStringView text, qsizetype pos)
{
    if (pos >= text.size())
        return false;
    for (const char16_t *particle : particles) {
        if (particle[0] == text[pos].unicode() && text.mid(pos).startsWith(QStringView(particle)))
            return true;
    }
    return false;
}

} // namespace dokhae::figures
