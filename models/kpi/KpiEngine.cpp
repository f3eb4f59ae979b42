#include "KpiEngine.h"

#include "KpiContext.h"
#include "KpiConversationCounter.h"
#include "KpiDayClock.h"
#include "KpiFigureCalculator.h"
#include "KpiGroupMerger.h"
#include "KpiRuleSet.h"
#include "KpiTicketAggregator.h"
#include "domain/Vocabulary.h"
#include "qa/store/QaResultsRepository.h"
#include "store/KpiAggregateRepository.h"
#include "store/KpiRuleSetRepository.h"
#include "store/KpiStaleRangeRepository.h"
#include "store/KpiTicketReader.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>
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

QString nameOf(const KpiContext &context, KpiScope scope, qint64 id)
{
    const auto find = [id](const auto &list) {
        for (const auto &item : list) {
            if (item.id == id)
                return item.name;
        }
        return QString();
    };
    switch (scope) {
    case KpiScope::Agent:
        return find(context.agents);
    case KpiScope::Team:
        return find(context.teams);
    case KpiScope::Department:
        return find(context.departments);
    case KpiScope::Center:
        break;
    }
    return KpiEngine::tr("Center");
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

bool KpiEngine::plan(const KpiQuery &query, const KpiPeriod &span, Plan *out, QString *error)
{
    out->now = query.now >= 0 ? query.now : QDateTime::currentSecsSinceEpoch();
    out->platform = query.platform;
    if (!KpiContext::load(m_db, &out->context, error))
        return false;
    // A store that never used QA keeps saying so rather than "insufficient" for everyone.
    if (!QaResultsRepository(m_db).hasSubmittedReviews(&out->hasQaReviews, error))
        return false;
    KpiRuleSetRepository ruleSets(m_db);
    out->version = query.ruleSetVersion > 0 ? query.ruleSetVersion : ruleSets.activeVersion(error);
    if (out->version == 0 || !ruleSets.load(out->version, &out->rules, error))
        return false;

    // Aggregates serve a query when they count the way these rules do, in this zone, and were
    // built no later than the instant "past due" is judged at.
    out->source = KpiSource::Tickets;
    QString aggregatesUnusable;
    if (query.source != KpiSource::Tickets) {
        KpiAggregateState state;
        if (!KpiAggregateRepository(m_db).state(&state, error))
            return false;
        KpiRuleSet builtWith;
        bool stale = false;
        if (!state.exists)
            aggregatesUnusable = tr("the KPI aggregates have not been built for this store");
        else if (state.timeZone != out->context.zoneId)
            aggregatesUnusable
                = tr("the KPI aggregates were built for the time zone %1, the team works in %2")
                      .arg(state.timeZone, out->context.zoneId);
        else if (state.ruleSetVersion != out->version
                 && (!ruleSets.load(state.ruleSetVersion, &builtWith, error)
                     || !builtWith.sameAggregation(out->rules)))
            aggregatesUnusable = tr("the KPI aggregates were built under rule set version %1, which counts "
                                    "differently from version %2")
                                     .arg(state.ruleSetVersion)
                                     .arg(out->version);
        else if (out->now < state.builtAt)
            aggregatesUnusable = tr("the KPI aggregates were built after the requested reference time");
        else if (!staleWithin(span, out->context.zone, &stale, error))
            return false;
        else if (stale)
            aggregatesUnusable = tr("tickets of this period changed since the KPI aggregates were built "
                                    "(an import or its undo)");
        else
            out->source = KpiSource::Aggregates;
    }
    if (query.source == KpiSource::Aggregates && out->source != KpiSource::Aggregates) {
        *error = tr("Cannot compute from the KPI aggregates: %1.").arg(aggregatesUnusable);
        return false;
    }
    if (!aggregatesUnusable.isEmpty() && query.source == KpiSource::Auto) {
        qCInfo(lcKpi) << "Computing KPIs from the raw tickets:" << aggregatesUnusable;
        out->note = aggregatesUnusable;
    }
    return true;
}

bool KpiEngine::accumulate(const Plan &plan, const KpiPeriod &span, std::optional<Platform> platform,
                           const CountsTarget &target, QString *error)
{
    if (plan.source == KpiSource::Aggregates)
        return KpiAggregateRepository(m_db).read(span.first.toJulianDay(), span.last.toJulianDay(), platform,
                                                 target, error);
    KpiDayClock clock(plan.context.zone);
    KpiTicketAggregator aggregator(plan.rules, plan.context.policies, clock, plan.context.agentTeams,
                                   plan.now);
    KpiConversationCounter conversations(m_db, plan.rules, plan.context.zone);
    KpiMessageCounts messages;
    bool readFailed = false;
    const qint64 fromEpoch = clock.startOf(span.first);
    const qint64 toEpoch = clock.startOf(span.last.addDays(1));
    if (!KpiTicketReader(m_db).scan(
            fromEpoch, toEpoch, platform,
            [&](const KpiTicketRow &ticket) {
                if (!conversations.countTicket(ticket, &messages, error)) {
                    readFailed = true;
                    return false;
                }
                aggregator.add(ticket, messages);
                return true;
            },
            error)
        || readFailed)
        return false;
    for (const KpiAggregateRow &row : aggregator.take()) {
        if (KpiCounts *counts = target(row.key))
            counts->merge(row.counts);
    }
    return true;
}

KpiReport KpiEngine::reportHeader(const KpiQuery &query, const Plan &plan) const
{
    KpiReport report;
    report.period = query.period;
    report.scope = query.scope;
    report.platform = query.platform;
    report.ruleSetVersion = plan.version;
    report.source = plan.source;
    report.timeZone = plan.context.zoneId;
    report.now = plan.now;
    report.note = plan.note;
    return report;
}

KpiResult KpiEngine::resultOf(const Plan &plan, KpiScope scope, const KpiPeriod &period, qint64 id,
                              const QString &name, const KpiGroupMerger &merger) const
{
    static const std::vector<KpiCounts> none(1);
    const std::map<qint64, KpiHeadcount> people = headcounts(plan.context, scope, period);
    const auto counts = merger.groups().find(id);
    const auto headcount = people.find(id);
    KpiResult result;
    result.scope = scope;
    result.id = id;
    result.name = name;
    result.figures
        = KpiFigureCalculator(plan.rules, plan.now, scope)
              .figures(counts != merger.groups().end() ? counts->second : none, merger.bucketExemptions(),
                       headcount != people.end() ? headcount->second : KpiHeadcount());
    fillQaScore(plan, period, &result);
    return result;
}

void KpiEngine::fillQaScore(const Plan &plan, const KpiPeriod &period, KpiResult *result) const
{
    if (!plan.hasQaReviews)
        return;
    const auto figure = std::find_if(result->figures.begin(), result->figures.end(), [](const KpiFigure &f) {
        return f.key == QLatin1StringView("qa_score");
    });
    if (figure == result->figures.end() || figure->status == KpiFigureStatus::NotApplicable)
        return;
    // QA reviews are few next to tickets (a sample per agent and week), so one indexed query per
    // group is cheap; they are not in the daily aggregates.
    const KpiDayClock clock(plan.context.zone);
    double sum = 0;
    int n = 0;
    QString error;
    if (!QaResultsRepository(m_db).scoreSum(result->scope, result->id, clock.startOf(period.first),
                                            clock.startOf(period.last.addDays(1)), &sum, &n, &error,
                                            plan.platform ? Vocabulary::code(*plan.platform) : QString())) {
        qCWarning(lcKpi) << "Could not read the QA score of" << result->name << ":" << error;
        figure->note = tr("The QA reviews could not be read: %1").arg(error);
        return;
    }
    *figure = KpiFigureCalculator(plan.rules, plan.now, result->scope).qaScore(sum, n);
}

void KpiEngine::markUsed(const Plan &plan)
{
    // The version has now computed a result: freeze it. A read-only store cannot record that, and
    // computing is still right, so this is a warning rather than a failure.
    QString markError;
    if (!KpiRuleSetRepository(m_db).markUsed(plan.version, plan.now, &markError))
        qCWarning(lcKpi) << "Could not mark KPI rule set" << plan.version << "as used:" << markError;
}

bool KpiEngine::compute(const KpiQuery &query, KpiReport *report, QString *error)
{
    if (!query.period.isValid()) {
        *error = tr("The period is not valid: its first day must not be after its last.");
        return false;
    }
    Plan plan;
    if (!this->plan(query, query.period, &plan, error))
        return false;
    const KpiContext &context = plan.context;
    KpiGroupMerger merger(query.scope, context.teamDepartments, plan.rules);
    if (!accumulate(
            plan, query.period, query.platform,
            [&merger](const KpiAggregateKey &key) { return merger.target(key); }, error))
        return false;

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

    *report = reportHeader(query, plan);
    for (const auto &[id, name] : groups)
        report->results.append(resultOf(plan, query.scope, query.period, id, name, merger));
    markUsed(plan);
    return true;
}

bool KpiEngine::computeSeries(const KpiQuery &query, const QList<KpiPeriod> &periods, qint64 subjectId,
                              QList<KpiResult> *points, KpiReport *meta, QString *error)
{
    points->clear();
    if (periods.isEmpty())
        return true;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        if (!periods.at(i).isValid() || (i > 0 && periods.at(i).first <= periods.at(i - 1).last)) {
            *error = tr("The periods of a trend must be valid, ascending and must not overlap.");
            return false;
        }
    }
    const KpiPeriod span { periods.first().first, periods.last().last };
    Plan plan;
    if (!this->plan(query, span, &plan, error))
        return false;

    // Each day of the span points at the period it belongs to (−1 for gaps between periods).
    const qint64 firstDay = span.first.toJulianDay();
    std::vector<int> periodOfDay(static_cast<std::size_t>(span.last.toJulianDay() - firstDay + 1), -1);
    for (qsizetype i = 0; i < periods.size(); ++i) {
        for (qint64 day = periods.at(i).first.toJulianDay(); day <= periods.at(i).last.toJulianDay(); ++day)
            periodOfDay[static_cast<std::size_t>(day - firstDay)] = static_cast<int>(i);
    }
    std::vector<KpiGroupMerger> mergers;
    mergers.reserve(static_cast<std::size_t>(periods.size()));
    for (qsizetype i = 0; i < periods.size(); ++i)
        mergers.emplace_back(query.scope, plan.context.teamDepartments, plan.rules);
    const KpiScope scope = query.scope;
    const auto target = [&](const KpiAggregateKey &key) -> KpiCounts * {
        const qint64 offset = key.day - firstDay;
        if (offset < 0 || offset >= static_cast<qint64>(periodOfDay.size()))
            return nullptr;
        const int period = periodOfDay[static_cast<std::size_t>(offset)];
        if (period < 0 || mergers.front().groupOf(key) != subjectId)
            return nullptr;
        return mergers[static_cast<std::size_t>(period)].target(key);
    };
    if (!accumulate(plan, span, query.platform, target, error))
        return false;

    const QString name = nameOf(plan.context, scope, subjectId);
    for (qsizetype i = 0; i < periods.size(); ++i)
        points->append(
            resultOf(plan, scope, periods.at(i), subjectId, name, mergers[static_cast<std::size_t>(i)]));
    if (meta) {
        *meta = reportHeader(query, plan);
        meta->period = span;
    }
    markUsed(plan);
    return true;
}
