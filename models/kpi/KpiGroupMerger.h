#pragma once

#include "KpiAggregateRow.h"
#include "KpiResult.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <map>
#include <vector>

struct KpiRuleSet;

/**
 * Sums agent-day rows into the groups of a scope (agents, teams, departments or the center). Days
 * a holiday exemption removes from some KPIs go into a separate bucket per exemption set, so the
 * calculator can leave exactly those days out of exactly those KPIs.
 */
class KpiGroupMerger
{
public:
    KpiGroupMerger(KpiScope scope, const QHash<qint64, qint64> &teamDepartments, const KpiRuleSet &rules);

    /** The group a row belongs to: an agent, team or department id, 0 for the center or none. */
    qint64 groupOf(const KpiAggregateKey &key) const;
    /** Where a row's counts belong, or null when it belongs to no group of this scope. */
    KpiCounts *target(const KpiAggregateKey &key);
    void add(const KpiAggregateRow &row);

    /** group id → counts per bucket (index into bucketExemptions(); bucket 0 exempts nothing). */
    const std::map<qint64, std::vector<KpiCounts>> &groups() const { return m_groups; }
    const QList<QStringList> &bucketExemptions() const { return m_buckets; }

private:
    int bucketOf(qint64 julianDay);

    KpiScope m_scope;
    const QHash<qint64, qint64> &m_teamDepartments;
    const KpiRuleSet &m_rules;
    QList<QStringList> m_buckets { QStringList() };
    QHash<qint64, int> m_bucketByDay;
    std::map<qint64, std::vector<KpiCounts>> m_groups;
};
