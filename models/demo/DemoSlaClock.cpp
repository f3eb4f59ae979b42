#include "DemoSlaClock.h"

#include <algorithm>

namespace {
// Resolution targets are a day or a few of service time; this much slack covers them.
constexpr int DaysAfterPeriod = 60;
} // namespace

DemoSlaClock::DemoSlaClock(const SlaPolicySet &policies, QDate firstDay, QDate lastDay)
{
    QHash<qint64, int> timelineOfCalendar;
    for (const SlaPolicy &policy : policies.policies()) {
        if (timelineOfCalendar.contains(policy.calendarId))
            continue;
        const ServiceCalendar *calendar = policies.calendar(policy.calendarId);
        if (!calendar)
            continue;
        Timeline timeline;
        timeline.calendar = calendar;
        qint64 total = 0;
        const QTimeZone zone = calendar->timeZone();
        for (QDate day = firstDay.addDays(-1); day <= lastDay.addDays(DaysAfterPeriod);
             day = day.addDays(1)) {
            if (calendar->isHoliday(day))
                continue;
            for (const ServiceInterval &interval : calendar->hours(day.dayOfWeek())) {
                // Same construction as ServiceCalendar: local wall-clock ends, midnight for 24:00.
                const qint64 start
                    = QDateTime(day, QTime(0, 0).addSecs(interval.startMinute * 60), zone).toSecsSinceEpoch();
                const qint64 end = interval.endMinute >= 1440
                    ? QDateTime(day.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch()
                    : QDateTime(day, QTime(0, 0).addSecs(interval.endMinute * 60), zone).toSecsSinceEpoch();
                if (end <= start)
                    continue;
                timeline.starts.push_back(start);
                timeline.ends.push_back(end);
                timeline.totalBefore.push_back(total);
                total += end - start;
            }
        }
        timelineOfCalendar.insert(policy.calendarId, static_cast<int>(m_timelines.size()));
        m_timelines.push_back(std::move(timeline));
    }

    for (Platform platform : Vocabulary::all<Platform>()) {
        for (TicketType type : Vocabulary::all<TicketType>()) {
            for (Priority priority : Vocabulary::all<Priority>()) {
                Entry &e = m_entries.at(
                    static_cast<std::size_t>((static_cast<int>(platform) * 7 + static_cast<int>(type)) * 4
                                             + static_cast<int>(priority)));
                e.policy = policies.match(platform, type, priority);
                if (e.policy)
                    e.timeline = timelineOfCalendar.value(e.policy->calendarId, -1);
            }
        }
    }
}

const DemoSlaClock::Entry &DemoSlaClock::entry(Platform platform, TicketType type, Priority priority) const
{
    return m_entries.at(static_cast<std::size_t>((static_cast<int>(platform) * 7 + static_cast<int>(type)) * 4
                                                 + static_cast<int>(priority)));
}

SlaDueTimes DemoSlaClock::dueTimes(Platform platform, TicketType type, Priority priority,
                                   qint64 createdEpoch) const
{
    const Entry &e = entry(platform, type, priority);
    if (!e.policy)
        return {};
    if (e.timeline < 0)
        return { e.policy->id, -1, -1 };
    const Timeline &timeline = m_timelines.at(static_cast<std::size_t>(e.timeline));
    return { e.policy->id,
             timeline.addServiceSeconds(createdEpoch, qint64(e.policy->firstResponseMinutes) * 60),
             timeline.addServiceSeconds(createdEpoch, qint64(e.policy->resolutionMinutes) * 60) };
}

qint64 DemoSlaClock::serviceStartAtOrAfter(Platform platform, TicketType type, Priority priority,
                                           qint64 epoch) const
{
    const Entry &e = entry(platform, type, priority);
    if (!e.policy || e.timeline < 0)
        return epoch;
    return m_timelines.at(static_cast<std::size_t>(e.timeline)).openAtOrAfter(epoch);
}

qint64 DemoSlaClock::Timeline::addServiceSeconds(qint64 from, qint64 seconds) const
{
    if (seconds <= 0)
        return from;
    // The first window that ends after `from`.
    const auto first = std::upper_bound(ends.begin(), ends.end(), from);
    if (starts.empty() || first == ends.end() || from < starts.front())
        return calendar->addServiceSeconds(from, seconds);
    const auto i = static_cast<std::size_t>(first - ends.begin());
    const qint64 begin = std::max(starts[i], from);
    const qint64 target = totalBefore[i] + (begin - starts[i]) + seconds;
    // The first window whose running total at its end reaches the target (a due time exactly at
    // a window's end stays there, as ServiceCalendar has it).
    std::size_t low = i;
    std::size_t high = starts.size();
    while (low < high) {
        const std::size_t mid = (low + high) / 2;
        if (totalBefore[mid] + (ends[mid] - starts[mid]) >= target)
            high = mid;
        else
            low = mid + 1;
    }
    if (low == starts.size())
        return calendar->addServiceSeconds(from, seconds);
    return starts[low] + (target - totalBefore[low]);
}

qint64 DemoSlaClock::Timeline::openAtOrAfter(qint64 epoch) const
{
    const auto first = std::upper_bound(ends.begin(), ends.end(), epoch);
    if (first == ends.end())
        return epoch;
    const auto i = static_cast<std::size_t>(first - ends.begin());
    return std::max(starts[i], epoch);
}
