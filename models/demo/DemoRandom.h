#pragma once

#include <QtGlobal>

#include <array>
#include <span>

/**
 * The demo generator's only source of randomness: xoshiro256** seeded through SplitMix64, with the
 * distributions implemented here, so a seed gives the same data with every compiler and standard
 * library. Not thread-safe; give each thread or each sub-stream its own instance.
 */
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed = 0);

    /** A generator for an independent sub-stream, e.g. one per ticket: seed and key mixed. */
    static DemoRandom derived(quint64 seed, quint64 key);

    quint64 next();
    double uniform(); // [0, 1)
    double uniform(double low, double high);
    qint64 between(qint64 low, qint64 high); // inclusive bounds
    int below(int count); // [0, count)
    bool chance(double probability);
    double normal(); // standard normal (Box–Muller)
    double normal(double mean, double deviation);
    /** Lognormal with the given median and log-space deviation. */
    double lognormal(double median, double sigma);
    /** An index drawn with probability proportional to weights[i]. */
    int weighted(std::span<const double> weights);
    /** An index drawn from cumulative weights (ascending, last = total). */
    int fromCumulative(std::span<const double> cumulative);

    template<typename T, std::size_t N> const T &pick(const std::array<T, N> &items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(N)))];
    }

private:
    std::array<quint64, 4> m_state {};
    double m_spareNormal = 0;
    bool m_hasSpare = false;
};
