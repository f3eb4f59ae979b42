#pragma once

#include "sla/SlaPolicy.h"

#include <QDate>

#include <array>
#include <vector>

/**
 * SLA due times for millions of generated tickets, computed the way SlaPolicySet::dueTimes()
 * does but fast: each calendar's service windows over the period are laid out once with running
 * totals, so adding service seconds is two binary searches instead of a walk over days. Instants
 * outside the laid-out range fall back to the calendar itself.
 */
class DemoSlaClock
{
public:
    DemoSlaClock(const SlaPolicySet &policies, QDate firstDay, QDate lastDay);

    /** Due times of a ticket created at createdEpoch; policyId 0 when no policy matches. */
    SlaDueTimes dueTimes(Platform platform, TicketType type, Priority priority, qint64 createdEpoch) const;

    /** The first instant at or after epoch when the policy's calendar is open (epoch if no policy). */
    qint64 serviceStartAtOrAfter(Platform platform, TicketType type, Priority priority, qint64 epoch) const;

private:
    struct Timeline
    {
        const ServiceCalendar *calendar = nullptr;
        std::vector<qint64> starts;
        std::vector<qint64> ends;
        std::vector<qint64> totalBefore; // service seconds in earlier windows
        qint64 addServiceSeconds(qint64 from, qint64 seconds) const;
        qint64 openAtOrAfter(qint64 epoch) const;
    };
    struct Entry
    {
        const SlaPolicy *policy = nullptr;
        int timeline = -1;
    };
    const Entry &entry(Platform platform, TicketType type, Priority priority) const;

    std::vector<Timeline> m_timelines;
    std::array<Entry, 5 * 7 * 4> m_entries {};
};
