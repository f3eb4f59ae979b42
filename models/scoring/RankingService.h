#pragma once

#include "RankingCalculator.h"

#include <QSqlDatabase>

/** What ranking to compute. */
struct RankingRequest
{
    KpiPeriod period; // a month or a quarter (any range works; movement compares the same length before)
    QString profileName; // empty = the store's ranking_profile setting
    QList<qint64> profileIds; // exact profile versions instead of the latest of profileName
    // A closed period returns its snapshot unless this is set or profileName names another profile.
    bool ignoreClose = false;
    bool withMovement = true; // also rank the previous period to show ↑/↓/new
    int ruleSetVersion = 0; // 0 = the active counting rules
    qint64 now = -1;
};

/**
 * Computes a period's ranking from the store (PRODUCT.md "Composite score, targets and rankings").
 * A closed period returns its snapshot unless the request says otherwise. prepare() gathers the KPI
 * reports, targets and previous ranks once; RankingCalculator then re-ranks those inputs under any
 * weights without touching the store (what-if), and saveProfileVersion() keeps a change.
 *
 *     RankingService service(store.connection());
 *     RankingRequest request;
 *     request.period = KpiPeriod::month(2026, 11);
 *     Ranking ranking;
 *     if (!service.compute(request, &ranking, &error)) …
 *
 * The KPI aggregates are read as they are; refresh them first (KpiAggregateRefresher) after imports.
 * Threading: use it on the thread that owns the connection.
 */
class RankingService
{
    Q_DECLARE_TR_FUNCTIONS(RankingService)

public:
    explicit RankingService(QSqlDatabase db);

    bool compute(const RankingRequest &request, Ranking *out, QString *error);
    bool prepare(const RankingRequest &request, RankingInputs *inputs, ProfileSet *profiles, QString *error);
    /** Saves an edited profile as its next version and writes the audit entry, in one transaction. */
    bool saveProfileVersion(WeightProfile *profile, const QString &actor, qint64 now, QString *error);

    /** The period movement compares with: the previous month for a month, quarter for a quarter. */
    static KpiPeriod previousPeriod(const KpiPeriod &period);

private:
    bool previousRanks(const RankingRequest &request, const ProfileSet &profiles,
                       QHash<qint64, QPair<int, int>> *out, QString *error);

    QSqlDatabase m_db;
};
