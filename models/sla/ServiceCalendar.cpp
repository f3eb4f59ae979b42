#include "ServiceCalendar.h"

#include <QHash>

#include <algorithm>
#include <atomic>
#include <mutex>

namespace {
// A due time further than this from its start means the calendar has (almost) no hours.
constexpr int MaxDaysSearched = 3660;
// Unix epoch day 0 (1970-01-01) as a Julian day number.
constexpr qint64 EpochJulianDay = 2440588;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}
} // namespace

struct ServiceCalendar::DayCache
{
    std::mutex mutex;
    QHash<qint64, Day> days; // by Julian day
    std::atomic<qint64> lastOffset { 0 }; // UTC offset seen last, the first guess for localDate()
};

ServiceCalendar::ServiceCalendar(const QTimeZone &zone)
    : m_zone(zone)
    , m_cache(std::make_shared<DayCache>())
{
}

void ServiceCalendar::clearCache()
{
    m_cache = std::make_shared<DayCache>();
}

ServiceCalendar ServiceCalendar::standard(const QTimeZone &zone)
{
    ServiceCalendar calendar(zone);
    for (int day = 1; day <= 7; ++day)
        calendar.setHours(day, { { 8 * 60, 24 * 60 } });
    return calendar;
}

void ServiceCalendar::setHours(int isoWeekday, const QList<ServiceInterval> &intervals)
{
    Q_ASSERT(isoWeekday >= 1 && isoWeekday <= 7);
    QList<ServiceInterval> sorted = intervals;
    std::sort(sorted.begin(), sorted.end(), [](const ServiceInterval &a, const ServiceInterval &b) {
        return a.startMinute < b.startMinute;
    });
    m_weekly.at(static_cast<std::size_t>(isoWeekday - 1)) = sorted;
    clearCache();
}

QList<ServiceInterval> ServiceCalendar::hours(int isoWeekday) const
{
    return m_weekly.at(static_cast<std::size_t>(isoWeekday - 1));
}

void ServiceCalendar::addHoliday(const QDate &day)
{
    m_holidays.insert(day);
    clearCache();
}

bool ServiceCalendar::hasAnyHours() const
{
    return std::any_of(m_weekly.begin(), m_weekly.end(), [](const auto &day) { return !day.isEmpty(); });
}

qint64 ServiceCalendar::localInstant(const QDate &day, int minute) const
{
    const QDate date = minute >= 1440 ? day.addDays(1) : day;
    const QDateTime local(date, QTime(0, 0).addSecs(qint64(minute % 1440) * 60), m_zone);
    if (local.isValid())
        return local.toSecsSinceEpoch();
    // The wall time falls in a spring-forward gap (02:30 on a European switch day, or midnight in
    // zones that switch at 00:00). The first instant after the gap stands for it, so an interval
    // that opens at 02:30 opens at 03:00 that day. The gap is that day's transition.
    const QTimeZone::OffsetData transition
        = m_zone.nextTransition(QDateTime(date.addDays(-1), QTime(12, 0), QTimeZone::utc()));
    return transition.atUtc.isValid() ? transition.atUtc.toSecsSinceEpoch() : local.toSecsSinceEpoch();
}

ServiceCalendar::Day ServiceCalendar::computeDay(const QDate &date) const
{
    Day result;
    result.midnight = localInstant(date, 0);
    result.nextMidnight = localInstant(date, 1440);
    if (m_holidays.contains(date))
        return result;
    for (const ServiceInterval &interval : m_weekly.at(static_cast<std::size_t>(date.dayOfWeek() - 1))) {
        // Build each end from local wall time so days with a DST change keep their opening hours.
        const qint64 start = localInstant(date, interval.startMinute);
        const qint64 end = localInstant(date, interval.endMinute);
        if (end > start)
            result.windows.append({ start, end });
    }
    return result;
}

ServiceCalendar::Day ServiceCalendar::day(const QDate &date) const
{
    const qint64 key = date.toJulianDay();
    {
        std::lock_guard lock(m_cache->mutex);
        const auto found = m_cache->days.constFind(key);
        if (found != m_cache->days.cend())
            return *found;
    }
    // Computed outside the lock: two threads may both compute a day, and both get the same answer.
    const Day computed = computeDay(date);
    std::lock_guard lock(m_cache->mutex);
    m_cache->days.insert(key, computed);
    return computed;
}

QDate ServiceCalendar::localDate(qint64 epoch) const
{
    // Guess from the last offset seen, then step to the day whose midnights enclose the instant.
    const qint64 offset = m_cache->lastOffset.load(std::memory_order_relaxed);
    QDate guess = QDate::fromJulianDay(floorDiv(epoch + offset, 86400) + EpochJulianDay);
    for (int step = 0; step < 3; ++step) {
        const Day d = day(guess);
        if (epoch < d.midnight) {
            guess = guess.addDays(-1);
        } else if (epoch >= d.nextMidnight) {
            guess = guess.addDays(1);
        } else {
            m_cache->lastOffset.store((guess.toJulianDay() - EpochJulianDay) * 86400 - d.midnight,
                                      std::memory_order_relaxed);
            return guess;
        }
    }
    return QDateTime::fromSecsSinceEpoch(epoch, m_zone).date();
}

qint64 ServiceCalendar::addServiceSeconds(qint64 fromEpoch, qint64 seconds) const
{
    if (seconds <= 0)
        return fromEpoch;
    if (!hasAnyHours())
        return -1;
    QDate date = localDate(fromEpoch);
    qint64 remaining = seconds;
    for (int i = 0; i < MaxDaysSearched; ++i, date = date.addDays(1)) {
        for (const Window &window : day(date).windows) {
            if (window.end <= fromEpoch)
                continue;
            const qint64 begin = std::max(window.start, fromEpoch);
            const qint64 available = window.end - begin;
            if (remaining <= available)
                return begin + remaining;
            remaining -= available;
        }
    }
    return -1;
}

qint64 ServiceCalendar::serviceSecondsBetween(qint64 fromEpoch, qint64 toEpoch) const
{
    if (toEpoch <= fromEpoch)
        return 0;
    const QDate first = localDate(fromEpoch);
    const QDate last = localDate(toEpoch);
    qint64 total = 0;
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        for (const Window &window : day(date).windows) {
            const qint64 begin = std::max(window.start, fromEpoch);
            const qint64 end = std::min(window.end, toEpoch);
            if (end > begin)
                total += end - begin;
        }
    }
    return total;
}

QDateTime ServiceCalendar::addServiceSeconds(const QDateTime &from, qint64 seconds) const
{
    const qint64 due = addServiceSeconds(from.toSecsSinceEpoch(), seconds);
    return due < 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(due, Qt::UTC);
}

qint64 ServiceCalendar::serviceSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    return serviceSecondsBetween(from.toSecsSinceEpoch(), to.toSecsSinceEpoch());
}

bool ServiceCalendar::isInService(const QDateTime &instant) const
{
    const qint64 at = instant.toSecsSinceEpoch();
    const auto windows = day(localDate(at)).windows;
    return std::any_of(windows.begin(), windows.end(),
                       [at](const Window &window) { return at >= window.start && at < window.end; });
}
