#include "KpiTrendPeriods.h"

#include <algorithm>

namespace KpiTrendPeriods {

KpiPeriod bucketOf(const QDate &day, KpiGranularity granularity)
{
    switch (granularity) {
    case KpiGranularity::Day:
        return KpiPeriod::day(day);
    case KpiGranularity::Week:
        return KpiPeriod::week(day);
    case KpiGranularity::Month:
        return KpiPeriod::month(day.year(), day.month());
    }
    return KpiPeriod::day(day);
}

bool isClipped(const KpiPeriod &period, KpiGranularity granularity)
{
    return period.dayCount() < bucketOf(period.first, granularity).dayCount();
}

QList<KpiPeriod> split(const KpiPeriod &range, KpiGranularity granularity)
{
    QList<KpiPeriod> periods;
    if (!range.isValid())
        return periods;
    QDate day = range.first;
    while (day <= range.last) {
        KpiPeriod bucket = bucketOf(day, granularity);
        bucket.first = std::max(bucket.first, range.first);
        bucket.last = std::min(bucket.last, range.last);
        periods.append(bucket);
        day = bucket.last.addDays(1);
    }
    return periods;
}

QList<KpiPeriod> lastPeriods(const QDate &last, KpiGranularity granularity, int count)
{
    QList<KpiPeriod> periods;
    KpiPeriod bucket = bucketOf(last, granularity);
    for (int i = 0; i < count; ++i) {
        periods.prepend(bucket);
        bucket = bucketOf(bucket.first.addDays(-1), granularity);
    }
    return periods;
}

} // namespace KpiTrendPeriods
