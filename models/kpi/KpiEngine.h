#pragma once

#include "KpiContext.h"
#include "KpiResult.h"
#include "KpiRuleSet.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class KpiGroupMerger;
struct KpiAggregateKey;
struct KpiCounts;

/** What to compute: a period, for whom, optionally one platform, under which rules. */
struct KpiQuery
{
    KpiPeriod period;
    KpiScope scope = KpiScope::Agent;
    std::optional<Platform> platform;
    int ruleSetVersion = 0; // 0 = the store's active version
    KpiSource source = KpiSource::Auto;
    qint64 now = -1; // judges "unanswered and past due"; -1 = the current time
};

/**
 * Computes PRODUCT.md's KPI catalogue for every agent, team, department or the center over a
 * period. It reads the daily aggregates (kpi_agent_day) when they were built in the store's time
 * zone under rules that count the same way, and otherwise — or when asked to — the raw tickets;
 * both paths share KpiTicketAggregator's counting (and KpiConversationCounter's for the messages of
 * each ticket's conversations), so they agree exactly.
 *
 * A month for every agent:
 *     KpiEngine engine(store.connection());
 *     KpiReport report;
 *     if (!engine.compute({ KpiPeriod::month(2026, 11), KpiScope::Agent }, &report, &error)) …
 *     for (const KpiResult &agent : report.results) agent.figure("sla_response")->value …
 *
 * Threading: use it on the thread that owns the connection.
 */
class KpiEngine
{
    Q_DECLARE_TR_FUNCTIONS(KpiEngine)

public:
    explicit KpiEngine(QSqlDatabase db);

    bool compute(const KpiQuery &query, KpiReport *report, QString *error);

    /**
     * One subject's figures over consecutive periods (a trend): `subjectId` at query.scope (0 for
     * the center), one point per period, each exactly what compute() gives for that period. The
     * whole span is read once and only the subject's rows are merged, so a year of days costs about
     * one compute() over the year. query.period is ignored; the periods must be ascending and must
     * not overlap. `meta` receives the report fields (rule version, source, zone, note) without results.
     */
    bool computeSeries(const KpiQuery &query, const QList<KpiPeriod> &periods, qint64 subjectId,
                       QList<KpiResult> *points, KpiReport *meta, QString *error);

private:
    /** What every computation settles first: the organisation, the rules and where to read. */
    struct Plan
    {
        KpiContext context;
        KpiRuleSet rules;
        int version = 0;
        KpiSource source = KpiSource::Tickets;
        QString note; // why the raw tickets are read, when the caller let the engine choose
        qint64 now = 0;
        std::optional<Platform> platform;
        bool hasQaReviews = false; // any submitted regular review: qa_score is computed, else not available
    };
    using CountsTarget = std::function<KpiCounts *(const KpiAggregateKey &)>;

    bool plan(const KpiQuery &query, const KpiPeriod &span, Plan *out, QString *error);
    /** Feeds every agent-day row of span, from the chosen source, to `target`. */
    bool accumulate(const Plan &plan, const KpiPeriod &span, std::optional<Platform> platform,
                    const CountsTarget &target, QString *error);
    KpiReport reportHeader(const KpiQuery &query, const Plan &plan) const;
    KpiResult resultOf(const Plan &plan, KpiScope scope, const KpiPeriod &period, qint64 id,
                       const QString &name, const KpiGroupMerger &merger) const;
    /** Replaces the qa_score figure of result with the group's QA reviews of the period (QaResults). */
    void fillQaScore(const Plan &plan, const KpiPeriod &period, KpiResult *result) const;
    void markUsed(const Plan &plan);
    /** Whether an import or undo changed tickets that the aggregates of the period depend on. */
    bool staleWithin(const KpiPeriod &period, const QTimeZone &zone, bool *stale, QString *error) const;

    QSqlDatabase m_db;
};
