#include "figures/exact_decimal.h"

#include <QtNumeric>

#include <cmath>

namespace dokhae::figures {

namespace {

std::optional<quint64> scaleUp(quint64 value, int exponent)
{
    for (int i = 0; i < exponent; ++i) {
        if (qMulOverflow(value, quint64(10), &value))
            return std::nullopt;
    }
    return value;
}

} // namespace

std::optional<ExactDecimal> ExactDecimal::appendDigit(int digit, bool afterPoint) const
{
    const auto shifted = scaleUp(m_mantissa, 1);
    quint64 mantissa = 0;
    if (!shifted || qAddOverflow(*shifted, quint64(digit), &mantissa))
        return std::nullopt;
    return ExactDecimal(mantissa, m_scale + (afterPoint ? 1 : 0));
}

std::optional<ExactDecimal> ExactDecimal::timesPowerOfTen(int exponent) const
{
    if (exponent <= m_scale)
        return ExactDecimal(m_mantissa, m_scale - exponent);
    const auto mantissa = scaleUp(m_mantissa, exponent - m_scale);
    if (!mantissa)
        return std::nullopt;
    return ExactDecimal(*mantissa, 0);
}

std::optional<ExactDecimal> ExactDecimal::plus(const ExactDecimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const auto left = scaleUp(m_mantissa, scale - m_scale);
    const auto right = scaleUp(other.m_mantissa, scale - other.m_scale);
    quint64 sum = 0;
    if (!left || !right || qAddOverflow(*left, *right, &sum))
        return std::nullopt;
    return ExactDecimal(sum, scale);
}

bool ExactDecimal::lessThanPowerOfTen(int exponent) const
{
    const auto limit = scaleUp(1, exponent + m_scale);
    return !limit || m_mantissa < *limit;
}

double ExactDecimal::toDouble() const
{
    // One correctly rounded division: the nearest double to the decimal for scales up to 22.
    return double(m_mantissa) / std::pow(10.0, m_scale);
}

} // namespace dokhae::figures
