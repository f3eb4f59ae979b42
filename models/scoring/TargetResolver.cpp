#include "TargetResolver.h"

namespace {

/** The active row that started latest (ties: the newest row). */
void keepLatest(QHash<QString, const Target *> &chosen, const Target &target)
{
    const Target *&current = chosen[target.kpi];
    if (!current || target.effectiveFrom > current->effectiveFrom
        || (target.effectiveFrom == current->effectiveFrom && target.id > current->id))
        current = &target;
}

} // namespace

QHash<qint64, QHash<QString, double>>
TargetResolver::resolve(const QList<Target> &targets, const QList<RankingAgent> &agents, const QDate &day)
{
    QHash<qint64, QHash<QString, const Target *>> teamStandards;
    QHash<qint64, QHash<QString, const Target *>> overrides;
    for (const Target &target : targets) {
        if (!target.isActiveOn(day))
            continue;
        if (target.agentId > 0)
            keepLatest(overrides[target.agentId], target);
        else if (target.teamId > 0)
            keepLatest(teamStandards[target.teamId], target);
    }
    QHash<qint64, QHash<QString, double>> resolved;
    for (const RankingAgent &agent : agents) {
        QHash<QString, double> values;
        const QHash<QString, const Target *> standard = teamStandards.value(agent.teamId);
        for (auto it = standard.cbegin(); it != standard.cend(); ++it)
            values.insert(it.key(), it.value()->value);
        const QHash<QString, const Target *> own = overrides.value(agent.id);
        for (auto it = own.cbegin(); it != own.cend(); ++it)
            values.insert(it.key(), it.value()->value);
        if (!values.isEmpty())
            resolved.insert(agent.id, values);
    }
    return resolved;
}
