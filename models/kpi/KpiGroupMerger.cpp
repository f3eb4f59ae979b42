#include "KpiGroupMerger.h"

#include "KpiRuleSet.h"

KpiGroupMerger::KpiGroupMerger(KpiScope scope, const QHash<qint64, qint64> &teamDepartments,
                               const KpiRuleSet &rules)
    : m_scope(scope)
    , m_teamDepartments(teamDepartments)
    , m_rules(rules)
{
}

int KpiGroupMerger::bucketOf(qint64 julianDay)
{
    if (!m_rules.hasExemptions())
        return 0;
    const auto cached = m_bucketByDay.constFind(julianDay);
    if (cached != m_bucketByDay.constEnd())
        return cached.value();
    QStringList exempt = m_rules.exemptMetrics(QDate::fromJulianDay(julianDay));
    exempt.sort();
    qsizetype bucket = m_buckets.indexOf(exempt);
    if (bucket < 0) {
        bucket = m_buckets.size();
        m_buckets.append(exempt);
    }
    m_bucketByDay.insert(julianDay, static_cast<int>(bucket));
    return static_cast<int>(bucket);
}

qint64 KpiGroupMerger::groupOf(const KpiAggregateKey &key) const
{
    switch (m_scope) {
    case KpiScope::Agent:
        return key.agentId; // unassigned tickets count for their team, never for an agent
    case KpiScope::Team:
        return key.teamId;
    case KpiScope::Department:
        return m_teamDepartments.value(key.teamId, 0);
    case KpiScope::Center:
        break;
    }
    return 0; // the center is the one group 0
}

KpiCounts *KpiGroupMerger::target(const KpiAggregateKey &key)
{
    const qint64 group = groupOf(key);
    if (group == 0 && m_scope != KpiScope::Center)
        return nullptr;
    auto &buckets = m_groups[group];
    const auto bucket = static_cast<std::size_t>(bucketOf(key.day));
    if (buckets.size() <= bucket)
        buckets.resize(bucket + 1);
    return &buckets[bucket];
}

void KpiGroupMerger::add(const KpiAggregateRow &row)
{
    if (KpiCounts *counts = target(row.key))
        counts->merge(row.counts);
}
