#pragma once

#include "KpiResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

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
 * both paths share KpiTicketAggregator's counting, so they agree exactly.
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

private:
    /** Whether an import or undo changed tickets that the aggregates of the period depend on. */
    bool staleWithin(const KpiPeriod &period, const QTimeZone &zone, bool *stale, QString *error) const;

    QSqlDatabase m_db;
};
