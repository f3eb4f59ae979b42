#include "WilsonInterval.h"

#include <algorithm>
#include <cmath>

WilsonInterval WilsonInterval::of(qint64 k, qint64 n, double z)
{
    Q_ASSERT(n > 0 && k >= 0 && k <= n);
    const double nn = static_cast<double>(n);
    const double p = static_cast<double>(k) / nn;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / nn;
    const double centre = (p + z2 / (2.0 * nn)) / denominator;
    const double halfWidth = z * std::sqrt(p * (1.0 - p) / nn + z2 / (4.0 * nn * nn)) / denominator;
    // Rounding can push an end a hair past the boundary at k = 0 or k = n.
    return { std::max(0.0, centre - halfWidth), std::min(1.0, centre + halfWidth) };
}
