#include "DemoOrganizationBuilder.h"

#include "DemoNameGenerator.h"
#include "DemoRandom.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

struct TeamPlan
{
    const char *name;
    const char *department;
    Tier tier;
    DemoTeamRole role;
    std::initializer_list<Platform> platforms;
    int parent; // index into TeamPlans, -1 for none
    double weight; // share of the agents
};

const std::array<TeamPlan, 10> TeamPlans = { {
    { "售前一组",
      "customer_service",
      Tier::L1,
      DemoTeamRole::PreSales,
      { Platform::Taobao, Platform::Jd },
      -1,
      10 },
    { "售前二组",
      "customer_service",
      Tier::L1,
      DemoTeamRole::PreSales,
      { Platform::Pdd, Platform::Douyin, Platform::Own },
      -1,
      7 },
    { "售后一组", "customer_service", Tier::L1, DemoTeamRole::AfterSales, { Platform::Taobao }, -1, 14 },
    { "售后二组",
      "customer_service",
      Tier::L1,
      DemoTeamRole::AfterSales,
      { Platform::Jd, Platform::Own },
      -1,
      10 },
    { "售后三组",
      "customer_service",
      Tier::L1,
      DemoTeamRole::AfterSales,
      { Platform::Pdd, Platform::Douyin },
      -1,
      12 },
    { "技术支持组", "tech_support", Tier::L2, DemoTeamRole::TechSupport, {}, -1, 6 },
    { "维修专线", "tech_support", Tier::L2, DemoTeamRole::TechSupport, {}, 5, 3 },
    { "物流协调组", "logistics", Tier::L2, DemoTeamRole::Logistics, {}, -1, 6 },
    { "投诉处理组", "complaints", Tier::L3, DemoTeamRole::Complaints, {}, -1, 6 },
    { "回访组", "complaints", Tier::L3, DemoTeamRole::Callback, {}, -1, 3 },
} };

// With fewer agents than teams, the first agents go to the teams that carry most tickets.
constexpr std::array<int, 10> StaffingOrder = { 2, 0, 4, 3, 8, 1, 5, 7, 6, 9 };

const std::array<const char *, 5> ShopNames
    = { "悦享旗舰店", "悦享京东店", "悦享拼多多店", "悦享抖音小店", "悦享商城" };

constexpr std::array<double, 5> ShiftWeights = { 0.36, 0.25, 0.24, 0.05, 0.10 }; // Shift order

} // namespace

DemoOrganizationBuilder::DemoOrganizationBuilder(const DemoOrganizationContext &context, QDate periodStart,
                                                 QDate periodEnd)
    : m_context(context)
    , m_periodStart(periodStart)
    , m_periodEnd(periodEnd)
{
}

bool DemoOrganizationBuilder::build(int agentCount, DemoRandom &random, DemoOrganization *organization,
                                    QString *error) const
{
    for (const TeamPlan &plan : TeamPlans) {
        if (!m_context.departmentIds.contains(QString::fromLatin1(plan.department))) {
            if (error)
                *error
                    = QCoreApplication::translate("DemoOrganizationBuilder",
                                                  "The store has no department \"%1\"; it is not a complete "
                                                  "TeamLens store.")
                          .arg(QString::fromLatin1(plan.department));
            return false;
        }
    }
    buildTeams(organization);
    buildAgents(agentCount, random, organization);
    assignMentors(random, organization);
    const int leavers = agentCount >= 8 ? std::max(1, static_cast<int>(std::lround(agentCount * 0.05))) : 0;
    assignLeavers(leavers, random, organization);
    assignAccounts(organization);
    return true;
}

void DemoOrganizationBuilder::buildTeams(DemoOrganization *organization) const
{
    qint64 nextId = m_context.nextTeamId;
    for (const TeamPlan &plan : TeamPlans) {
        DemoTeam team;
        team.departmentCode = QString::fromLatin1(plan.department);
        team.team.departmentId = m_context.departmentIds.value(team.departmentCode);
        team.team.name = QString::fromUtf8(plan.name);
        team.team.tier = plan.tier;
        team.role = plan.role;
        team.platforms
            = plan.platforms.size() ? QList<Platform>(plan.platforms) : Vocabulary::all<Platform>();
        if (plan.parent >= 0)
            team.team.parentTeamId = organization->teams.at(static_cast<std::size_t>(plan.parent)).team.id;
        const QString key = QString::number(team.team.departmentId) + QLatin1Char('/') + team.team.name;
        const auto existing = m_context.existingTeamIds.constFind(key);
        team.existing = existing != m_context.existingTeamIds.constEnd();
        team.team.id = team.existing ? existing.value() : nextId++;
        organization->teams.push_back(team);
    }
}

void DemoOrganizationBuilder::buildAgents(int agentCount, DemoRandom &random,
                                          DemoOrganization *organization) const
{
    // Staff every team once (in order of importance), then share the rest by team weight.
    std::vector<int> teamOfAgent;
    for (int i = 0; i < agentCount && i < static_cast<int>(StaffingOrder.size()); ++i)
        teamOfAgent.push_back(StaffingOrder.at(static_cast<std::size_t>(i)));
    std::array<double, TeamPlans.size()> weights {};
    for (std::size_t i = 0; i < TeamPlans.size(); ++i)
        weights.at(i) = TeamPlans.at(i).weight;
    while (static_cast<int>(teamOfAgent.size()) < agentCount)
        teamOfAgent.push_back(random.weighted(weights));

    const int newHires = agentCount >= 4 ? std::max(1, static_cast<int>(std::lround(agentCount * 0.07))) : 0;
    DemoNameGenerator names;
    qint64 nextId = m_context.nextAgentId;
    for (int i = 0; i < agentCount; ++i) {
        DemoAgent demoAgent;
        Agent &agent = demoAgent.agent;
        agent.id = nextId++;
        const DemoPersonName person = names.next(random);
        agent.name = person.name;
        agent.englishName = person.englishName;
        demoAgent.teamIndex = teamOfAgent.at(static_cast<std::size_t>(i));
        const DemoTeam &team = organization->teams.at(static_cast<std::size_t>(demoAgent.teamIndex));
        agent.teamId = team.team.id;
        agent.tier = team.team.tier;
        agent.shift = static_cast<Shift>(random.weighted(ShiftWeights));
        if (agent.tier != Tier::L1 && agent.shift == Shift::Night)
            agent.shift = Shift::Morning; // second and third line work days only
        // New hires are the last agents of the L1 after-sales and pre-sales teams: hired in the
        // last one to six weeks of the period.
        demoAgent.newHire = i >= agentCount - newHires && i >= static_cast<int>(StaffingOrder.size() / 2);
        if (demoAgent.newHire) {
            agent.tier = Tier::L1;
            const int l1Team = random.chance(0.6) ? 2 + random.below(3) : random.below(2);
            demoAgent.teamIndex = l1Team;
            agent.teamId = organization->teams.at(static_cast<std::size_t>(l1Team)).team.id;
            agent.hireDate = std::max(m_periodStart, m_periodEnd.addDays(-random.between(7, 42)));
            if (agent.shift == Shift::Night)
                agent.shift = Shift::Morning;
        } else {
            const qint64 tenureDays = std::clamp<qint64>(std::llround(random.lognormal(420, 0.85)), 45, 3650);
            agent.hireDate = m_periodStart.addDays(-tenureDays);
        }
        organization->agents.push_back(demoAgent);
    }
}

void DemoOrganizationBuilder::assignMentors(DemoRandom &random, DemoOrganization *organization) const
{
    auto &agents = organization->agents;
    for (DemoAgent &newHire : agents) {
        if (!newHire.newHire)
            continue;
        // Prefer a tenured agent of the same team, then any tenured first-line agent, then anyone tenured.
        std::vector<const DemoAgent *> sameTeam, firstLine, tenured;
        for (const DemoAgent &candidate : agents) {
            if (candidate.newHire || candidate.agent.hireDate.daysTo(m_periodEnd) < 365)
                continue;
            tenured.push_back(&candidate);
            if (candidate.agent.tier == Tier::L1)
                firstLine.push_back(&candidate);
            if (candidate.teamIndex == newHire.teamIndex)
                sameTeam.push_back(&candidate);
        }
        const auto &pool = !sameTeam.empty() ? sameTeam : !firstLine.empty() ? firstLine : tenured;
        if (!pool.empty())
            newHire.agent.mentorId
                = pool.at(static_cast<std::size_t>(random.below(static_cast<int>(pool.size()))))->agent.id;
    }
}

void DemoOrganizationBuilder::assignLeavers(int count, DemoRandom &random,
                                            DemoOrganization *organization) const
{
    auto &agents = organization->agents;
    QSet<qint64> mentors;
    for (const DemoAgent &agent : agents) {
        if (agent.agent.mentorId)
            mentors.insert(*agent.agent.mentorId);
    }
    const qint64 periodDays = std::max<qint64>(1, m_periodStart.daysTo(m_periodEnd));
    for (int attempt = 0; count > 0 && attempt < 20 * static_cast<int>(agents.size()); ++attempt) {
        DemoAgent &candidate
            = agents.at(static_cast<std::size_t>(random.below(static_cast<int>(agents.size()))));
        // Keep the first agent of every team, mentors and new hires, so every team keeps working.
        const auto index = &candidate - agents.data();
        if (candidate.newHire || candidate.agent.status == AgentStatus::Left
            || mentors.contains(candidate.agent.id)
            || index < static_cast<std::ptrdiff_t>(StaffingOrder.size()))
            continue;
        candidate.agent.status = AgentStatus::Left;
        candidate.agent.leftDate = m_periodStart.addDays(
            random.between(periodDays / 4, std::max<qint64>(periodDays / 4, periodDays - 1)));
        --count;
    }
}

void DemoOrganizationBuilder::assignAccounts(DemoOrganization *organization) const
{
    QHash<Platform, QSet<QString>> used = m_context.usedAccounts;
    for (DemoAgent &demoAgent : organization->agents) {
        const DemoTeam &team = organization->teams.at(static_cast<std::size_t>(demoAgent.teamIndex));
        const QString nickname
            = QStringLiteral("小") + demoAgent.agent.name.mid(demoAgent.agent.name.size() - 1);
        for (Platform platform : team.platforms) {
            const QString shop = QString::fromUtf8(ShopNames.at(static_cast<std::size_t>(platform)));
            QString account = shop + QLatin1Char(':') + nickname;
            for (int n = 2; used[platform].contains(account); ++n)
                account = shop + QLatin1Char(':') + nickname + QString::number(n);
            used[platform].insert(account);
            demoAgent.agent.platformAccounts.insert(platform, account);
        }
    }
}
