#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

/**
 * Brings the KPI aggregates back in step with the tickets after import batches and undos, which
 * only record the creation-time ranges they touched (kpi_stale_ranges) so an import stays as fast
 * as the store allows. Whoever reads KPIs next calls refresh(): it rebuilds the days of every
 * recorded range and clears the ranges in one transaction, so a crash leaves them recorded.
 *
 * Until then the KPI engine reads raw tickets for any period that meets a recorded range: the
 * figures are right either way, only slower.
 *
 * Threading: use it on the thread that owns the connection; on a 10M-ticket store a month of
 * days takes seconds, so the UI calls it from a worker.
 */
class KpiAggregateRefresher
{
    Q_DECLARE_TR_FUNCTIONS(KpiAggregateRefresher)

public:
    explicit KpiAggregateRefresher(QSqlDatabase db);

    /** `now` as for KpiAggregateBuilder (-1 = the current time). */
    bool refresh(qint64 now, QString *error);

    /** How many recorded ranges the last refresh() rebuilt. */
    int rangesRebuilt() const { return m_rangesRebuilt; }

private:
    QSqlDatabase m_db;
    int m_rangesRebuilt = 0;
};
