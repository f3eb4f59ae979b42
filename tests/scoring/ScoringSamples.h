#pragma once

#include "kpi/KpiResult.h"
#include "scoring/RankingInputs.h"
#include "scoring/WeightProfile.h"

#include <QHash>

/** Hand-made KPI results and profiles for the pure scoring and ranking suites (no store). */
namespace ScoringSamples {

inline KpiFigure figure(const QString &key, std::optional<double> value, qint64 n,
                        KpiFigureStatus status = KpiFigureStatus::Ok)
{
    KpiFigure f;
    f.key = key;
    f.kpi = key == QLatin1StringView("frt_median") ? QStringLiteral("frt") : key;
    f.value = value;
    f.n = n;
    f.status = status;
    return f;
}

/** An agent's result: handled tickets and KPI figure values by key (all with n = handled). */
inline KpiResult result(qint64 agentId, qint64 handled, const QHash<QString, double> &values = {})
{
    KpiResult r;
    r.id = agentId;
    r.figures.append(figure(QStringLiteral("handled"), double(handled), handled));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        r.figures.append(figure(it.key(), it.value(), handled));
    return r;
}

inline KpiWeight attainment(const QString &kpi, double weight, double target, double cap = 1.2)
{
    KpiWeight w;
    w.kpi = kpi;
    w.weight = weight;
    w.target = target;
    w.cap = cap;
    return w;
}

/** One KPI worth 100: the composite is that KPI's score, which makes rank tests readable. */
inline WeightProfile slaOnly(double target = 1.0)
{
    WeightProfile profile;
    profile.id = 1;
    profile.name = QStringLiteral("Test");
    profile.version = 1;
    profile.kpis = { attainment(QStringLiteral("sla_response"), 100, target) };
    return profile;
}

inline RankingAgent agent(qint64 id, qint64 team = 1, const QDate &hired = QDate(2020, 1, 1))
{
    return { id, QStringLiteral("Agent %1").arg(id), team, QStringLiteral("Team %1").arg(team), hired };
}

} // namespace ScoringSamples
