#pragma once

#include "scoring/Ranking.h"

#include <QSqlDatabase>

/** One close of a period (月结); reopened when reopenedAt is set. */
struct PeriodCloseRecord
{
    qint64 id = 0;
    KpiPeriod period;
    QString profileName;
    QList<qint64> profileIds;
    int ruleSetVersion = 0;
    RankingOptions options;
    qint64 closedAt = 0;
    QString closedBy;
    qint64 reopenedAt = 0; // 0 = still closed
    QString reopenedBy;
    QString reopenReason;
};

/**
 * SQL for period closes and their frozen snapshots (period_closes, period_close_profiles,
 * period_snapshot_agents, period_snapshot_kpis). Snapshot rows are written once; the store's
 * triggers refuse any later change.
 *
 * Threading: use it on the thread that owns the connection.
 */
class PeriodSnapshotRepository
{
public:
    explicit PeriodSnapshotRepository(QSqlDatabase db);

    /** The close currently in force for period; found is false when the period is open. */
    bool current(const KpiPeriod &period, PeriodCloseRecord *out, bool *found, QString *error) const;
    /** Every close of the period, oldest first (reopened ones included). */
    bool history(const KpiPeriod &period, QList<PeriodCloseRecord> *out, QString *error) const;
    /** Stores the close row and the snapshot of ranking; sets record->id. Call inside a transaction. */
    bool write(PeriodCloseRecord *record, const Ranking &ranking, QString *error);
    bool readSnapshot(const PeriodCloseRecord &record, Ranking *out, QString *error) const;
    bool markReopened(qint64 closeId, qint64 at, const QString &by, const QString &reason, QString *error);

private:
    bool select(const KpiPeriod &period, bool onlyCurrent, QList<PeriodCloseRecord> *out,
                QString *error) const;

    QSqlDatabase m_db;
};
