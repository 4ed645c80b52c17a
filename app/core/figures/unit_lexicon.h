#pragma once

#include "figures/quantity.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace dokhae::figures {

struct UnitMatch
{
    QString unit; // canonical: %, %p, ×, km, m², °, GPU-h, or the counter itself (명, 곳)
    QuantityKind kind = QuantityKind::Physical;
    qsizetype end = 0;
};

// The unit, counter or percent sign written at `pos` (right after a number, one space allowed):
// the longest surface wins (개월 before 개). A Latin symbol must not run into further letters
// (the m of "3 more" is no metre). Compound units are read through "/" or 퍼 (km/h, 킬로미터 퍼
// 시간). `afterDigits` admits 일 as days (3일), which after a Hangul numeral would be a digit.
// Currencies are in currency_lexicon.h; the caller takes the longer of the two (달러 over 달).
std::optional<UnitMatch> matchUnit(QStringView text, qsizetype pos, bool afterDigits);

// 시속 90킬로미터, 초속 20m: a speed written as a length with the time it is per before the number.
struct SpeedPrefix
{
    QString per; // h, s, min
    qsizetype end = 0; // after the word and any following space
};
std::optional<SpeedPrefix> matchSpeedPrefix(QStringView text, qsizetype pos);

} // namespace dokhae::figures
