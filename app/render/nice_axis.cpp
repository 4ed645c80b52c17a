#include "nice_axis.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace dokhae::render {

namespace {

// The smallest of 1, 2, 2.5, 5, 10 × 10ⁿ that is at least `raw`.
double niceStep(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    constexpr std::array<double, 5> multiples{1, 2, 2.5, 5, 10};
    for (const double multiple : multiples) {
        if (raw <= multiple * magnitude * (1 + 1e-9))
            return multiple * magnitude;
    }
    return 10 * magnitude;
}

int decimalsOf(double step)
{
    int decimals = 0;
    double scaled = step;
    while (decimals < 10 && std::abs(scaled - std::round(scaled)) > 1e-9 * std::max(1.0, scaled)) {
        scaled *= 10;
        ++decimals;
    }
    return decimals;
}

} // namespace

NiceAxis niceAxis(double low, double high, int targetTicks)
{
    if (!(high > low))  // empty, reversed or NaN: still a drawable axis
        high = low + 1;
    const int intervals = std::max(1, targetTicks - 1);
    const double step = niceStep((high - low) / intervals);
    NiceAxis axis;
    axis.min = std::floor(low / step + 1e-9) * step;
    axis.max = std::ceil(high / step - 1e-9) * step;
    axis.tickCount = int(std::lround((axis.max - axis.min) / step)) + 1;
    axis.decimals = decimalsOf(step);
    return axis;
}

} // namespace dokhae::render
