#include "Ranking.h"

RankMovement RankedAgent::movement(bool byTeam) const
{
    const int now = rank(byTeam);
    const int before = byTeam ? teamPrevious : centerPrevious;
    if (now == 0)
        return RankMovement::None;
    if (before == 0)
        return RankMovement::New;
    return now < before ? RankMovement::Up : now > before ? RankMovement::Down : RankMovement::Same;
}

const KpiScore *RankedAgent::kpi(const QString &key) const
{
    for (const KpiScore &score : kpis) {
        if (score.kpi == key)
            return &score;
    }
    return nullptr;
}

const RankedAgent *Ranking::agent(qint64 agentId) const
{
    for (const RankedAgent &line : agents) {
        if (line.agentId == agentId)
            return &line;
    }
    return nullptr;
}

QString Ranking::cohortCode(RankingCohort cohort)
{
    return cohort == RankingCohort::Onboarding ? QStringLiteral("onboarding") : QStringLiteral("regular");
}

RankingCohort Ranking::cohortFromCode(const QString &code)
{
    return code == QLatin1StringView("onboarding") ? RankingCohort::Onboarding : RankingCohort::Regular;
}

QString Ranking::notRankedCode(NotRankedReason reason)
{
    switch (reason) {
    case NotRankedReason::LowVolume:
        return QStringLiteral("low_volume");
    case NotRankedReason::NoScore:
        return QStringLiteral("no_score");
    case NotRankedReason::None:
        break;
    }
    return {};
}

NotRankedReason Ranking::notRankedFromCode(const QString &code)
{
    if (code == QLatin1StringView("low_volume"))
        return NotRankedReason::LowVolume;
    if (code == QLatin1StringView("no_score"))
        return NotRankedReason::NoScore;
    return NotRankedReason::None;
}

QString Ranking::movementCode(RankMovement movement)
{
    switch (movement) {
    case RankMovement::Up:
        return QStringLiteral("up");
    case RankMovement::Down:
        return QStringLiteral("down");
    case RankMovement::Same:
        return QStringLiteral("same");
    case RankMovement::New:
        return QStringLiteral("new");
    case RankMovement::None:
        break;
    }
    return {};
}

QString Ranking::renormalisationRule()
{
    return tr("KPIs with too few samples are not scored; the composite is Σ weight × score ÷ Σ weight over "
              "the KPIs that were scored, so their weights are scaled up to 100.");
}
