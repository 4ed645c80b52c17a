#pragma once

#include "figures/quantity.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace dokhae::figures {

// Words around a number that change what it claims: 약 (approximate), 최대 (at most),
// 이상 (at least), 영하 (below zero), 섭씨 (the scale of a following 도), 제 (ordinal).
// The 여 of 10여 명 sits between number and unit and is read by the grammar itself.
struct Qualifier
{
    bool approximate = false;
    std::optional<Bound> bound;
    int sign = 0;            // -1 for 마이너스/영하, +1 for 영상 and '+'
    QString temperatureUnit; // °C after 섭씨, °F after 화씨
    bool ordinal = false;    // 제3
    qsizetype end = 0;       // after the word and any following space
};

// A qualifier written before the amount, e.g. "약 ", "최대 ", "마이너스", "영하 ", "-", "≤", ">=".
std::optional<Qualifier> matchPrefixQualifier(QStringView text, qsizetype pos);

// A qualifier written after the amount and its unit (one space allowed before it):
// 이상, 초과, 이하, 미만, 이내, 가량, 정도, 쯤, 안팎, 남짓, and the verbs 넘다, 웃돌다 and
// 밑돌다 in any conjugation (넘는, 넘었다), with their particle (3만 명이 넘는다), and comparisons
// with 보다 (50보다 크거나 같은 is at least 50, 3%보다 낮은 below 3%).
std::optional<Qualifier> matchSuffixQualifier(QStringView text, qsizetype pos);

// Particles and endings that may be glued to a figure in prose: 22.6%로, 5명이, 3조원대, 1년간.
bool startsWithParticle(QStringView text, qsizetype pos);

} // namespace dokhae::figures
