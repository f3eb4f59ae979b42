#pragma once

#include "Ranking.h"
#include "scoring/store/PeriodSnapshotRepository.h"

#include <QSqlDatabase>

/** Where a recomputation of a closed period differs from its snapshot. */
struct SnapshotDifference
{
    qint64 agentId = 0;
    QString agentName;
    QString field; // a KPI figure key, or "composite", "center_rank", "team_rank", "handled", "agent"
    std::optional<double> snapshot; // absent: no value (insufficient, not ranked, not in the snapshot)
    std::optional<double> current;
};

/**
 * Period close (月结): freezes a month's KPIs, scores, composites and ranks, with the profile and
 * rule-set versions that produced them; reopens explicitly with a reason; compares a closed period
 * with a recomputation. Close and reopen write the audit log in the same transaction.
 *
 * Threading: use it on the thread that owns the connection.
 */
class PeriodCloser
{
    Q_DECLARE_TR_FUNCTIONS(PeriodCloser)

public:
    explicit PeriodCloser(QSqlDatabase db);

    /** Computes and freezes the period under profileName (empty = the store's default). */
    bool close(const KpiPeriod &period, const QString &profileName, const QString &actor, qint64 now,
               Ranking *snapshot, QString *error);
    bool reopen(const KpiPeriod &period, const QString &actor, const QString &reason, qint64 now,
                QString *error);
    bool isClosed(const KpiPeriod &period, bool *closed, QString *error) const;
    /**
     * Recomputes the closed period with the snapshot's profile versions and counting rules and lists
     * every difference; empty when the data still gives the frozen result.
     */
    bool compare(const KpiPeriod &period, QList<SnapshotDifference> *out, QString *error);

    /** The two rankings' differences (public for tests). */
    static QList<SnapshotDifference> differences(const Ranking &snapshot, const Ranking &current);

private:
    QSqlDatabase m_db;
};
