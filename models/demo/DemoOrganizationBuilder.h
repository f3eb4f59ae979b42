#pragma once

#include "DemoOrganization.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>

class DemoRandom;

/** What the store already holds that a new organisation must fit around. */
struct DemoOrganizationContext
{
    QHash<QString, qint64> departmentIds; // department code → id
    QHash<QString, qint64> existingTeamIds; // "departmentId/name" → id
    QHash<Platform, QSet<QString>> usedAccounts;
    qint64 nextTeamId = 1;
    qint64 nextAgentId = 1;
};

/**
 * Builds the demo organisation: L1/L2/L3 teams under the four standard departments and agents
 * with names, tiers, shifts, hire dates spread over years, a few new hires with mentors, a few
 * who left, and one sub-account per platform their team serves.
 */
class DemoOrganizationBuilder
{
public:
    DemoOrganizationBuilder(const DemoOrganizationContext &context, QDate periodStart, QDate periodEnd);

    /** Returns false with a message when a standard department is missing. */
    bool build(int agentCount, DemoRandom &random, DemoOrganization *organization, QString *error) const;

private:
    void buildTeams(DemoOrganization *organization) const;
    void buildAgents(int agentCount, DemoRandom &random, DemoOrganization *organization) const;
    void assignMentors(DemoRandom &random, DemoOrganization *organization) const;
    void assignLeavers(int count, DemoRandom &random, DemoOrganization *organization) const;
    void assignAccounts(DemoOrganization *organization) const;

    DemoOrganizationContext m_context;
    QDate m_periodStart;
    QDate m_periodEnd;
};
