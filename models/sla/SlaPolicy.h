#pragma once

#include "ServiceCalendar.h"
#include "domain/Vocabulary.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

/** An SLA policy (服务时效): which tickets it covers and its targets in service minutes. */
struct SlaPolicy
{
    qint64 id = 0;
    QString name;
    std::optional<Platform> platform; // unset matches every platform
    std::optional<TicketType> type;
    std::optional<Priority> priority;
    int firstResponseMinutes = 60;
    int resolutionMinutes = 24 * 60;
    qint64 calendarId = 0;
    int precedence = 100; // lower wins among matching policies

    bool matches(Platform p, TicketType t, Priority pr) const;
};

/** The due times a policy gives a ticket created at a given instant. */
struct SlaDueTimes
{
    qint64 policyId = 0;
    qint64 firstResponseDue = -1; // epoch seconds, -1 when the calendar never opens
    qint64 resolutionDue = -1;
};

/** All policies and calendars of a store, matched the way PRODUCT.md's "SLA" section describes. */
class SlaPolicySet
{
public:
    void addCalendar(qint64 id, const ServiceCalendar &calendar);
    void addPolicy(const SlaPolicy &policy);

    QList<SlaPolicy> policies() const { return m_policies; }
    const ServiceCalendar *calendar(qint64 id) const;
    const SlaPolicy *match(Platform platform, TicketType type, Priority priority) const;

    /** Due times for a new ticket; policyId 0 when no policy matches. */
    SlaDueTimes dueTimes(Platform platform, TicketType type, Priority priority, qint64 createdEpoch) const;

private:
    QList<SlaPolicy> m_policies; // kept sorted by precedence
    QHash<qint64, ServiceCalendar> m_calendars;
};
