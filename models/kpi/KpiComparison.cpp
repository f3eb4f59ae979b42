#include "KpiComparison.h"

#include <cmath>

namespace KpiComparison {

KpiRateComparison compareRates(qint64 successesBefore, qint64 nBefore, qint64 successesAfter, qint64 nAfter)
{
    KpiRateComparison result;
    if (nBefore <= 0 || nAfter <= 0)
        return result;
    result.before = double(successesBefore) / double(nBefore);
    result.after = double(successesAfter) / double(nAfter);
    result.difference = result.after - result.before;
    const double pooled = double(successesBefore + successesAfter) / double(nBefore + nAfter);
    const double se = std::sqrt(pooled * (1.0 - pooled) * (1.0 / double(nBefore) + 1.0 / double(nAfter)));
    if (se <= 0.0)
        return result; // both sides all 0 or all 1: no variation, no evidence of change
    result.z = result.difference / se;
    result.significant = std::abs(result.z) > 1.959964;
    return result;
}

} // namespace KpiComparison
