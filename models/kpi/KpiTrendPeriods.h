#pragma once

#include "KpiPeriod.h"

#include <QList>

/** How a trend steps through time. */
enum class KpiGranularity { Day, Week, Month };

/**
 * The consecutive periods of a trend: the day, ISO week or calendar month buckets that cover
 * [first, last], the first and last clipped to the range so every bucket only counts days asked for.
 */
namespace KpiTrendPeriods {
/** The whole day, ISO week or calendar month that holds day. */
KpiPeriod bucketOf(const QDate &day, KpiGranularity granularity);
/** Whether split() clipped period to its range: fewer days than its whole bucket. */
bool isClipped(const KpiPeriod &period, KpiGranularity granularity);
QList<KpiPeriod> split(const KpiPeriod &range, KpiGranularity granularity);
/** The `count` whole periods of this granularity ending with the one that holds `last`. */
QList<KpiPeriod> lastPeriods(const QDate &last, KpiGranularity granularity, int count);
} // namespace KpiTrendPeriods
