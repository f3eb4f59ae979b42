#include "Percentile.h"

#include <algorithm>
#include <cmath>

namespace {

struct Rank
{
    std::size_t lower;
    double fraction;
};

Rank rankOf(std::size_t n, double p)
{
    const double h = static_cast<double>(n - 1) * std::clamp(p, 0.0, 1.0);
    const double lower = std::floor(h);
    return { static_cast<std::size_t>(lower), h - lower };
}

double interpolate(double a, double b, double fraction)
{
    return fraction == 0.0 ? a : a + (b - a) * fraction;
}

} // namespace

std::optional<double> Percentile::inclusive(std::vector<qint32> &values, double p)
{
    if (values.empty())
        return std::nullopt;
    const Rank rank = rankOf(values.size(), p);
    const auto lowerIt = values.begin() + static_cast<std::ptrdiff_t>(rank.lower);
    std::nth_element(values.begin(), lowerIt, values.end());
    const double a = *lowerIt;
    if (rank.fraction == 0.0 || rank.lower + 1 >= values.size())
        return a;
    // After nth_element everything right of lowerIt is >= it: the next rank is their minimum.
    const double b = *std::min_element(lowerIt + 1, values.end());
    return interpolate(a, b, rank.fraction);
}

std::optional<double> Percentile::inclusiveSorted(const std::vector<qint32> &sorted, double p)
{
    if (sorted.empty())
        return std::nullopt;
    const Rank rank = rankOf(sorted.size(), p);
    const double a = sorted[rank.lower];
    if (rank.fraction == 0.0 || rank.lower + 1 >= sorted.size())
        return a;
    return interpolate(a, sorted[rank.lower + 1], rank.fraction);
}
