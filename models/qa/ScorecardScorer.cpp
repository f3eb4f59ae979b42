#include "ScorecardScorer.h"

#include <QHash>

std::optional<double> ScorecardScorer::fraction(const ScorecardCriterion &criterion,
                                                const ScorecardAnswer &answer)
{
    if (!answer.value) {
        if (criterion.naPolicy == NaPolicy::CountsAsPass)
            return 1.0;
        return std::nullopt;
    }
    const int value = *answer.value;
    switch (criterion.scale) {
    case ScaleKind::PassFailNa:
        return value >= 1 ? 1.0 : 0.0;
    case ScaleKind::OneToFive:
        return (value - 1) / 4.0;
    case ScaleKind::ZeroToN:
        return criterion.scaleMax > 0 ? double(value) / criterion.scaleMax : 0.0;
    }
    return 0.0;
}

bool ScorecardScorer::score(const ScorecardTemplate &tmpl, const QList<ScorecardAnswer> &answers,
                            ScorecardResult *out, QString *error)
{
    *out = {};
    QHash<qint64, const ScorecardAnswer *> byCriterion;
    for (const ScorecardAnswer &answer : answers) {
        const ScorecardCriterion *criterion = tmpl.findCriterion(answer.criterionId);
        if (!criterion) {
            *error = tr("Criterion %1 is not part of scorecard \"%2\" version %3.")
                         .arg(answer.criterionId)
                         .arg(tmpl.name)
                         .arg(tmpl.version);
            return false;
        }
        if (answer.value
            && (*answer.value < criterion->minValue() || *answer.value > criterion->maxValue())) {
            *error = tr("\"%1\" takes a value from %2 to %3, not %4.")
                         .arg(criterion->titleEn)
                         .arg(criterion->minValue())
                         .arg(criterion->maxValue())
                         .arg(*answer.value);
            return false;
        }
        if (!answer.value && !criterion->allowNa) {
            *error = tr("\"%1\" cannot be answered N/A.").arg(criterion->titleEn);
            return false;
        }
        byCriterion.insert(answer.criterionId, &answer);
    }

    for (const ScorecardSection &section : tmpl.sections) {
        SectionScore sectionScore;
        for (const ScorecardCriterion &criterion : section.criteria) {
            const ScorecardAnswer *answer = byCriterion.value(criterion.id);
            if (!answer) {
                out->unanswered.append(criterion.id);
                continue;
            }
            const std::optional<double> share = fraction(criterion, *answer);
            if (!share)
                continue; // N/A, excluded from the possible total
            sectionScore.possible += criterion.points;
            sectionScore.earned += criterion.points * *share;
            const bool failed = answer->value && *answer->value == criterion.minValue();
            if (failed && criterion.critical != CriticalLevel::None) {
                out->failedCriticalKeys.append(criterion.key);
                if (criterion.critical == CriticalLevel::Section)
                    sectionScore.criticalFail = true;
                else
                    out->reviewCriticalFail = true;
            }
        }
        if (sectionScore.criticalFail)
            sectionScore.earned = 0;
        out->earned += sectionScore.earned;
        out->possible += sectionScore.possible;
        out->sections.append(sectionScore);
    }
    if (out->reviewCriticalFail)
        out->earned = 0;
    if (out->possible > 0)
        out->score = out->earned / out->possible * 100.0;
    else if (out->reviewCriticalFail)
        out->score = 0.0;
    return true;
}
