#pragma once

#include <QList>

#include <optional>

/**
 * Krippendorff's α (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"), pure:
 * α = 1 − D_o ÷ D_e from the coincidence of values within units. Missing values are allowed; units
 * with fewer than two values are not pairable and drop out. Thread-safe: no state.
 */
class KrippendorffAlpha
{
public:
    enum class Metric {
        Nominal, // δ² = 0 for equal values, else 1
        Interval, // δ² = (c − k)²
    };

    /** units[u][coder] is a value or missing (std::nullopt); rows may differ in length. */
    using Units = QList<QList<std::optional<double>>>;

    /** α, or empty when it is undefined: fewer than two pairable values, or no variation at all (D_e = 0). */
    static std::optional<double> compute(const Units &units, Metric metric);

    /** The number of pairable values (n in the paper). */
    static int pairableValues(const Units &units);
};
