#pragma once

#include "RankingInputs.h"

/**
 * Turns computed KPI reports into a ranking under a profile set: scores, composites, cohorts, ranks
 * and movement. It never reads the store, so a what-if weight change re-ranks 500 agents in well under
 * a millisecond-scale budget; RankingService gathers the inputs.
 *
 *     RankingInputs inputs;   ProfileSet profiles;
 *     service.prepare(request, &inputs, &profiles, &error);
 *     profiles.profiles[0].kpis[0].weight = 30; …            // the lead drags a slider
 *     const Ranking ranking = RankingCalculator::rank(inputs, profiles);
 */
class RankingCalculator
{
public:
    static Ranking rank(const RankingInputs &inputs, const ProfileSet &profiles);
};
