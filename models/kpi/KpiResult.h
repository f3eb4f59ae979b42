#pragma once

#include "KpiPeriod.h"
#include "domain/Vocabulary.h"

#include <QList>
#include <QString>

#include <optional>

/** Who a KPI result is about. */
enum class KpiScope { Agent, Team, Department, Center };

/** Where the engine took its counts from. */
enum class KpiSource {
    Auto, // the aggregates when they match the store's time zone and the rule set, else the tickets
    Aggregates, // kpi_agent_day only; an error when it is missing or built differently
    Tickets, // straight from the raw tickets (the reference path; slow on big stores)
};

enum class KpiFigureStatus {
    Ok,
    Insufficient, // fewer samples than the rule set's minimum: not a number to compare people by
    NotApplicable, // meaningless for this scope (per_capita and attrition of one agent)
    NotAvailable, // the store holds no data for it yet (QA reviews, training records)
};

/** One figure of one KPI: a value with its sample size and, for rates, a 95% Wilson interval. */
struct KpiFigure
{
    QString key; // figure key: "sla_response", "frt_median", "csat_mean" …
    QString kpi; // catalogue key: "sla_response", "frt", "csat" …
    KpiFigureStatus status = KpiFigureStatus::Ok;
    std::optional<double> value; // set whenever it can be computed (also when insufficient)
    qint64 n = 0; // sample size; for people figures, agents
    std::optional<double> low; // rates only
    std::optional<double> high;
    QString note; // why it is not applicable or not available

    bool isShown() const { return status == KpiFigureStatus::Ok && value.has_value(); }
};

/** The figures of one agent, team, department or the center over a period. */
struct KpiResult
{
    KpiScope scope = KpiScope::Agent;
    qint64 id = 0; // agent, team or department id; 0 for the center
    QString name;
    QList<KpiFigure> figures; // in KpiCatalogue::figureKeys() order

    const KpiFigure *figure(const QString &key) const;
};

/** What the engine computed, and under which rules. */
struct KpiReport
{
    KpiPeriod period;
    KpiScope scope = KpiScope::Agent;
    std::optional<Platform> platform;
    int ruleSetVersion = 0; // the counting-rule version that computed every figure
    KpiSource source = KpiSource::Auto; // Aggregates or Tickets: what was actually read
    QString timeZone; // the team time zone the days are in
    qint64 now = 0; // the instant "past due" was judged against
    QString note; // why the raw tickets were read although the aggregates were allowed (Auto)
    QList<KpiResult> results;
};

namespace KpiScopes {
QString code(KpiScope scope); // "agent", "team", "department", "center"
std::optional<KpiScope> fromCode(const QString &code);
QString statusCode(KpiFigureStatus status); // "ok", "insufficient", "not_applicable", "not_available"
} // namespace KpiScopes
