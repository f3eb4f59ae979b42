#include "ServiceCalendar.h"

#include <algorithm>

namespace {
// A due time further than this from its start means the calendar has (almost) no hours.
constexpr int MaxDaysSearched = 3660;
} // namespace

ServiceCalendar::ServiceCalendar(const QTimeZone &zone)
    : m_zone(zone)
{
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
}

QList<ServiceInterval> ServiceCalendar::hours(int isoWeekday) const
{
    return m_weekly.at(static_cast<std::size_t>(isoWeekday - 1));
}

void ServiceCalendar::addHoliday(const QDate &day)
{
    m_holidays.insert(day);
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

QList<ServiceCalendar::Window> ServiceCalendar::windowsOn(const QDate &day) const
{
    QList<Window> windows;
    if (m_holidays.contains(day))
        return windows;
    for (const ServiceInterval &interval : m_weekly.at(static_cast<std::size_t>(day.dayOfWeek() - 1))) {
        // Build each end from local wall time so days with a DST change keep their opening hours.
        const qint64 start = localInstant(day, interval.startMinute);
        const qint64 end = localInstant(day, interval.endMinute);
        if (end > start)
            windows.append({ start, end });
    }
    return windows;
}

qint64 ServiceCalendar::addServiceSeconds(qint64 fromEpoch, qint64 seconds) const
{
    if (seconds <= 0)
        return fromEpoch;
    if (!hasAnyHours())
        return -1;
    QDate day = QDateTime::fromSecsSinceEpoch(fromEpoch, m_zone).date();
    qint64 remaining = seconds;
    for (int i = 0; i < MaxDaysSearched; ++i, day = day.addDays(1)) {
        for (const Window &window : windowsOn(day)) {
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
    const QDate first = QDateTime::fromSecsSinceEpoch(fromEpoch, m_zone).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(toEpoch, m_zone).date();
    qint64 total = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        for (const Window &window : windowsOn(day)) {
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
    const QDate day = instant.toTimeZone(m_zone).date();
    const auto windows = windowsOn(day);
    return std::any_of(windows.begin(), windows.end(),
                       [at](const Window &window) { return at >= window.start && at < window.end; });
}
