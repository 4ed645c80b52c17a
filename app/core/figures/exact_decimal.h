#pragma once

#include <QtGlobal>

#include <optional>

namespace dokhae::figures {

// A non-negative decimal kept as mantissa / 10^scale, so that 77억 6,000만 and 97조 5,000억 are
// built from their sections without the rounding a double would add at each step.
class ExactDecimal
{
public:
    ExactDecimal() = default;
    static ExactDecimal fromInteger(quint64 value) { return ExactDecimal(value, 0); }

    // The decimal with one more digit appended (on the right of the integer part, or of the
    // fraction when afterPoint is true); nullopt on overflow.
    std::optional<ExactDecimal> appendDigit(int digit, bool afterPoint) const;
    std::optional<ExactDecimal> timesPowerOfTen(int exponent) const;
    std::optional<ExactDecimal> plus(const ExactDecimal &other) const;

    bool isZero() const { return m_mantissa == 0; }
    bool lessThanPowerOfTen(int exponent) const;
    double toDouble() const;

private:
    ExactDecimal(quint64 mantissa, int scale) : m_mantissa(mantissa), m_scale(scale) {}

    quint64 m_mantissa = 0;
    int m_scale = 0; // digits after the decimal point
};

} // namespace dokhae::figures
