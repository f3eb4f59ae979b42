#pragma once

#include "kpi/KpiResult.h"
#include "qa/store/QaResultsRepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/** One row of the QA results table: an agent, a team or the center over the period. */
struct QaResultsRow
{
    KpiScope scope = KpiScope::Agent;
    qint64 id = 0;
    QString name;
    QString teamName; // agents only
    KpiFigure qaScore; // exactly the KPI engine's qa_score figure for the subject and period
    QaResults results; // n, critical fails, by criterion, weeks of the period
    std::optional<double> gap; // qa_score minus its team's (an agent) or the center's (a team)
};

/** What the QA results view shows for one query. */
struct QaResultsTable
{
    bool ok = false;
    QString error;
    KpiScope scope = KpiScope::Agent;
    KpiPeriod period;
    int ruleSetVersion = 0;
    int minimumReviews = 0; // below it qa_score is "insufficient"
    QList<QaResultsRow> rows;
};

/** The weekly trend of one subject, for the detail chart. */
struct QaResultsTrend
{
    bool ok = false;
    QString error;
    KpiScope scope = KpiScope::Agent;
    qint64 id = 0;
    KpiPeriod span;
    QList<QaWeekPoint> weeks;
};

/**
 * The store work behind QaResultsView, run on a worker thread with that thread's connection
 * (runStoreTask). qa_score is the KPI engine's own arithmetic (QaResultsRepository::scoreSum with
 * the team zone's day bounds and KpiFigureCalculator::qaScore under the active rule set), so the
 * table and the KPI views agree to the last digit.
 */
namespace QaResultsJobs {

/** Every agent (or team, or the center) over period; agents who left before it start are left out
 *  unless they were reviewed in it. */
QaResultsTable table(QSqlDatabase db, KpiScope scope, const KpiPeriod &period);
/** The subject's weeks from `weeks` weeks before period's last day to that day. */
QaResultsTrend trend(QSqlDatabase db, KpiScope scope, qint64 id, const KpiPeriod &period, int weeks);

} // namespace QaResultsJobs
