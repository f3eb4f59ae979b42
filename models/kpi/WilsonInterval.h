#pragma once

#include <QtGlobal>

/**
 * The 95% Wilson score interval of a proportion k/n. Unlike the textbook "p ± 1.96·√(p(1−p)/n)"
 * it stays inside [0, 1] and is honest for small n and for p near 0 or 1 (1 of 1 is [0.21, 1],
 * not [1, 1]), which is exactly where a lead would otherwise over-read a difference between agents.
 */
struct WilsonInterval
{
    double low = 0;
    double high = 0;

    static constexpr double Z95 = 1.959963984540054; // the 97.5th percentile of the normal distribution

    /** Requires n > 0 and 0 <= k <= n. */
    static WilsonInterval of(qint64 k, qint64 n, double z = Z95);
};
