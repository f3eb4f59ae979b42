#pragma once

#include "KpiCatalogue.h"
#include "KpiCounts.h"
#include "KpiResult.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <vector>

struct KpiRuleSet;

/** The people side of a group over a period: per_capita's and attrition's denominators. */
struct KpiHeadcount
{
    qint64 activeAgents = 0; // employed on at least one day of the period
    qint64 left = 0; // left_date inside the period
    double averageHeadcount = 0; // (employed at the start + employed at the end) ÷ 2
};

/**
 * Turns a group's counts into the catalogue's figures: values, sample sizes, the "insufficient"
 * flag below the rule set's minimum, Wilson intervals for rates, exact percentiles, and honest
 * "not available" for the KPIs the store has no data for yet.
 */
class KpiFigureCalculator
{
    Q_DECLARE_TR_FUNCTIONS(KpiFigureCalculator)

public:
    KpiFigureCalculator(const KpiRuleSet &rules, qint64 now, KpiScope scope);

    /** buckets[i] holds the counts of the days that exempt bucketExemptions[i] (see KpiGroupMerger). */
    QList<KpiFigure> figures(const std::vector<KpiCounts> &buckets,
                             const QList<QStringList> &bucketExemptions, const KpiHeadcount &headcount) const;
    /** All figures of one counts set, no exemptions. */
    QList<KpiFigure> figures(const KpiCounts &counts, const KpiHeadcount &headcount) const;
    /** qa_score from the QA reviews of the group and period (QaResultsRepository::scoreSum): their
     *  mean, n = reviews, insufficient under the ticket minimum like the other per-ticket figures. */
    KpiFigure qaScore(double scoreSum, qint64 reviews) const;

private:
    QList<KpiFigure> figuresOf(const KpiDefinition &definition, KpiCounts &counts,
                               const KpiHeadcount &headcount) const;
    KpiFigure rate(const KpiDefinition &definition, const QString &key, qint64 k, qint64 n) const;
    KpiFigure measure(const KpiDefinition &definition, const QString &key, std::optional<double> value,
                      qint64 n) const;
    qint64 minimumFor(const KpiDefinition &definition) const;

    const KpiRuleSet &m_rules;
    qint64 m_now;
    KpiScope m_scope;
};
