#include "KpiJobs.h"

#include "kpi/KpiAggregateRefresher.h"

#include "kpi/KpiCatalogue.h"
#include "kpi/KpiContext.h"
#include "scoring/RankingService.h"
#include "scoring/TargetResolver.h"
#include "scoring/store/PeriodSnapshotRepository.h"
#include "scoring/store/RankingContextReader.h"
#include "scoring/store/TargetRepository.h"
#include "scoring/store/WeightProfileRepository.h"
#include "services/OrganizationService.h"

/**
 * The store's ranking of the same period (its weight profile, every platform), for the rank,
 * movement and composite columns, and the prepared inputs the what-if panel re-ranks. A closed
 * period shows its snapshot, and what-if starts from the profile versions that scored it. A ranking
 * that cannot be computed leaves the KPIs standing and says why.
 */
void KpiJobs::addRanking(QSqlDatabase db, const KpiQuery &query, KpiTableResult *result)
{
    if (query.platform) {
        result->rankingNote
            = tr("Ranks are for all platforms together; clear the platform filter to see them.");
        return;
    }
    RankingRequest request;
    request.period = query.period;
    request.now = query.now;
    Ranking ranking;
    QString error;
    // The same choice RankingService::compute() makes, split so the inputs stay for what-if.
    PeriodSnapshotRepository snapshots(db);
    PeriodCloseRecord record;
    bool closed = false;
    if (!snapshots.current(request.period, &record, &closed, &error)
        || (closed && !snapshots.readSnapshot(record, &ranking, &error))) {
        result->rankingNote = tr("No ranking: %1").arg(error);
        return;
    }
    if (closed)
        request.profileIds = record.profileIds;
    result->rankingFromSnapshot = closed;
    result->rankingPrepared
        = RankingService(db).prepare(request, &result->rankingInputs, &result->rankingProfiles, &error);
    if (!result->rankingPrepared && !closed) {
        result->rankingNote = tr("No ranking: %1").arg(error);
        return;
    }
    if (!closed)
        ranking = RankingCalculator::rank(result->rankingInputs, result->rankingProfiles);
    for (const RankedAgent &agent : std::as_const(ranking.agents))
        result->rankOfAgent.insert(agent.agentId, agent);
}

KpiTableResult KpiJobs::table(QSqlDatabase db, const ServiceContext &context, const KpiQuery &query)
{
    KpiTableResult result;
    if (!KpiAggregateRefresher(db).refresh(query.now, &result.error))
        return result;
    KpiEngine engine(db);
    if (!engine.compute(query, &result.report, &result.error))
        return result;
    if (query.scope == KpiScope::Agent) {
        KpiQuery teamQuery = query;
        teamQuery.scope = KpiScope::Team;
        teamQuery.ruleSetVersion = result.report.ruleSetVersion;
        KpiReport teams;
        QList<Agent> agents;
        // KpiResult names the agent, not its team: the organisation says which team that is.
        if (!engine.compute(teamQuery, &teams, &result.error)
            || !OrganizationService(context).agents(&agents, &result.error))
            return result;
        QHash<qint64, KpiResult> byTeam;
        for (const KpiResult &team : std::as_const(teams.results))
            byTeam.insert(team.id, team);
        for (const Agent &agent : std::as_const(agents)) {
            if (!agent.teamId)
                continue;
            if (const auto team = byTeam.constFind(*agent.teamId); team != byTeam.constEnd())
                result.teamOfAgent.insert(agent.id, *team);
        }
        addRanking(db, query, &result);
    }
    result.ok = true;
    return result;
}

KpiSeriesResult KpiJobs::series(QSqlDatabase db, KpiScope scope, qint64 id, const QList<KpiPeriod> &periods,
                                std::optional<Platform> platform)
{
    KpiSeriesResult result;
    result.periods = periods;
    if (!KpiAggregateRefresher(db).refresh(-1, &result.error))
        return result;
    KpiQuery query;
    query.scope = scope;
    query.platform = platform;
    KpiReport meta;
    if (!KpiEngine(db).computeSeries(query, periods, id, &result.points, &meta, &result.error))
        return result;
    result.timeZone = meta.timeZone;
    result.ruleSetVersion = meta.ruleSetVersion;
    result.ok = true;
    return result;
}

bool KpiJobs::addTargets(QSqlDatabase db, KpiScope scope, qint64 id, std::optional<Platform> platform,
                         KpiSeriesResult *series)
{
    series->targets.clear();
    const QStringList keys = KpiCatalogue::figureKeys();
    // The ranking profile's own targets are the base line: the center has no other, and an agent or
    // team without a stored target is scored against them, so the line shows what the score uses.
    ProfileSet profiles;
    if (!WeightProfileRepository(db).latestSet(RankingContextReader(db).defaultProfileName(), &profiles,
                                               &series->error))
        return false;
    const WeightProfile *profile = profiles.forPlatform(platform ? Vocabulary::code(*platform) : QString());
    for (const QString &key : keys) {
        const KpiWeight *weight = profile ? profile->find(key) : nullptr;
        if (weight && weight->target > 0)
            series->targets.insert(key, QList<std::optional<double>>(series->periods.size(), weight->target));
    }
    if (scope == KpiScope::Center || scope == KpiScope::Department)
        return true;
    QList<Target> targets;
    if (!TargetRepository(db).all(&targets, &series->error))
        return false;
    // TargetResolver picks an agent's override over its team's standard. A team is resolved as a
    // member without overrides (agent id 0: no override row names it).
    RankingAgent subject;
    if (scope == KpiScope::Agent) {
        KpiContext context;
        if (!KpiContext::load(db, &context, &series->error))
            return false;
        subject.id = id;
        for (const Agent &agent : std::as_const(context.agents))
            if (agent.id == id)
                subject.teamId = agent.teamId.value_or(0);
    } else {
        subject.teamId = id;
    }
    for (int i = 0; i < series->periods.size(); ++i) {
        const QHash<QString, double> values
            = TargetResolver::resolve(targets, { subject }, series->periods.at(i).last).value(subject.id);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!keys.contains(it.key()))
                continue;
            QList<std::optional<double>> &line = series->targets[it.key()];
            line.resize(series->periods.size());
            line[i] = it.value();
        }
    }
    return true;
}

std::pair<QDateTime, QDateTime> KpiJobs::instants(const KpiPeriod &period, const QTimeZone &zone)
{
    return { QDateTime(period.first, QTime(0, 0), zone).toUTC(),
             QDateTime(period.last.addDays(1), QTime(0, 0), zone).toUTC() };
}

KpiCountsResult KpiJobs::counts(QSqlDatabase db, const KpiPeriod &range, const KpiTicketScope &scope,
                                KpiVolumeDimension dimension)
{
    KpiCountsResult result;
    result.range = range;
    KpiContext context;
    if (!KpiContext::load(db, &context, &result.error))
        return result;
    result.timeZone = context.zoneId;
    const auto [from, to] = instants(range, context.zone);
    const KpiTicketCountReader reader(db);
    QHash<qint64, QHash<QString, qint64>> hourly;
    if (!reader.hourlyCounts(from.toSecsSinceEpoch(), to.toSecsSinceEpoch(), scope, dimension, &hourly,
                             &result.error)
        || !reader.csatDistribution(from.toSecsSinceEpoch(), to.toSecsSinceEpoch(), scope, &result.csat,
                                    &result.error))
        return result;
    // Each UTC hour lands in one local hour (team zones are whole-hour offsets).
    for (auto it = hourly.cbegin(); it != hourly.cend(); ++it) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(it.key() * 3600, context.zone);
        QHash<QString, qint64> &day = result.volumeByDay[local.date()];
        qint64 total = 0;
        for (auto value = it->cbegin(); value != it->cend(); ++value) {
            day[value.key()] += value.value();
            total += value.value();
        }
        result.weekdayHour[std::size_t(local.date().dayOfWeek() - 1)][std::size_t(local.time().hour())]
            += total;
    }
    result.ok = true;
    return result;
}

KpiBeforeAfterResult KpiJobs::beforeAfter(QSqlDatabase db, KpiScope scope, qint64 id, const QDate &date,
                                          int days, std::optional<Platform> platform)
{
    KpiBeforeAfterResult result;
    result.before = KpiPeriod::range(date.addDays(-days), date.addDays(-1));
    result.after = KpiPeriod::range(date, date.addDays(days - 1));
    const KpiSeriesResult both = series(db, scope, id, { result.before, result.after }, platform);
    if (!both.ok) {
        result.error = both.error;
        return result;
    }
    result.beforeResult = both.points.at(0);
    result.afterResult = both.points.at(1);
    result.ruleSetVersion = both.ruleSetVersion;
    result.ok = true;
    return result;
}
