#pragma once

#include "DemoOrganization.h"
#include "DemoRandom.h"
#include "DemoRows.h"

#include <array>
#include <vector>

class DemoSlaClock;
struct DemoDay;

/**
 * Turns a creation instant into a complete ticket: platform, channel, type, category and
 * priority mixes; routing to a team and an agent on shift that day; lognormal first-response and
 * resolution times; SLA due times from the store's policies; status as of the end of the period;
 * CSAT, reopens, escalations, inquiries and conversions, complaints about agents, orders and
 * refunds. Call beginDay() before the day's tickets, then next() in creation order.
 */
class DemoTicketSynthesizer
{
public:
    DemoTicketSynthesizer(const DemoOrganization &organization, const DemoSlaClock &clock, qint64 asOfEpoch,
                          quint64 seed);

    /** The share of tickets whose channel carries a conversation (chat, social, email). */
    static double conversationChannelShare();

    void beginDay(const DemoDay &day);
    void next(qint64 id, qint64 createdAt, DemoTicketRow *row);

    /** Index into the organisation's agents of the ticket last produced (-1 if none). */
    int lastAgentIndex() const { return m_lastAgent; }

private:
    struct TeamPool
    {
        std::vector<int> agents; // indexes into the organisation's agents
        std::array<std::vector<double>, 24> cumulative;
    };
    struct RecentOrder
    {
        QByteArray orderId;
        Platform platform;
        qint64 amountCents;
        qint64 agentId;
    };

    DemoTeamRole routeRole(TicketType type, bool inquiry);
    int pickTeam(DemoTeamRole role, Platform platform);
    int pickAgent(int team, int hour);
    void fillOrder(DemoTicketRow *row, qint64 createdAt);
    void fillTimes(DemoTicketRow *row, const DemoAgent &agent);
    void fillOutcome(DemoTicketRow *row);
    QByteArray customerRef();

    const DemoOrganization &m_organization;
    const DemoSlaClock &m_clock;
    qint64 m_asOf;
    DemoRandom m_random;
    const DemoDay *m_day = nullptr;
    std::vector<TeamPool> m_teamPools;
    std::array<std::array<std::vector<int>, 5>, DemoTeamRoleCount> m_routeTeams;
    std::array<std::array<std::vector<double>, 5>, DemoTeamRoleCount> m_routeCumulative;
    std::vector<int> m_activeFirstLine;
    std::vector<RecentOrder> m_recentOrders;
    std::size_t m_recentNext = 0;
    int m_lastAgent = -1;
};
