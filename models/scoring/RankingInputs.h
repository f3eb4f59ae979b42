#pragma once

#include "Ranking.h"
#include "WeightProfile.h"
#include "kpi/KpiResult.h"

#include <QDate>
#include <QHash>
#include <QMap>

/** Who an agent is for ranking purposes. */
struct RankingAgent
{
    qint64 id = 0;
    QString name;
    qint64 teamId = 0;
    QString teamName;
    QDate hireDate;
};

/**
 * The versions of one named profile that score a period: the general one (platform empty) and any
 * platform variants. With variants, every platform is scored with its variant (or the general one)
 * and an agent's platform composites combine by handled volume; without, all tickets are scored
 * together under the general profile.
 */
struct ProfileSet
{
    QString name;
    QList<WeightProfile> profiles;

    const WeightProfile *forPlatform(const QString &platform) const; // the variant, else the general one
    bool hasPlatformVariants() const;
};

/**
 * Everything a ranking needs that comes from the store, computed once: re-ranking with other weights
 * (what-if) reuses it and never touches the store.
 */
struct RankingInputs
{
    KpiPeriod period;
    RankingOptions options;
    int ruleSetVersion = 0;
    QList<RankingAgent> agents;
    KpiReport overall; // every platform: the figures shown, and handled volume
    QMap<QString, KpiReport> byPlatform; // platform code → report; filled when scoring per platform
    QHash<qint64, QHash<QString, double>> targets; // agent → KPI → team standard or agent override
    QHash<qint64, QPair<int, int>> previousRanks; // agent → (center rank, team rank) last period
};
