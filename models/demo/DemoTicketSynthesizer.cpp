#include "DemoTicketSynthesizer.h"

#include "DemoSlaClock.h"
#include "DemoTrafficModel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

constexpr std::size_t RecentOrderCount = 4096;
constexpr qint64 Hour = 3600;

constexpr std::array<double, 5> PlatformWeights = { 0.40, 0.20, 0.18, 0.14, 0.08 };
constexpr std::array<double, 7> TypeWeights = { 0.36, 0.08, 0.11, 0.06, 0.05, 0.13, 0.21 };
// chat, phone, email, social, form per platform
constexpr std::array<std::array<double, 5>, 5> ChannelWeights = { {
    { 0.84, 0.05, 0.01, 0.02, 0.08 },
    { 0.80, 0.09, 0.02, 0.01, 0.08 },
    { 0.86, 0.04, 0.01, 0.02, 0.07 },
    { 0.70, 0.03, 0.01, 0.20, 0.06 },
    { 0.50, 0.15, 0.20, 0.05, 0.10 },
} };
// product, service, logistics, other per type
constexpr std::array<std::array<double, 4>, 7> CategoryWeights = { {
    { 0.55, 0.10, 0.10, 0.25 },
    { 0.35, 0.40, 0.20, 0.05 },
    { 0.80, 0.05, 0.10, 0.05 },
    { 0.85, 0.03, 0.07, 0.05 },
    { 0.95, 0.02, 0.00, 0.03 },
    { 0.45, 0.20, 0.25, 0.10 },
    { 0.02, 0.05, 0.90, 0.03 },
} };
constexpr std::array<double, 4> PriorityWeights = { 0.12, 0.70, 0.14, 0.04 };
constexpr std::array<double, 4> ComplaintPriorityWeights = { 0.02, 0.48, 0.35, 0.15 };

// First response: median seconds and log-space spread per channel.
constexpr std::array<double, 5> FirstResponseMedian = { 35, 15, 1500, 240, 1200 };
constexpr std::array<double, 5> FirstResponseSigma = { 1.4, 0.8, 1.0, 1.1, 1.0 };
// Resolution after the first response, per type.
constexpr std::array<double, 7> ResolutionMedian
    = { 600, 10 * Hour, 20 * Hour, 24 * Hour, 30 * Hour, 8 * Hour, 4 * Hour };
constexpr std::array<double, 7> ResolutionSigma = { 1.0, 1.1, 0.9, 0.9, 0.8, 1.1, 1.2 };
constexpr std::array<double, 5> HandleMedian = { 260, 330, 420, 300, 360 };
constexpr std::array<double, 7> HandleTypeFactor = { 0.6, 2.0, 1.2, 1.2, 1.6, 1.0, 0.8 };

constexpr std::array<double, 5> CsatWeightsGood = { 0.04, 0.03, 0.08, 0.22, 0.63 };
constexpr std::array<double, 5> CsatWeightsBad = { 0.15, 0.12, 0.18, 0.25, 0.30 };

bool onShift(Shift shift, int hour)
{
    switch (shift) {
    case Shift::Morning:
        return hour >= 8 && hour < 16;
    case Shift::Afternoon:
        return hour >= 13 && hour < 21;
    case Shift::Evening:
        return hour >= 16;
    case Shift::Night:
        return hour < 8;
    case Shift::Split:
        return (hour >= 9 && hour < 13) || (hour >= 18 && hour < 22);
    }
    return false;
}

template<std::size_t N> int pickIndex(DemoRandom &random, const std::array<double, N> &weights)
{
    return random.weighted(weights);
}

void appendTag(QByteArray *tags, const char *tag)
{
    if (!tags->isEmpty())
        tags->append(',');
    tags->append(tag);
}

} // namespace

DemoTicketSynthesizer::DemoTicketSynthesizer(const DemoOrganization &organization, const DemoSlaClock &clock,
                                             qint64 asOfEpoch, quint64 seed)
    : m_organization(organization)
    , m_clock(clock)
    , m_asOf(asOfEpoch)
    , m_random(DemoRandom::derived(seed, 0x7469636b6574ULL))
    , m_teamPools(organization.teams.size())
{
    m_recentOrders.reserve(RecentOrderCount);
}

double DemoTicketSynthesizer::conversationChannelShare()
{
    double share = 0;
    for (std::size_t platform = 0; platform < PlatformWeights.size(); ++platform) {
        const auto &channels = ChannelWeights.at(platform);
        const double total = channels[0] + channels[1] + channels[2] + channels[3] + channels[4];
        share += PlatformWeights.at(platform) * (channels[0] + channels[2] + channels[3]) / total;
    }
    return share;
}

void DemoTicketSynthesizer::beginDay(const DemoDay &day)
{
    m_day = &day;
    for (TeamPool &pool : m_teamPools) {
        pool.agents.clear();
        for (auto &cumulative : pool.cumulative)
            cumulative.clear();
    }
    m_activeFirstLine.clear();
    for (std::size_t i = 0; i < m_organization.agents.size(); ++i) {
        const Agent &agent = m_organization.agents[i].agent;
        if (agent.hireDate > day.date || (agent.leftDate.isValid() && agent.leftDate <= day.date))
            continue;
        TeamPool &pool = m_teamPools.at(static_cast<std::size_t>(m_organization.agents[i].teamIndex));
        pool.agents.push_back(static_cast<int>(i));
        // New hires take fewer tickets in their first weeks (nesting).
        const double capacity = agent.hireDate.daysTo(day.date) < 42 ? 0.5 : 1.0;
        for (int hour = 0; hour < 24; ++hour) {
            auto &cumulative = pool.cumulative.at(static_cast<std::size_t>(hour));
            const double weight = capacity * (onShift(agent.shift, hour) ? 1.0 : 0.03);
            cumulative.push_back((cumulative.empty() ? 0.0 : cumulative.back()) + weight);
        }
        if (agent.tier == Tier::L1)
            m_activeFirstLine.push_back(static_cast<int>(i));
    }

    for (int role = 0; role < DemoTeamRoleCount; ++role) {
        for (int platform = 0; platform < 5; ++platform) {
            auto &teams
                = m_routeTeams.at(static_cast<std::size_t>(role)).at(static_cast<std::size_t>(platform));
            auto &cumulative
                = m_routeCumulative.at(static_cast<std::size_t>(role)).at(static_cast<std::size_t>(platform));
            teams.clear();
            cumulative.clear();
            // The teams of this role that serve the platform; failing that, any staffed team of
            // the role, any staffed first-line team, any staffed team.
            for (int pass = 0; pass < 4 && teams.empty(); ++pass) {
                for (std::size_t t = 0; t < m_organization.teams.size(); ++t) {
                    const DemoTeam &team = m_organization.teams[t];
                    const auto headcount = static_cast<double>(m_teamPools[t].agents.size());
                    if (headcount == 0)
                        continue;
                    const bool roleOk = static_cast<int>(team.role) == role;
                    const bool platformOk = team.platforms.contains(static_cast<Platform>(platform));
                    const bool ok = pass == 0 ? roleOk && platformOk
                        : pass == 1           ? roleOk
                        : pass == 2           ? team.team.tier == Tier::L1
                                              : true;
                    if (!ok)
                        continue;
                    teams.push_back(static_cast<int>(t));
                    cumulative.push_back((cumulative.empty() ? 0.0 : cumulative.back()) + headcount);
                }
            }
        }
    }
}

DemoTeamRole DemoTicketSynthesizer::routeRole(TicketType type, bool inquiry)
{
    const double u = m_random.uniform();
    switch (type) {
    case TicketType::Consultation:
        return inquiry ? DemoTeamRole::PreSales : DemoTeamRole::AfterSales;
    case TicketType::Complaint:
        return u < 0.65 ? DemoTeamRole::Complaints
            : u < 0.95  ? DemoTeamRole::AfterSales
                        : DemoTeamRole::Callback;
    case TicketType::Return:
    case TicketType::Exchange:
    case TicketType::Refund:
        return u < 0.93 ? DemoTeamRole::AfterSales
            : u < 0.97  ? DemoTeamRole::Callback
                        : DemoTeamRole::Complaints;
    case TicketType::Repair:
        return u < 0.7 ? DemoTeamRole::TechSupport : DemoTeamRole::AfterSales;
    case TicketType::Logistics:
        return u < 0.75 ? DemoTeamRole::AfterSales : DemoTeamRole::Logistics;
    }
    return DemoTeamRole::AfterSales;
}

int DemoTicketSynthesizer::pickTeam(DemoTeamRole role, Platform platform)
{
    const auto &teams
        = m_routeTeams.at(static_cast<std::size_t>(role)).at(static_cast<std::size_t>(platform));
    if (teams.empty())
        return -1;
    const auto &cumulative
        = m_routeCumulative.at(static_cast<std::size_t>(role)).at(static_cast<std::size_t>(platform));
    return teams.at(static_cast<std::size_t>(m_random.fromCumulative(cumulative)));
}

int DemoTicketSynthesizer::pickAgent(int team, int hour)
{
    const TeamPool &pool = m_teamPools.at(static_cast<std::size_t>(team));
    if (pool.agents.empty())
        return -1;
    const int index = m_random.fromCumulative(pool.cumulative.at(static_cast<std::size_t>(hour)));
    return pool.agents.at(static_cast<std::size_t>(index));
}

QByteArray DemoTicketSynthesizer::customerRef()
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "1%d%d****%04d", static_cast<int>(m_random.between(3, 9)),
                  static_cast<int>(m_random.between(0, 9)), static_cast<int>(m_random.between(0, 9999)));
    return QByteArray(buffer);
}

void DemoTicketSynthesizer::fillOrder(DemoTicketRow *row, qint64 createdAt)
{
    char buffer[40];
    const auto digits = [this](int count) {
        qint64 value = 0;
        for (int i = 0; i < count; ++i)
            value = value * 10 + m_random.between(0, 9);
        return static_cast<long long>(value);
    };
    switch (row->platform) {
    case Platform::Taobao:
        std::snprintf(buffer, sizeof buffer, "3%09lld%09lld", digits(9), digits(9));
        break;
    case Platform::Jd:
        std::snprintf(buffer, sizeof buffer, "2%011lld", digits(11));
        break;
    case Platform::Pdd: {
        const QDate date = QDateTime::fromSecsSinceEpoch(createdAt - m_random.between(0, 20) * 86400, Qt::UTC)
                               .addSecs(8 * Hour)
                               .date();
        std::snprintf(buffer, sizeof buffer, "%02d%02d%02d-%06lld%09lld", date.year() % 100, date.month(),
                      date.day(), digits(6), digits(9));
        break;
    }
    case Platform::Douyin:
        std::snprintf(buffer, sizeof buffer, "69%08lld%09lld", digits(8), digits(9));
        break;
    case Platform::Own: {
        const QDate date = QDateTime::fromSecsSinceEpoch(createdAt - m_random.between(0, 20) * 86400, Qt::UTC)
                               .addSecs(8 * Hour)
                               .date();
        std::snprintf(buffer, sizeof buffer, "TL%04d%02d%02d%06lld", date.year(), date.month(), date.day(),
                      digits(6));
        break;
    }
    }
    row->orderId = QByteArray(buffer);
    const qint64 yuan = std::clamp<qint64>(std::llround(m_random.lognormal(159, 0.85)), 9, 20000);
    row->orderAmountCents = yuan * 100 - (m_random.chance(0.5) ? 10 : 0);
}

void DemoTicketSynthesizer::next(qint64 id, qint64 createdAt, DemoTicketRow *row)
{
    *row = DemoTicketRow();
    row->id = id;
    char external[24];
    std::snprintf(external, sizeof external, "DM%010lld", static_cast<long long>(id));
    row->externalId = QByteArray(external);
    row->createdAt = createdAt;
    const int hour = DemoTrafficModel::localHour(*m_day, createdAt);

    row->type = static_cast<TicketType>(pickIndex(m_random, TypeWeights));
    // Some complaints concern an earlier order (and often the agent who handled it).
    const RecentOrder *earlier = nullptr;
    if (row->type == TicketType::Complaint && !m_recentOrders.empty() && m_random.chance(0.4))
        earlier = &m_recentOrders.at(
            static_cast<std::size_t>(m_random.below(static_cast<int>(m_recentOrders.size()))));
    row->platform = earlier ? earlier->platform : static_cast<Platform>(pickIndex(m_random, PlatformWeights));
    row->channel = static_cast<Channel>(
        pickIndex(m_random, ChannelWeights.at(static_cast<std::size_t>(row->platform))));
    if (row->channel == Channel::Phone && hour < 8)
        row->channel = Channel::Chat; // the hotline is closed at night
    row->category
        = static_cast<Category>(pickIndex(m_random, CategoryWeights.at(static_cast<std::size_t>(row->type))));
    row->priority = static_cast<Priority>(
        pickIndex(m_random, row->type == TicketType::Complaint ? ComplaintPriorityWeights : PriorityWeights));
    row->isInquiry = row->type == TicketType::Consultation && m_random.chance(0.55);
    row->customerRef = customerRef();

    const int team = pickTeam(routeRole(row->type, row->isInquiry), row->platform);
    m_lastAgent = team >= 0 ? pickAgent(team, hour) : -1;
    if (m_lastAgent < 0) {
        // Nobody is employed that day: the ticket waits unassigned.
        row->tier = Tier::L1;
        row->status = TicketStatus::New;
        const SlaDueTimes due = m_clock.dueTimes(row->platform, row->type, row->priority, createdAt);
        row->slaPolicyId = due.policyId;
        row->firstResponseDueAt = due.firstResponseDue;
        row->resolutionDueAt = due.resolutionDue;
        return;
    }
    const DemoAgent &agent = m_organization.agents.at(static_cast<std::size_t>(m_lastAgent));
    row->agentId = agent.agent.id;
    row->teamId = *agent.agent.teamId;
    row->tier = agent.agent.tier;
    row->escalated
        = row->tier == Tier::L1 && m_random.chance(row->type == TicketType::Complaint ? 0.12 : 0.045);

    if (earlier) {
        row->orderId = earlier->orderId;
        row->orderAmountCents = earlier->amountCents;
        if (m_random.chance(0.5))
            row->aboutAgentId = earlier->agentId;
    } else if (!row->isInquiry && m_random.chance(0.92)) {
        fillOrder(row, createdAt);
    }
    if (row->type == TicketType::Complaint && !row->aboutAgentId && !m_activeFirstLine.empty()
        && m_random.chance(0.25))
        row->aboutAgentId = m_organization.agents
                                .at(static_cast<std::size_t>(m_activeFirstLine.at(static_cast<std::size_t>(
                                    m_random.below(static_cast<int>(m_activeFirstLine.size()))))))
                                .agent.id;
    if ((row->type == TicketType::Refund || row->type == TicketType::Return) && row->orderAmountCents > 0
        && m_random.chance(0.92)) {
        row->refundAmountCents = m_random.chance(0.65)
            ? row->orderAmountCents
            : std::max<qint64>(100, row->orderAmountCents * m_random.between(10, 60) / 100 / 100 * 100);
    }

    fillTimes(row, agent);
    fillOutcome(row);

    if (!row->orderId.isEmpty() && !earlier) {
        RecentOrder recent { row->orderId, row->platform, row->orderAmountCents, row->agentId };
        if (m_recentOrders.size() < RecentOrderCount)
            m_recentOrders.push_back(recent);
        else
            m_recentOrders[m_recentNext++ % RecentOrderCount] = recent;
    }
}

void DemoTicketSynthesizer::fillTimes(DemoTicketRow *row, const DemoAgent &agent)
{
    const auto channel = static_cast<std::size_t>(row->channel);
    const SlaDueTimes due = m_clock.dueTimes(row->platform, row->type, row->priority, row->createdAt);
    row->slaPolicyId = due.policyId;
    row->firstResponseDueAt = due.firstResponseDue;
    row->resolutionDueAt = due.resolutionDue;

    // Outside service hours the queue waits for the morning shift.
    const qint64 opens
        = m_clock.serviceStartAtOrAfter(row->platform, row->type, row->priority, row->createdAt);
    double factor = std::pow(std::max(0.5, m_day->load), 0.8);
    if (agent.newHire)
        factor *= 1.5;
    if (row->tier != Tier::L1)
        factor *= 2.5;
    static constexpr std::array<double, 4> PriorityFactor = { 1.2, 1.0, 0.8, 0.6 };
    factor *= PriorityFactor.at(static_cast<std::size_t>(row->priority));
    double wait
        = m_random.lognormal(FirstResponseMedian.at(channel) * factor, FirstResponseSigma.at(channel));
    if (opens > row->createdAt)
        wait = static_cast<double>(opens - row->createdAt) + m_random.lognormal(600 * factor, 0.9);
    else if (m_random.chance(0.04))
        wait += m_random.lognormal(1200, 0.8); // a queue spike: the customer waits a long time
    if (m_asOf - row->createdAt < 2 * Hour && m_random.chance(0.15))
        wait += m_random.lognormal(3 * Hour, 0.5); // the late-evening queue waits for the morning
    const qint64 firstResponse = row->createdAt + std::max<qint64>(3, std::llround(wait));

    const auto type = static_cast<std::size_t>(row->type);
    double resolution = m_random.lognormal(ResolutionMedian.at(type), ResolutionSigma.at(type));
    if (row->escalated)
        resolution *= 2.0;
    const double reopen = m_random.uniform();
    row->reopenCount = reopen < 0.005 ? 2 : reopen < 0.04 ? 1 : 0;
    if (row->reopenCount > 0)
        resolution += m_random.lognormal(20 * Hour, 0.8) * row->reopenCount;
    const qint64 resolved = firstResponse + std::max<qint64>(30, std::llround(resolution));

    if (firstResponse <= m_asOf) {
        row->firstResponseAt = firstResponse;
        row->handleSeconds = std::llround(m_random.lognormal(
            HandleMedian.at(channel) * HandleTypeFactor.at(type) * (agent.newHire ? 1.3 : 1.0), 0.6));
    } else {
        row->reopenCount = 0;
    }
    if (resolved <= m_asOf) {
        row->resolvedAt = resolved;
        const qint64 closed = resolved + 72 * Hour + m_random.between(0, 12 * Hour);
        if (closed <= m_asOf)
            row->closedAt = closed;
    } else {
        row->reopenCount = 0;
    }
}

void DemoTicketSynthesizer::fillOutcome(DemoTicketRow *row)
{
    if (row->closedAt >= 0)
        row->status = TicketStatus::Closed;
    else if (row->resolvedAt >= 0)
        row->status = TicketStatus::Resolved;
    else if (row->firstResponseAt < 0)
        row->status = TicketStatus::New;
    else if (row->escalated)
        row->status = TicketStatus::Escalated;
    else
        row->status = m_random.chance(0.45) ? TicketStatus::Pending : TicketStatus::Open;

    const bool breached = (row->firstResponseDueAt >= 0 && row->firstResponseAt >= 0
                           && row->firstResponseAt > row->firstResponseDueAt)
        || (row->resolutionDueAt >= 0 && row->resolvedAt > row->resolutionDueAt);
    if (row->resolvedAt >= 0 && m_random.chance(0.31)) {
        const qint64 answered = row->resolvedAt + std::llround(m_random.lognormal(1800, 1.2));
        if (answered <= m_asOf) {
            const bool unhappy = breached || row->type == TicketType::Complaint || row->reopenCount > 0;
            row->csatScore = 1 + pickIndex(m_random, unhappy ? CsatWeightsBad : CsatWeightsGood);
            row->csatAnsweredAt = answered;
        }
    }
    if (row->isInquiry && row->firstResponseAt >= 0) {
        const bool quick = row->firstResponseAt - row->createdAt < 60;
        row->converted = m_random.chance(quick ? 0.45 : 0.30);
        if (row->converted)
            fillOrder(row, row->firstResponseAt);
    }

    if (m_day->promotion)
        appendTag(&row->tags, m_day->promotion);
    if (row->priority == Priority::Urgent)
        appendTag(&row->tags, "加急");
    if (row->escalated)
        appendTag(&row->tags, "已升级");
    if (row->reopenCount > 0)
        appendTag(&row->tags, "重开");
}
