#pragma once

#include "Ranking.h"
#include "WeightProfile.h"
#include "kpi/KpiCatalogue.h"

#include <QHash>

/** One agent scored under one profile (for one platform, or all of them). */
struct ScoredResult
{
    std::optional<double> composite;
    bool renormalised = false;
    QList<KpiScore> kpis;
};

/**
 * Scores KPI figures against targets (PRODUCT.md "Composite score"). Pure arithmetic: no store, so
 * what-if re-ranking and tests call it directly.
 *
 * A capped-attainment score is min(attainment, cap) × 100: 100 means on target, and the cap (120% by
 * default) lets doing better than target earn up to 120 so one KPI can offset another. Band tables
 * give their points (0–100).
 */
class KpiScorer
{
public:
    /** The score of one actual value, or nothing when it cannot be scored (no target, NaN). */
    static std::optional<double> score(const KpiWeight &weight, double target, double actual,
                                       KpiBetter better);

    /**
     * Scores every KPI of the profile for one result. targets holds the agent's resolved targets
     * (override or team standard) by KPI; a KPI without one uses the profile's target.
     * Insufficient figures get no score and the remaining weights are renormalised
     * (Ranking::renormalisationRule()); no scored KPI at all leaves the composite empty.
     */
    static ScoredResult scoreResult(const WeightProfile &profile, const KpiResult &result,
                                    const QHash<QString, double> &targets);
};
