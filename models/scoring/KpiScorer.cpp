#include "KpiScorer.h"

#include <algorithm>
#include <cmath>

std::optional<double> KpiScorer::score(const KpiWeight &weight, double target, double actual,
                                       KpiBetter better)
{
    if (!std::isfinite(actual))
        return std::nullopt;
    const bool higher = better == KpiBetter::Higher;
    if (weight.method == ScoringMethod::Bands) {
        // The best band the actual reaches; bands may be listed in any order.
        std::optional<double> points;
        std::optional<double> bestThreshold;
        for (const ScoreBand &band : weight.bands) {
            const bool reached = higher ? actual >= band.threshold : actual <= band.threshold;
            const bool improves = !bestThreshold
                || (higher ? band.threshold > *bestThreshold : band.threshold < *bestThreshold);
            if (reached && improves) {
                bestThreshold = band.threshold;
                points = band.points;
            }
        }
        return points.value_or(0.0);
    }
    if (!(target > 0) || actual < 0)
        return std::nullopt;
    double attainment;
    if (higher)
        attainment = actual / target;
    else
        // A lower-better KPI at zero (no complaints at all) has met its target as well as it can.
        attainment = actual > 0 ? target / actual : weight.cap;
    return std::min(attainment, weight.cap) * 100.0;
}

ScoredResult KpiScorer::scoreResult(const WeightProfile &profile, const KpiResult &result,
                                    const QHash<QString, double> &targets)
{
    ScoredResult scored;
    double weighted = 0;
    double scoredWeight = 0;
    for (const KpiWeight &weight : profile.kpis) {
        KpiScore line;
        line.kpi = weight.kpi;
        line.weight = weight.weight;
        const auto target = targets.constFind(weight.kpi);
        line.target = target != targets.constEnd() ? *target : weight.target;
        if (const KpiFigure *figure = result.figure(weight.kpi)) {
            line.value = figure->value;
            line.n = figure->n;
            line.low = figure->low;
            line.high = figure->high;
            line.status = figure->status;
            const KpiDefinition *definition = KpiCatalogue::find(figure->kpi);
            if (figure->isShown() && definition)
                line.score = score(weight, *line.target, *figure->value, definition->better);
        } else {
            line.status = KpiFigureStatus::NotAvailable;
        }
        if (line.score) {
            weighted += weight.weight * *line.score;
            scoredWeight += weight.weight;
        }
        scored.kpis.append(line);
    }
    if (scoredWeight > 0) {
        scored.composite = weighted / scoredWeight;
        scored.renormalised = std::abs(scoredWeight - profile.totalWeight()) > 1e-9;
    }
    return scored;
}
