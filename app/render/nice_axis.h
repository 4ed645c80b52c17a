#pragma once

namespace dokhae::render {

// A value axis a reader can count along: ends and ticks on round steps (1, 2, 2.5, 5 × 10ⁿ),
// so the axis reads 0, 20, 40, 60, 80 rather than 0, 16.8, 33.6. Qt's applyNiceNumbers does
// similar, but picks its own tick count and cannot guarantee that the top bar label fits.
struct NiceAxis {
    double min = 0;
    double max = 1;
    int tickCount = 2;  // ticks including both ends
    int decimals = 0;   // enough to write every tick exactly (2.5 → 1)
};

// An axis covering [low, high] in about `targetTicks` ticks.
NiceAxis niceAxis(double low, double high, int targetTicks = 5);

} // namespace dokhae::render
