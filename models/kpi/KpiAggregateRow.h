#pragma once

#include "KpiCounts.h"
#include "domain/Vocabulary.h"

#include <compare>

/** The key of one kpi_agent_day row: local day (Julian day number), agent (0 = unassigned), team, platform.
 */
struct KpiAggregateKey
{
    qint64 day = 0;
    qint64 agentId = 0;
    qint64 teamId = 0;
    Platform platform = Platform::Taobao;

    auto operator<=>(const KpiAggregateKey &) const = default;
};

/** One agent-day-platform's counts, as stored in kpi_agent_day. */
struct KpiAggregateRow
{
    KpiAggregateKey key;
    KpiCounts counts;
};
