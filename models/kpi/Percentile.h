#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

/**
 * Exact percentiles by PERCENTILE.INC (spreadsheets' default, numpy's "linear"): the value at rank
 * h = (n − 1)·p of the sorted values, interpolating linearly between the two closest ranks. PRODUCT.md
 * requires exact medians and P90 in reports, so there is no sketch here.
 */
namespace Percentile {

/** p in [0, 1]; empty when values is empty. Reorders values (partial selection, O(n)). */
std::optional<double> inclusive(std::vector<qint32> &values, double p);

/** The same over values already sorted ascending; values stay untouched. */
std::optional<double> inclusiveSorted(const std::vector<qint32> &sorted, double p);

} // namespace Percentile
