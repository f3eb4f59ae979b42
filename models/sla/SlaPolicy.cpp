#include "SlaPolicy.h"

#include <algorithm>

bool SlaPolicy::matches(Platform p, TicketType t, Priority pr) const
{
    return (!platform || *platform == p) && (!type || *type == t) && (!priority || *priority == pr);
}

void SlaPolicySet::addCalendar(qint64 id, const ServiceCalendar &calendar)
{
    m_calendars.insert(id, calendar);
}

void SlaPolicySet::addPolicy(const SlaPolicy &policy)
{
    const auto position = std::upper_bound(
        m_policies.begin(), m_policies.end(), policy,
        [](const SlaPolicy &a, const SlaPolicy &b) { return a.precedence < b.precedence; });
    m_policies.insert(position, policy);
}

const ServiceCalendar *SlaPolicySet::calendar(qint64 id) const
{
    const auto it = m_calendars.constFind(id);
    return it == m_calendars.constEnd() ? nullptr : &it.value();
}

const SlaPolicy *SlaPolicySet::match(Platform platform, TicketType type, Priority priority) const
{
    for (const SlaPolicy &policy : m_policies) {
        if (policy.matches(platform, type, priority))
            return &policy;
    }
    return nullptr;
}

SlaDueTimes SlaPolicySet::dueTimes(Platform platform, TicketType type, Priority priority,
                                   qint64 createdEpoch) const
{
    const SlaPolicy *policy = match(platform, type, priority);
    if (!policy)
        return {};
    const ServiceCalendar *serviceCalendar = calendar(policy->calendarId);
    if (!serviceCalendar)
        return { policy->id, -1, -1 };
    return { policy->id,
             serviceCalendar->addServiceSeconds(createdEpoch, qint64(policy->firstResponseMinutes) * 60),
             serviceCalendar->addServiceSeconds(createdEpoch, qint64(policy->resolutionMinutes) * 60) };
}
