#pragma once

#include "RankingInputs.h"
#include "Target.h"

/**
 * Which target applies to an agent for a period: the agent's override active on the period's last
 * day, else the team standard active that day, else (absent here) the profile's own target. The last
 * day decides because a target changed mid-month is the one the month is judged by at close; when
 * several rows are active the one that started latest wins (it was set to replace the other).
 */
class TargetResolver
{
public:
    static QHash<qint64, QHash<QString, double>> resolve(const QList<Target> &targets,
                                                         const QList<RankingAgent> &agents, const QDate &day);
};
