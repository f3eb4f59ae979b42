#pragma once

#include "kpi/KpiEngine.h"
#include "kpi/KpiTrendPeriods.h"

#include "kpi/store/KpiTicketCountReader.h"
#include "scoring/RankingInputs.h"
#include <QCoreApplication>

#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <array>

class ServiceContext;

/** A period's KPIs for a scope plus each agent's team result (the table's comparison). */
struct KpiTableResult
{
    bool ok = false;
    QString error;
    KpiReport report;
    QHash<qint64, KpiResult> teamOfAgent; // agent id → its team's figures
    // The store's ranking for the period (agents, all platforms); empty with rankingNote saying why.
    QHash<qint64, RankedAgent> rankOfAgent;
    QString rankingNote;
    // What RankingCalculator needs to re-rank the period under other weights (what-if) without the
    // store; rankingPrepared is false when they could not be gathered.
    bool rankingPrepared = false;
    bool rankingFromSnapshot = false; // rankOfAgent is a closed period's snapshot
    RankingInputs rankingInputs;
    ProfileSet rankingProfiles;
};

/** One result (agent, team or center) over consecutive periods. */
struct KpiSeriesResult
{
    bool ok = false;
    QString error;
    QList<KpiPeriod> periods;
    KpiGranularity granularity = KpiGranularity::Day; // how the periods step (set by the caller)
    QList<KpiResult> points; // one per period; empty figures where the subject had no tickets
    QString timeZone;
    int ruleSetVersion = 0;
    // The subject's target per figure key, one entry per period (none where no target applies);
    // keys without any target are absent. Filled by KpiJobs::addTargets.
    QHash<QString, QList<std::optional<double>>> targets;
};

/** Ticket counts of a created range for the volume, CSAT and heat-map panels, in local days. */
struct KpiCountsResult
{
    bool ok = false;
    QString error;
    KpiPeriod range;
    QString timeZone;
    QMap<QDate, QHash<QString, qint64>> volumeByDay; // local day → value code → tickets
    std::array<std::array<qint64, 24>, 7> weekdayHour {}; // [Monday = 0][local hour]
    std::array<qint64, 5> csat {}; // answered surveys scoring 1…5
};

/** One subject's KPIs in the days before a date and from it on. */
struct KpiBeforeAfterResult
{
    bool ok = false;
    QString error;
    KpiPeriod before;
    KpiPeriod after;
    KpiResult beforeResult;
    KpiResult afterResult;
    int ruleSetVersion = 0;
};

/**
 * The store work the KPI panels do, as plain functions that run on a worker thread with that
 * thread's connection (see runStoreTask). Each first brings the daily aggregates up to date after
 * imports, then reads through KpiEngine, so the panels show exactly what `teamlens kpi` prints.
 */
class KpiJobs
{
    Q_DECLARE_TR_FUNCTIONS(KpiJobs)

public:
    static KpiTableResult table(QSqlDatabase db, const ServiceContext &context, const KpiQuery &query);
    /** The figures of `id` at `scope` (0 for the center) over each period. */
    static KpiSeriesResult series(QSqlDatabase db, KpiScope scope, qint64 id, const QList<KpiPeriod> &periods,
                                  std::optional<Platform> platform);
    /**
     * Adds the subject's targets to a series, per period as judged on its last day (as TargetResolver
     * and the period close do): an agent's override else its team's standard, a team's standard, or
     * for the center the target of the store's ranking profile (its platform variant if any).
     */
    static bool addTargets(QSqlDatabase db, KpiScope scope, qint64 id, std::optional<Platform> platform,
                           KpiSeriesResult *series);
    /** Volume by `dimension` per local day, weekday × hour volume and CSAT scores over `range`. */
    static KpiCountsResult counts(QSqlDatabase db, const KpiPeriod &range, const KpiTicketScope &scope,
                                  KpiVolumeDimension dimension);
    /** `days` days before `date` against `days` days from `date` on. */
    static KpiBeforeAfterResult beforeAfter(QSqlDatabase db, KpiScope scope, qint64 id, const QDate &date,
                                            int days, std::optional<Platform> platform);
    /** [start, end) of a period's local days as UTC instants in `zone`. */
    static std::pair<QDateTime, QDateTime> instants(const KpiPeriod &period, const QTimeZone &zone);

private:
    static void addRanking(QSqlDatabase db, const KpiQuery &query, KpiTableResult *result);
};
