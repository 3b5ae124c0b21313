// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>

/// How ClaimChecker compares numbers (claimchecker.cpp evaluates, claimtext.cpp words the
/// results): one rule for both.
namespace ClaimNumbers {
constexpr double Infinity = std::numeric_limits<double>::infinity();

/// Rounding noise of doubles; an infinite bound has none.
inline double eps(double a, double b)
{
    const double fa = std::isfinite(a) ? std::abs(a) : 0.0;
    const double fb = std::isfinite(b) ? std::abs(b) : 0.0;
    return 1e-9 * std::max({1.0, fa, fb});
}
/// a < b, clearly.
inline bool below(double a, double b)
{
    return a < b - eps(a, b);
}
/// a ≤ b, within rounding noise.
inline bool notAbove(double a, double b)
{
    return a <= b + eps(a, b);
}
} // namespace ClaimNumbers
