#include "KpiTicketAggregator.h"

#include "KpiDayClock.h"
#include "sla/SlaPolicy.h"

#include <algorithm>
#include <limits>

namespace {
qint32 clampToInt32(qint64 value)
{
    return static_cast<qint32>(std::clamp<qint64>(value, 0, std::numeric_limits<qint32>::max()));
}
} // namespace

KpiTicketAggregator::KpiTicketAggregator(const KpiRuleSet &rules, const SlaPolicySet &policies,
                                         KpiDayClock &clock, const QHash<qint64, qint64> &agentTeams,
                                         qint64 now)
    : m_rules(rules)
    , m_policies(policies)
    , m_clock(clock)
    , m_agentTeams(agentTeams)
    , m_now(now)
    , m_perSourceTopBox(!rules.csatTopBoxBySource.isEmpty())
{
}

const ServiceCalendar *KpiTicketAggregator::calendarFor(const KpiTicketRow &ticket)
{
    // The ticket's own policy decided its due times, so its calendar is the clock; a ticket without
    // one (imported without SLA stamping) is timed by the policy that would match it today.
    if (ticket.slaPolicyId > 0) {
        const auto cached = m_calendarByPolicy.constFind(ticket.slaPolicyId);
        if (cached != m_calendarByPolicy.constEnd())
            return cached.value();
        const ServiceCalendar *calendar = nullptr;
        for (const SlaPolicy &policy : m_policies.policies()) {
            if (policy.id == ticket.slaPolicyId)
                calendar = m_policies.calendar(policy.calendarId);
        }
        m_calendarByPolicy.insert(ticket.slaPolicyId, calendar);
        if (calendar)
            return calendar;
    }
    const SlaPolicy *policy = m_policies.match(ticket.platform, ticket.type, ticket.priority);
    return policy ? m_policies.calendar(policy->calendarId) : nullptr;
}

qint64 KpiTicketAggregator::serviceSeconds(const KpiTicketRow &ticket, qint64 from, qint64 to)
{
    if (to <= from)
        return 0;
    const ServiceCalendar *calendar = calendarFor(ticket);
    return calendar ? calendar->serviceSecondsBetween(from, to) : to - from;
}

void KpiTicketAggregator::add(const KpiTicketRow &ticket, const KpiMessageCounts &messages)
{
    const qint64 day = m_clock.dayOf(ticket.createdAt);
    KpiCounts &counts = m_rows[{ day, ticket.agentId, ticket.teamId, ticket.platform }];
    ++counts.handled;
    counts.messages.merge(messages);

    // Platforms score responses only for sessions started inside their service window (JD
    // 09:00–23:00): outside it a ticket counts for volume and the rest, not for response times.
    const bool scoredResponse
        = !m_rules.outsideServiceWindow(ticket.platform, m_clock.minuteOfDay(ticket.createdAt));
    if (scoredResponse) {
        if (ticket.firstResponseAt >= 0) {
            const qint64 seconds = serviceSeconds(ticket, ticket.createdAt, ticket.firstResponseAt);
            ++counts.frtN;
            counts.frtSum += seconds;
            counts.frtValues.push_back(clampToInt32(seconds));
        }
        if (ticket.firstResponseDueAt >= 0) {
            if (ticket.firstResponseAt >= 0)
                ++(ticket.firstResponseAt <= ticket.firstResponseDueAt ? counts.slaMet : counts.slaMissed);
            else if (ticket.firstResponseDueAt < m_now)
                ++counts.slaMissed;
            else
                counts.slaPendingDue.push_back(ticket.firstResponseDueAt);
        }
    }

    if (ticket.resolved) {
        ++counts.resolved;
        if (ticket.resolvedAt >= 0) {
            const qint64 seconds = std::max<qint64>(0, ticket.resolvedAt - ticket.createdAt);
            ++counts.resolutionN;
            counts.resolutionSum += seconds;
            counts.resolutionValues.push_back(clampToInt32(seconds));
        }
        if (ticket.reopenCount == 0 && !ticket.escalated)
            ++counts.fcr;
        if (ticket.reopenCount > 0)
            ++counts.reopened;
    }
    if (ticket.csatScore > 0) {
        ++counts.csatN;
        counts.csatSum += ticket.csatScore;
        const int topBox = m_perSourceTopBox ? m_rules.topBoxMinScore(QString::fromUtf8(ticket.sourceSystem))
                                             : m_rules.csatTopBoxMinScore;
        if (ticket.csatScore >= topBox)
            ++counts.csatTop;
    }
    if (ticket.escalated)
        ++counts.escalated;
    if (ticket.isInquiry) {
        ++counts.inquiries;
        if (ticket.converted)
            ++counts.converted;
    }
    if (ticket.handleSeconds >= 0) {
        ++counts.ahtN;
        counts.ahtSum += ticket.handleSeconds;
    }

    // A complaint counts on the day it was made, for the agent it is attributed to, in that agent's
    // current team.
    if (ticket.type == TicketType::Complaint && ticket.attributedAgentId > 0) {
        const qint64 team = m_agentTeams.value(ticket.attributedAgentId, 0);
        ++m_rows[{ day, ticket.attributedAgentId, team, ticket.platform }].complaints;
    }
}

std::vector<KpiAggregateRow> KpiTicketAggregator::take()
{
    std::vector<KpiAggregateRow> rows;
    rows.reserve(m_rows.size());
    for (auto &[key, counts] : m_rows) {
        counts.sortValues();
        rows.push_back({ key, std::move(counts) });
    }
    m_rows.clear();
    return rows;
}
