#include "DemoRandom.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotateLeft(quint64 value, int bits)
{
    return (value << bits) | (value >> (64 - bits));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    quint64 state = seed;
    for (quint64 &word : m_state)
        word = splitMix64(state);
}

DemoRandom DemoRandom::derived(quint64 seed, quint64 key)
{
    quint64 state = seed ^ (key * 0xd1342543de82ef95ULL + 0x632be59bd9b4e019ULL);
    return DemoRandom(splitMix64(state));
}

quint64 DemoRandom::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

double DemoRandom::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double DemoRandom::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    // Scaling a 53-bit uniform keeps the bias far below anything demo data could show.
    const double span = static_cast<double>(high - low) + 1.0;
    return std::min(high, low + static_cast<qint64>(uniform() * span));
}

int DemoRandom::below(int count)
{
    return count <= 1 ? 0 : static_cast<int>(between(0, count - 1));
}

bool DemoRandom::chance(double probability)
{
    return uniform() < probability;
}

double DemoRandom::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spareNormal;
    }
    const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * std::numbers::pi * u2;
    m_spareNormal = radius * std::sin(angle);
    m_hasSpare = true;
    return radius * std::cos(angle);
}

double DemoRandom::normal(double mean, double deviation)
{
    return mean + deviation * normal();
}

double DemoRandom::lognormal(double median, double sigma)
{
    return median * std::exp(sigma * normal());
}

int DemoRandom::weighted(std::span<const double> weights)
{
    double total = 0;
    for (double weight : weights)
        total += weight;
    double target = uniform() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (target < weights[i])
            return static_cast<int>(i);
        target -= weights[i];
    }
    return static_cast<int>(weights.size()) - 1;
}

int DemoRandom::fromCumulative(std::span<const double> cumulative)
{
    if (cumulative.empty())
        return -1;
    const double target = uniform() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), target);
    return static_cast<int>(std::min<std::ptrdiff_t>(it - cumulative.begin(),
                                                     static_cast<std::ptrdiff_t>(cumulative.size()) - 1));
}
