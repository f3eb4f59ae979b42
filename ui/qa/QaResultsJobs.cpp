#include "QaResultsJobs.h"

#include "kpi/KpiContext.h"
#include "kpi/KpiDayClock.h"
#include "kpi/KpiEngine.h"
#include "kpi/KpiFigureCalculator.h"
#include "kpi/KpiRuleSet.h"
#include "kpi/store/KpiRuleSetRepository.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace {

/** One subject's row: the KPI's figure from the cheap sum, the details from the full results. */
bool rowOf(const QaResultsRepository &repository, const KpiRuleSet &rules, const KpiDayClock &clock,
           KpiScope scope, qint64 id, const KpiPeriod &period, QaResultsRow *row, QString *error)
{
    const qint64 from = clock.startOf(period.first);
    const qint64 to = clock.startOf(period.last.addDays(1));
    double sum = 0;
    int n = 0;
    if (!repository.scoreSum(scope, id, from, to, &sum, &n, error)
        || !repository.results(scope, id, from, to, clock.timeZone(), &row->results, error))
        return false;
    row->scope = scope;
    row->id = id;
    row->qaScore = KpiFigureCalculator(rules, QDateTime::currentSecsSinceEpoch(), scope).qaScore(sum, n);
    return true;
}

} // namespace

namespace QaResultsJobs {

QaResultsTable table(QSqlDatabase db, KpiScope scope, const KpiPeriod &period)
{
    QaResultsTable out;
    out.scope = scope;
    out.period = period;
    KpiContext context;
    KpiRuleSet rules;
    KpiRuleSetRepository ruleSets(db);
    out.ruleSetVersion = ruleSets.activeVersion(&out.error);
    if (out.ruleSetVersion == 0 || !ruleSets.load(out.ruleSetVersion, &rules, &out.error)
        || !KpiContext::load(db, &context, &out.error))
        return out;
    out.minimumReviews = rules.minReviewSamples;
    const KpiDayClock clock(context.zone);
    const QaResultsRepository repository(db);

    // The level above each row, for the gap: teams for agents, the center for teams.
    QHash<qint64, QaResultsRow> parents;
    if (scope == KpiScope::Agent || scope == KpiScope::Team) {
        const KpiScope parentScope = scope == KpiScope::Agent ? KpiScope::Team : KpiScope::Center;
        QList<qint64> ids;
        if (parentScope == KpiScope::Team) {
            for (const Team &team : std::as_const(context.teams))
                ids.append(team.id);
        } else {
            ids.append(0);
        }
        for (const qint64 id : std::as_const(ids)) {
            QaResultsRow parent;
            if (!rowOf(repository, rules, clock, parentScope, id, period, &parent, &out.error))
                return out;
            parents.insert(id, parent);
        }
    }
    QHash<qint64, QString> teamNames;
    for (const Team &team : std::as_const(context.teams))
        teamNames.insert(team.id, team.name);

    const auto add = [&](qint64 id, const QString &name, qint64 parentId, bool onlyIfReviewed) {
        QaResultsRow row;
        if (!rowOf(repository, rules, clock, scope, id, period, &row, &out.error))
            return false;
        if (onlyIfReviewed && row.results.n == 0)
            return true;
        row.name = name;
        if (scope == KpiScope::Agent)
            row.teamName = teamNames.value(parentId);
        const auto parent = parents.constFind(parentId);
        if (parent != parents.constEnd() && row.qaScore.value && parent->qaScore.value)
            row.gap = *row.qaScore.value - *parent->qaScore.value;
        out.rows.append(row);
        return true;
    };
    switch (scope) {
    case KpiScope::Agent:
        for (const Agent &agent : std::as_const(context.agents)) {
            const bool left = agent.leftDate.isValid() && agent.leftDate < period.first;
            if (!add(agent.id, agent.name, context.agentTeams.value(agent.id), left))
                return out;
        }
        break;
    case KpiScope::Team:
        for (const Team &team : std::as_const(context.teams)) {
            if (!add(team.id, team.name, 0, false))
                return out;
        }
        break;
    case KpiScope::Department:
        for (const Department &department : std::as_const(context.departments)) {
            if (!add(department.id, department.name, -1, false))
                return out;
        }
        break;
    case KpiScope::Center:
        if (!add(0, KpiEngine::tr("Center"), -1, false))
            return out;
        break;
    }
    out.ok = true;
    return out;
}

QaResultsTrend trend(QSqlDatabase db, KpiScope scope, qint64 id, const KpiPeriod &period, int weeks)
{
    QaResultsTrend out;
    out.scope = scope;
    out.id = id;
    KpiContext context;
    if (!KpiContext::load(db, &context, &out.error))
        return out;
    const QDate lastMonday = period.last.addDays(1 - period.last.dayOfWeek());
    out.span = KpiPeriod::range(std::min(period.first, lastMonday.addDays(-7 * (weeks - 1))), period.last);
    const KpiDayClock clock(context.zone);
    QaResults results;
    if (!QaResultsRepository(db).results(scope, id, clock.startOf(out.span.first),
                                         clock.startOf(out.span.last.addDays(1)), context.zone, &results,
                                         &out.error))
        return out;
    out.weeks = results.weekly;
    out.ok = true;
    return out;
}

} // namespace QaResultsJobs
