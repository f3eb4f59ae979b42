#pragma once

#include <QDate>
#include <QTimeZone>

/**
 * Local days of the team's time zone (PRODUCT.md: periods and days are in the team's zone). Turns
 * UTC epoch seconds into the local day and minute, caching the current day's bounds: tickets arrive
 * in creation order, so nearly every call is two comparisons instead of a time-zone lookup.
 *
 * Threading: not shared between threads (the cache is mutable state).
 */
class KpiDayClock
{
public:
    explicit KpiDayClock(const QTimeZone &zone);

    QTimeZone timeZone() const { return m_zone; }
    /** Epoch seconds of local midnight starting day (the first instant of the day after a DST gap). */
    qint64 startOf(const QDate &day) const;
    /** The local day as a Julian day number (the aggregates' day key). */
    qint64 dayOf(qint64 epoch);
    /** Minutes after local midnight, 0–1439 (wall-clock minutes, correct on DST days too). */
    int minuteOfDay(qint64 epoch);

private:
    void locate(qint64 epoch);

    QTimeZone m_zone;
    qint64 m_dayStart = 1; // [m_dayStart, m_dayEnd) is the cached day; empty at first
    qint64 m_dayEnd = 0;
    qint64 m_julianDay = 0;
    bool m_uniformOffset = true; // the cached day has one UTC offset throughout
};
