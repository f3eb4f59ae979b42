#include "RankingCalculator.h"

#include "KpiScorer.h"
#include "Ranker.h"

const WeightProfile *ProfileSet::forPlatform(const QString &platform) const
{
    const WeightProfile *general = nullptr;
    for (const WeightProfile &profile : profiles) {
        if (profile.platform == platform)
            return &profile;
        if (profile.platform.isEmpty())
            general = &profile;
    }
    return general;
}

bool ProfileSet::hasPlatformVariants() const
{
    for (const WeightProfile &profile : profiles) {
        if (!profile.platform.isEmpty())
            return true;
    }
    return false;
}

namespace {

QHash<qint64, const KpiResult *> indexById(const KpiReport &report)
{
    QHash<qint64, const KpiResult *> index;
    index.reserve(report.results.size());
    for (const KpiResult &result : report.results)
        index.insert(result.id, &result);
    return index;
}

qint64 handledOf(const KpiResult *result)
{
    const KpiFigure *handled = result ? result->figure(QStringLiteral("handled")) : nullptr;
    return handled && handled->value ? qint64(*handled->value) : 0;
}

/** Volume-weighted combination of an agent's per-platform scores (PRODUCT.md: "combined by volume"). */
struct PlatformCombiner
{
    double compositeSum = 0;
    double compositeVolume = 0;
    bool renormalised = false;
    QHash<QString, QPair<double, double>> kpiSums; // KPI → (Σ volume × score, Σ volume)

    // A platform part with no scored KPI (all insufficient) drops out with its volume: it has no score
    // to contribute, and counting it as 0 would invent one.
    void add(const ScoredResult &scored, qint64 volume)
    {
        if (volume <= 0 || !scored.composite)
            return;
        compositeSum += double(volume) * *scored.composite;
        compositeVolume += double(volume);
        renormalised = renormalised || scored.renormalised;
        for (const KpiScore &score : scored.kpis) {
            if (!score.score)
                continue;
            auto &sum = kpiSums[score.kpi];
            sum.first += double(volume) * *score.score;
            sum.second += double(volume);
        }
    }
};

} // namespace

Ranking RankingCalculator::rank(const RankingInputs &inputs, const ProfileSet &profiles)
{
    Ranking ranking;
    ranking.period = inputs.period;
    ranking.profileName = profiles.name;
    ranking.ruleSetVersion = inputs.ruleSetVersion;
    ranking.options = inputs.options;
    for (const WeightProfile &profile : profiles.profiles) {
        ranking.profileIds.append(profile.id);
        ranking.profileVersions.append(
            profile.platform.isEmpty()
                ? QStringLiteral("%1 v%2").arg(profile.name).arg(profile.version)
                : QStringLiteral("%1/%2 v%3").arg(profile.name, profile.platform).arg(profile.version));
    }
    const WeightProfile *general = profiles.forPlatform(QString());
    ranking.perPlatform = profiles.hasPlatformVariants() && !inputs.byPlatform.isEmpty();

    const QHash<qint64, const KpiResult *> overall = indexById(inputs.overall);
    QMap<QString, QHash<qint64, const KpiResult *>> platforms;
    if (ranking.perPlatform) {
        for (auto it = inputs.byPlatform.cbegin(); it != inputs.byPlatform.cend(); ++it)
            platforms.insert(it.key(), indexById(it.value()));
    }
    static const QHash<QString, double> noTargets;
    const QDate onboardingSince = inputs.period.last.addDays(-inputs.options.onboardingDays);

    ranking.agents.reserve(inputs.agents.size());
    for (const RankingAgent &agent : inputs.agents) {
        RankedAgent line;
        line.agentId = agent.id;
        line.name = agent.name;
        line.teamId = agent.teamId;
        line.teamName = agent.teamName;
        line.cohort = agent.hireDate.isValid() && agent.hireDate > onboardingSince ? RankingCohort::Onboarding
                                                                                   : RankingCohort::Regular;
        const KpiResult *result = overall.value(agent.id);
        line.handled = handledOf(result);
        const auto targetsIt = inputs.targets.constFind(agent.id);
        const QHash<QString, double> &targets = targetsIt != inputs.targets.cend() ? *targetsIt : noTargets;

        if (!ranking.perPlatform) {
            if (general && result) {
                ScoredResult scored = KpiScorer::scoreResult(*general, *result, targets);
                line.composite = scored.composite;
                line.renormalised = scored.renormalised;
                line.kpis = std::move(scored.kpis);
            }
        } else {
            PlatformCombiner combiner;
            QStringList kpiOrder;
            for (auto it = platforms.cbegin(); it != platforms.cend(); ++it) {
                const WeightProfile *profile = profiles.forPlatform(it.key());
                const KpiResult *part = it.value().value(agent.id);
                if (!profile || !part)
                    continue;
                combiner.add(KpiScorer::scoreResult(*profile, *part, targets), handledOf(part));
                for (const KpiWeight &weight : profile->kpis) {
                    if (!kpiOrder.contains(weight.kpi))
                        kpiOrder.append(weight.kpi);
                }
            }
            if (combiner.compositeVolume > 0)
                line.composite = combiner.compositeSum / combiner.compositeVolume;
            line.renormalised = combiner.renormalised;
            // What is shown per KPI: the agent's overall figure and the volume-weighted score of it
            // across platforms; the weight is the general profile's (0 when only variants use it).
            for (const QString &kpi : std::as_const(kpiOrder)) {
                KpiScore score;
                score.kpi = kpi;
                const KpiWeight *weight = general ? general->find(kpi) : nullptr;
                score.weight = weight ? weight->weight : 0;
                score.target = targets.contains(kpi) ? std::optional<double>(targets.value(kpi))
                    : weight                         ? std::optional<double>(weight->target)
                                                     : std::nullopt;
                if (const KpiFigure *figure = result ? result->figure(kpi) : nullptr) {
                    score.value = figure->value;
                    score.n = figure->n;
                    score.low = figure->low;
                    score.high = figure->high;
                    score.status = figure->status;
                }
                const auto sum = combiner.kpiSums.constFind(kpi);
                if (sum != combiner.kpiSums.cend() && sum->second > 0)
                    score.score = sum->first / sum->second;
                line.kpis.append(score);
            }
        }
        const QPair<int, int> previous = inputs.previousRanks.value(agent.id);
        line.centerPrevious = previous.first;
        line.teamPrevious = previous.second;
        ranking.agents.append(std::move(line));
    }
    Ranker::rank(&ranking.agents, inputs.options);
    return ranking;
}
