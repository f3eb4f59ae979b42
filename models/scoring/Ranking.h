#pragma once

#include "kpi/KpiPeriod.h"
#include "kpi/KpiResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

/** Ranking rules a center configures (store_settings ranking_min_volume, ranking_onboarding_days). */
struct RankingOptions
{
    int minVolume = 20; // agents who handled fewer tickets are listed as not ranked
    // No onboarding plans exist yet: an agent hired within this many days of the period's last day
    // ranks in the onboarding cohort. Replace with plan assignments once onboarding lands.
    int onboardingDays = 90;
};

enum class RankingCohort { Regular, Onboarding };
enum class NotRankedReason { None, LowVolume, NoScore };
enum class RankMovement { None, Up, Down, Same, New };

/** One KPI of one agent under the profile: the actual figure, its target, weight and score. */
struct KpiScore
{
    QString kpi; // figure key
    double weight = 0;
    std::optional<double> target;
    std::optional<double> value;
    qint64 n = 0;
    std::optional<double> low; // 95% interval of a rate, as the KPI engine gives it
    std::optional<double> high;
    KpiFigureStatus status = KpiFigureStatus::Ok;
    std::optional<double> score; // absent when the figure is not shown (insufficient …): never invented
};

/** One agent's line of a ranking. Ranks are 0 when the agent is not ranked. */
struct RankedAgent
{
    qint64 agentId = 0;
    QString name;
    qint64 teamId = 0;
    QString teamName;
    RankingCohort cohort = RankingCohort::Regular;
    qint64 handled = 0;
    std::optional<double> composite;
    // Some KPIs had too few samples: the composite is over the remaining KPIs, their weights scaled up
    // to 100 (Σ weight × score ÷ Σ weight of the scored KPIs).
    bool renormalised = false;
    QList<KpiScore> kpis;
    NotRankedReason notRanked = NotRankedReason::None;
    int centerRank = 0; // within the cohort across the center
    int teamRank = 0; // within the cohort inside the team
    int centerPrevious = 0; // the previous period's ranks; 0 = not ranked or absent then
    int teamPrevious = 0;

    bool isRanked() const { return notRanked == NotRankedReason::None; }
    int rank(bool byTeam) const { return byTeam ? teamRank : centerRank; }
    RankMovement movement(bool byTeam) const;
    const KpiScore *kpi(const QString &key) const;
};

/** A period's ranking: every agent employed in it, and what computed it. */
struct Ranking
{
    Q_DECLARE_TR_FUNCTIONS(Ranking)

public:
    KpiPeriod period;
    QString profileName;
    QList<qint64> profileIds; // the profile versions that scored it
    QStringList profileVersions; // "Default v1", "Default/jd v2" …
    int ruleSetVersion = 0;
    RankingOptions options;
    bool perPlatform = false; // scored per platform and combined by handled volume
    bool fromSnapshot = false; // read from a closed period's snapshot
    qint64 closeId = 0;
    QList<RankedAgent> agents; // ordered by cohort, center rank, then the not ranked by name

    const RankedAgent *agent(qint64 agentId) const;

    static QString cohortCode(RankingCohort cohort); // "regular", "onboarding"
    static RankingCohort cohortFromCode(const QString &code);
    static QString notRankedCode(NotRankedReason reason); // "", "low_volume", "no_score"
    static NotRankedReason notRankedFromCode(const QString &code);
    static QString movementCode(RankMovement movement); // "", "up", "down", "same", "new"
    /** The rule the composite follows, for reports and tooltips. */
    static QString renormalisationRule();
};
