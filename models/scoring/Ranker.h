#pragma once

#include "Ranking.h"

/**
 * Places scored agents (PRODUCT.md "Ranking"): by composite descending, within each cohort, across
 * the center and inside each team. Equal composites share a rank and the next rank skips (1, 2, 2, 4);
 * composites are compared rounded to 2 decimals, the precision shown, so float noise cannot split a
 * tie a lead sees. Agents below the minimum volume or without any scored KPI are not ranked.
 */
class Ranker
{
public:
    /** Sets notRanked, centerRank and teamRank of every agent, then orders the list for display. */
    static void rank(QList<RankedAgent> *agents, const RankingOptions &options);

    /** Orders for display: cohort, then the ranked by center rank, then the not ranked by name. */
    static void sortForDisplay(QList<RankedAgent> *agents);

    /** The composite as ranks compare it: hundredths, rounded half away from zero. */
    static qint64 rankingKey(double composite);
};
