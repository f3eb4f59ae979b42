#include "Scorecard.h"

#include <QSet>

int ScorecardCriterion::maxValue() const
{
    switch (scale) {
    case ScaleKind::PassFailNa:
        return 1;
    case ScaleKind::OneToFive:
        return 5;
    case ScaleKind::ZeroToN:
        return scaleMax;
    }
    return 0;
}

int ScorecardCriterion::minValue() const
{
    return scale == ScaleKind::OneToFive ? 1 : 0;
}

double ScorecardSection::points() const
{
    double total = 0;
    for (const ScorecardCriterion &criterion : criteria)
        total += criterion.points;
    return total;
}

double ScorecardTemplate::totalPoints() const
{
    double total = 0;
    for (const ScorecardSection &section : sections)
        total += section.points();
    return total;
}

int ScorecardTemplate::criterionCount() const
{
    int count = 0;
    for (const ScorecardSection &section : sections)
        count += int(section.criteria.size());
    return count;
}

const ScorecardCriterion *ScorecardTemplate::findCriterion(qint64 id) const
{
    for (const ScorecardSection &section : sections) {
        for (const ScorecardCriterion &criterion : section.criteria) {
            if (criterion.id == id)
                return &criterion;
        }
    }
    return nullptr;
}

const ScorecardCriterion *ScorecardTemplate::findCriterionByKey(const QString &key) const
{
    for (const ScorecardSection &section : sections) {
        for (const ScorecardCriterion &criterion : section.criteria) {
            if (criterion.key == key)
                return &criterion;
        }
    }
    return nullptr;
}

QString ScorecardTemplate::validationError() const
{
    if (name.trimmed().isEmpty())
        return tr("The scorecard template needs a name.");
    if (criterionCount() == 0)
        return tr("The scorecard template \"%1\" has no criteria.").arg(name);
    QSet<QString> keys;
    for (const ScorecardSection &section : sections) {
        if (section.titleZh.trimmed().isEmpty() && section.titleEn.trimmed().isEmpty())
            return tr("A section of \"%1\" has no title.").arg(name);
        for (const ScorecardCriterion &criterion : section.criteria) {
            const QString title = criterion.titleEn.isEmpty() ? criterion.titleZh : criterion.titleEn;
            if (criterion.key.trimmed().isEmpty() || keys.contains(criterion.key))
                return tr("Criterion \"%1\" needs a key of its own.").arg(title);
            keys.insert(criterion.key);
            if (criterion.titleZh.trimmed().isEmpty() || criterion.titleEn.trimmed().isEmpty())
                return tr("Criterion \"%1\" needs both a Chinese and an English title.").arg(title);
            if (!(criterion.points > 0))
                return tr("Criterion \"%1\" must be worth more than 0 points.").arg(title);
            if (criterion.scale == ScaleKind::ZeroToN && criterion.scaleMax < 1)
                return tr("Criterion \"%1\" is scored 0 to N and needs N of at least 1.").arg(title);
        }
    }
    return {};
}

QString ScorecardTemplate::scaleCode(ScaleKind scale)
{
    switch (scale) {
    case ScaleKind::PassFailNa:
        return QStringLiteral("pass_fail_na");
    case ScaleKind::OneToFive:
        return QStringLiteral("one_to_five");
    case ScaleKind::ZeroToN:
        return QStringLiteral("zero_to_n");
    }
    return {};
}

bool ScorecardTemplate::scaleFromCode(const QString &code, ScaleKind *scale)
{
    for (ScaleKind kind : { ScaleKind::PassFailNa, ScaleKind::OneToFive, ScaleKind::ZeroToN }) {
        if (scaleCode(kind) == code) {
            *scale = kind;
            return true;
        }
    }
    return false;
}

QString ScorecardTemplate::naPolicyCode(NaPolicy policy)
{
    return policy == NaPolicy::CountsAsPass ? QStringLiteral("pass") : QStringLiteral("exclude");
}

bool ScorecardTemplate::naPolicyFromCode(const QString &code, NaPolicy *policy)
{
    for (NaPolicy candidate : { NaPolicy::ExcludeFromPossible, NaPolicy::CountsAsPass }) {
        if (naPolicyCode(candidate) == code) {
            *policy = candidate;
            return true;
        }
    }
    return false;
}

QString ScorecardTemplate::criticalCode(CriticalLevel level)
{
    switch (level) {
    case CriticalLevel::None:
        return QStringLiteral("none");
    case CriticalLevel::Section:
        return QStringLiteral("section");
    case CriticalLevel::Review:
        return QStringLiteral("review");
    }
    return {};
}

bool ScorecardTemplate::criticalFromCode(const QString &code, CriticalLevel *level)
{
    for (CriticalLevel candidate : { CriticalLevel::None, CriticalLevel::Section, CriticalLevel::Review }) {
        if (criticalCode(candidate) == code) {
            *level = candidate;
            return true;
        }
    }
    return false;
}
