#include "KrippendorffAlpha.h"

namespace {

double delta2(double c, double k, KrippendorffAlpha::Metric metric)
{
    if (metric == KrippendorffAlpha::Metric::Nominal)
        return c == k ? 0.0 : 1.0;
    return (c - k) * (c - k);
}

QList<double> present(const QList<std::optional<double>> &unit)
{
    QList<double> values;
    for (const std::optional<double> &value : unit) {
        if (value)
            values.append(*value);
    }
    return values;
}

} // namespace

int KrippendorffAlpha::pairableValues(const Units &units)
{
    int n = 0;
    for (const auto &unit : units) {
        const qsizetype m = present(unit).size();
        if (m >= 2)
            n += int(m);
    }
    return n;
}

std::optional<double> KrippendorffAlpha::compute(const Units &units, Metric metric)
{
    // Observed: Σ_u 1/(m_u − 1) Σ_{i≠j in u} δ²; this is n·D_o (the coincidence matrix weighted by δ²).
    // Expected: Σ over ordered pairs of all pairable values δ², which is n(n − 1)·D_e.
    double observed = 0;
    QList<double> pooled;
    for (const auto &unit : units) {
        const QList<double> values = present(unit);
        const qsizetype m = values.size();
        if (m < 2)
            continue;
        double within = 0;
        for (qsizetype i = 0; i < m; ++i) {
            for (qsizetype j = 0; j < m; ++j) {
                if (i != j)
                    within += delta2(values.at(i), values.at(j), metric);
            }
        }
        observed += within / double(m - 1);
        pooled.append(values);
    }
    const qsizetype n = pooled.size();
    if (n < 2)
        return std::nullopt;
    double expected = 0;
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < n; ++j) {
            if (i != j)
                expected += delta2(pooled.at(i), pooled.at(j), metric);
        }
    }
    if (expected == 0)
        return std::nullopt;
    // α = 1 − D_o / D_e = 1 − (observed / n) / (expected / (n (n − 1))) = 1 − (n − 1) observed / expected.
    return 1.0 - double(n - 1) * observed / expected;
}
