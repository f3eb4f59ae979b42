#include "Ranker.h"

#include <QCollator>

#include <algorithm>
#include <cmath>

namespace {

/** Standard competition ranking of the given agents (indices into all), best first. */
void assign(QList<RankedAgent> &all, QList<qsizetype> members, bool byTeam)
{
    std::sort(members.begin(), members.end(), [&all](qsizetype a, qsizetype b) {
        return Ranker::rankingKey(*all[a].composite) > Ranker::rankingKey(*all[b].composite);
    });
    for (qsizetype i = 0; i < members.size(); ++i) {
        RankedAgent &agent = all[members[i]];
        const bool tied = i > 0
            && Ranker::rankingKey(*agent.composite) == Ranker::rankingKey(*all[members[i - 1]].composite);
        const int rank = tied ? all[members[i - 1]].rank(byTeam) : int(i + 1);
        (byTeam ? agent.teamRank : agent.centerRank) = rank;
    }
}

} // namespace

qint64 Ranker::rankingKey(double composite)
{
    return std::llround(composite * 100.0);
}

void Ranker::rank(QList<RankedAgent> *agents, const RankingOptions &options)
{
    QHash<int, QList<qsizetype>> cohorts; // cohort → members
    QHash<QPair<int, qint64>, QList<qsizetype>> teams; // (cohort, team) → members
    for (qsizetype i = 0; i < agents->size(); ++i) {
        RankedAgent &agent = (*agents)[i];
        agent.centerRank = agent.teamRank = 0;
        if (agent.handled < options.minVolume)
            agent.notRanked = NotRankedReason::LowVolume;
        else if (!agent.composite)
            agent.notRanked = NotRankedReason::NoScore;
        else
            agent.notRanked = NotRankedReason::None;
        if (!agent.isRanked())
            continue;
        cohorts[int(agent.cohort)].append(i);
        teams[{ int(agent.cohort), agent.teamId }].append(i);
    }
    for (const QList<qsizetype> &members : std::as_const(cohorts))
        assign(*agents, members, false);
    for (const QList<qsizetype> &members : std::as_const(teams))
        assign(*agents, members, true);
    sortForDisplay(agents);
}

void Ranker::sortForDisplay(QList<RankedAgent> *agents)
{
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(agents->begin(), agents->end(), [&collator](const RankedAgent &a, const RankedAgent &b) {
        if (a.cohort != b.cohort)
            return a.cohort < b.cohort;
        if (a.isRanked() != b.isRanked())
            return a.isRanked();
        if (a.isRanked() && a.centerRank != b.centerRank)
            return a.centerRank < b.centerRank;
        const int byName = collator.compare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.agentId < b.agentId;
    });
}
