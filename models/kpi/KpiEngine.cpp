#include "KpiEngine.h"

#include "KpiContext.h"
#include "KpiDayClock.h"
#include "KpiFigureCalculator.h"
#include "KpiGroupMerger.h"
#include "KpiRuleSet.h"
#include "KpiTicketAggregator.h"
#include "store/KpiAggregateRepository.h"
#include "store/KpiRuleSetRepository.h"
#include "store/KpiStaleRangeRepository.h"
#include "store/KpiTicketReader.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <map>

Q_LOGGING_CATEGORY(lcKpi, "teamlens.kpi")

namespace {

bool employedOn(const Agent &agent, const QDate &day)
{
    return (!agent.hireDate.isValid() || agent.hireDate <= day)
        && (!agent.leftDate.isValid() || agent.leftDate > day);
}

/**
 * Per group: who was employed during the period, who left in it, and the average headcount. Agents
 * have no platform, so with a platform filter per_capita still divides by everyone in the group.
 */
std::map<qint64, KpiHeadcount> headcounts(const KpiContext &context, KpiScope scope, const KpiPeriod &period)
{
    std::map<qint64, KpiHeadcount> result;
    const QDate end = period.last.addDays(1);
    for (const Agent &agent : context.agents) {
        const qint64 team = agent.teamId.value_or(0);
        qint64 group = 0;
        if (scope == KpiScope::Agent)
            group = agent.id;
        else if (scope == KpiScope::Team)
            group = team;
        else if (scope == KpiScope::Department)
            group = context.teamDepartments.value(team, 0);
        if (group == 0 && scope != KpiScope::Center)
            continue;
        KpiHeadcount &headcount = result[group];
        const bool hiredByEnd = !agent.hireDate.isValid() || agent.hireDate <= period.last;
        const bool stillThereAtStart = !agent.leftDate.isValid() || agent.leftDate >= period.first;
        if (hiredByEnd && stillThereAtStart)
            ++headcount.activeAgents;
        if (agent.leftDate.isValid() && agent.leftDate >= period.first && agent.leftDate <= period.last)
            ++headcount.left;
        headcount.averageHeadcount
            += ((employedOn(agent, period.first) ? 1.0 : 0.0) + (employedOn(agent, end) ? 1.0 : 0.0)) / 2.0;
    }
    return result;
}

} // namespace

bool KpiEngine::staleWithin(const KpiPeriod &period, const QTimeZone &zone, bool *stale, QString *error) const
{
    // Not only changes inside the period: a complaint is attributed to the agent of the latest
    // earlier ticket on its order, so a change to any earlier ticket can move one into the period.
    const qint64 periodEnd = QDateTime(period.last.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    return KpiStaleRangeRepository(m_db).anyStartingBefore(periodEnd, stale, error);
}

KpiEngine::KpiEngine(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool KpiEngine::compute(const KpiQuery &query, KpiReport *report, QString *error)
{
    if (!query.period.isValid()) {
        *error = tr("The period is not valid: its first day must not be after its last.");
        return false;
    }
    const qint64 now = query.now >= 0 ? query.now : QDateTime::currentSecsSinceEpoch();

    KpiContext context;
    if (!KpiContext::load(m_db, &context, error))
        return false;
    KpiRuleSetRepository ruleSets(m_db);
    const int version = query.ruleSetVersion > 0 ? query.ruleSetVersion : ruleSets.activeVersion(error);
    KpiRuleSet rules;
    if (version == 0 || !ruleSets.load(version, &rules, error))
        return false;

    // Aggregates serve a query when they count the way these rules do, in this zone, and were
    // built no later than the instant "past due" is judged at.
    KpiSource source = KpiSource::Tickets;
    QString aggregatesUnusable;
    if (query.source != KpiSource::Tickets) {
        KpiAggregateState state;
        if (!KpiAggregateRepository(m_db).state(&state, error))
            return false;
        KpiRuleSet builtWith;
        bool stale = false;
        if (!state.exists)
            aggregatesUnusable = tr("the KPI aggregates have not been built for this store");
        else if (state.timeZone != context.zoneId)
            aggregatesUnusable
                = tr("the KPI aggregates were built for the time zone %1, the team works in %2")
                      .arg(state.timeZone, context.zoneId);
        else if (state.ruleSetVersion != version
                 && (!ruleSets.load(state.ruleSetVersion, &builtWith, error)
                     || !builtWith.sameAggregation(rules)))
            aggregatesUnusable = tr("the KPI aggregates were built under rule set version %1, which counts "
                                    "differently from version %2")
                                     .arg(state.ruleSetVersion)
                                     .arg(version);
        else if (now < state.builtAt)
            aggregatesUnusable = tr("the KPI aggregates were built after the requested reference time");
        else if (!staleWithin(query.period, context.zone, &stale, error))
            return false;
        else if (stale)
            aggregatesUnusable = tr("tickets of this period changed since the KPI aggregates were built "
                                    "(an import or its undo)");
        else
            source = KpiSource::Aggregates;
    }
    if (query.source == KpiSource::Aggregates && source != KpiSource::Aggregates) {
        *error = tr("Cannot compute from the KPI aggregates: %1.").arg(aggregatesUnusable);
        return false;
    }
    if (!aggregatesUnusable.isEmpty() && query.source == KpiSource::Auto)
        qCInfo(lcKpi) << "Computing KPIs from the raw tickets:" << aggregatesUnusable;

    KpiGroupMerger merger(query.scope, context.teamDepartments, rules);
    if (source == KpiSource::Aggregates) {
        if (!KpiAggregateRepository(m_db).read(
                query.period.first.toJulianDay(), query.period.last.toJulianDay(), query.platform,
                [&merger](const KpiAggregateKey &key) { return merger.target(key); }, error))
            return false;
    } else {
        KpiDayClock clock(context.zone);
        KpiTicketAggregator aggregator(rules, context.policies, clock, context.agentTeams, now);
        const qint64 fromEpoch = clock.startOf(query.period.first);
        const qint64 toEpoch = clock.startOf(query.period.last.addDays(1));
        if (!KpiTicketReader(m_db).scan(
                fromEpoch, toEpoch, query.platform,
                [&aggregator](const KpiTicketRow &ticket) {
                    aggregator.add(ticket);
                    return true;
                },
                error))
            return false;
        for (const KpiAggregateRow &row : aggregator.take())
            merger.add(row);
    }

    // Every group of the scope is listed, with or without tickets, so nobody silently disappears.
    QList<QPair<qint64, QString>> groups;
    switch (query.scope) {
    case KpiScope::Agent:
        for (const Agent &agent : context.agents) {
            const bool employed = (!agent.hireDate.isValid() || agent.hireDate <= query.period.last)
                && (!agent.leftDate.isValid() || agent.leftDate >= query.period.first);
            if (employed || merger.groups().count(agent.id))
                groups.append({ agent.id, agent.name });
        }
        break;
    case KpiScope::Team:
        for (const Team &team : context.teams)
            groups.append({ team.id, team.name });
        break;
    case KpiScope::Department:
        for (const Department &department : context.departments)
            groups.append({ department.id, department.name });
        break;
    case KpiScope::Center:
        groups.append({ 0, tr("Center") });
        break;
    }

    const std::map<qint64, KpiHeadcount> people = headcounts(context, query.scope, query.period);
    const KpiFigureCalculator calculator(rules, now, query.scope);
    static const std::vector<KpiCounts> none(1);
    *report = {};
    report->period = query.period;
    report->scope = query.scope;
    report->platform = query.platform;
    report->ruleSetVersion = version;
    report->source = source;
    report->timeZone = context.zoneId;
    report->now = now;
    report->note
        = source == KpiSource::Tickets && query.source == KpiSource::Auto ? aggregatesUnusable : QString();
    for (const auto &[id, name] : groups) {
        const auto counts = merger.groups().find(id);
        const auto headcount = people.find(id);
        KpiResult result;
        result.scope = query.scope;
        result.id = id;
        result.name = name;
        result.figures = calculator.figures(counts != merger.groups().end() ? counts->second : none,
                                            merger.bucketExemptions(),
                                            headcount != people.end() ? headcount->second : KpiHeadcount());
        report->results.append(result);
    }

    // The version has now computed a result: freeze it. A read-only store cannot record that, and
    // computing is still right, so this is a warning rather than a failure.
    QString markError;
    if (!ruleSets.markUsed(version, now, &markError))
        qCWarning(lcKpi) << "Could not mark KPI rule set" << version << "as used:" << markError;
    return true;
}
