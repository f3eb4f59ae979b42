#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

/** A creation-time range (UTC epoch seconds, inclusive) whose KPI aggregates are out of date. */
struct KpiStaleRange
{
    qint64 id = 0;
    qint64 fromEpoch = 0;
    qint64 toEpoch = 0;
};

/**
 * SQL for kpi_stale_ranges: what changed tickets (an import batch, its undo) record in their own
 * transaction, what the KPI engine checks before trusting the aggregates, and what
 * KpiAggregateRefresher clears once it has rebuilt the days.
 *
 * Threading: use it on the thread that owns the connection.
 */
class KpiStaleRangeRepository
{
    Q_DECLARE_TR_FUNCTIONS(KpiStaleRangeRepository)

public:
    explicit KpiStaleRangeRepository(QSqlDatabase db);

    bool record(qint64 fromEpoch, qint64 toEpoch, const QString &reason, QString *error);
    bool all(QList<KpiStaleRange> *out, QString *error) const;
    /** Whether any recorded range starts before epoch. */
    bool anyStartingBefore(qint64 epoch, bool *result, QString *error) const;
    bool remove(const QList<KpiStaleRange> &ranges, QString *error);
    bool removeAll(QString *error);

private:
    QSqlDatabase m_db;
};
