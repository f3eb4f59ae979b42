#pragma once

#include <QtGlobal>

/** Before/after of one rate: the two shares, their difference and whether it is more than noise. */
struct KpiRateComparison
{
    double before = 0.0;
    double after = 0.0;
    double difference = 0.0; // after − before
    double z = 0.0; // pooled two-proportion z statistic; 0 when either side has no sample
    bool significant = false; // |z| > 1.96, i.e. two-sided p < 0.05
};

/**
 * Tells whether a rate changed by more than noise around a date (PRODUCT.md "before/after
 * comparison"). It uses the pooled two-proportion z-test at the 5 % level rather than
 * "non-overlapping Wilson intervals": two 95 % intervals can overlap while the difference is still
 * significant, so the overlap rule misses real changes.
 */
namespace KpiComparison {
KpiRateComparison compareRates(qint64 successesBefore, qint64 nBefore, qint64 successesAfter, qint64 nAfter);
}
