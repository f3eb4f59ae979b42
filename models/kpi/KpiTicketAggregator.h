#pragma once

#include "KpiAggregateRow.h"
#include "KpiRuleSet.h"
#include "KpiTicketRow.h"

#include <QHash>

#include <map>
#include <vector>

class KpiDayClock;
class ServiceCalendar;
class SlaPolicySet;

/**
 * The one place that decides how a ticket counts towards each KPI (PRODUCT.md "KPI catalogue"):
 * it adds tickets to per agent × local day × platform counts. The aggregate builder stores what it
 * produces; the reference path (KPIs straight from raw tickets) merges it in memory, so both paths
 * share these rules by construction and differ only in storage.
 *
 * `now` decides "unanswered and past due" (missed) against "not yet due" (left out, kept as a due
 * time so a later reading can count it once it passes).
 */
class KpiTicketAggregator
{
public:
    KpiTicketAggregator(const KpiRuleSet &rules, const SlaPolicySet &policies, KpiDayClock &clock,
                        const QHash<qint64, qint64> &agentTeams, qint64 now);

    /** messages: the counts of the ticket's conversations (KpiConversationCounter), attributed
     *  like the ticket to its agent and local creation day. */
    void add(const KpiTicketRow &ticket, const KpiMessageCounts &messages = {});
    /** The rows so far in key order, values sorted; the aggregator is empty afterwards. */
    std::vector<KpiAggregateRow> take();
    bool isEmpty() const { return m_rows.empty(); }

private:
    /** SLA-clock seconds between two instants on the ticket's calendar (wall clock without one). */
    qint64 serviceSeconds(const KpiTicketRow &ticket, qint64 from, qint64 to);
    const ServiceCalendar *calendarFor(const KpiTicketRow &ticket);

    const KpiRuleSet &m_rules;
    const SlaPolicySet &m_policies;
    KpiDayClock &m_clock;
    const QHash<qint64, qint64> &m_agentTeams;
    qint64 m_now;
    bool m_perSourceTopBox;
    QHash<qint64, const ServiceCalendar *> m_calendarByPolicy;
    std::map<KpiAggregateKey, KpiCounts> m_rows;
};
