#pragma once

#include "KpiDayClock.h"
#include "KpiMessageCounter.h"
#include "KpiTicketRow.h"
#include "store/KpiMessageReader.h"

#include <QSqlDatabase>

/**
 * The message-level counts of one ticket: its conversations streamed from the store
 * (KpiMessageReader), each counted under the rule set and the ticket's platform (KpiMessageCounter).
 * The aggregate builder and the raw-ticket path of the KPI engine both call it for every ticket they
 * scan, so both attribute the same counts to the ticket's agent-day.
 *
 * Threading: use it on the thread that owns the connection; not shared between threads.
 */
class KpiConversationCounter
{
public:
    KpiConversationCounter(QSqlDatabase db, const KpiRuleSet &rules, const QTimeZone &zone);

    /** Sets *out to the counts of the ticket's conversations (all zero without any). */
    bool countTicket(const KpiTicketRow &ticket, KpiMessageCounts *out, QString *error);

private:
    KpiDayClock m_clock; // its own: messages of a ticket can fall on another day than the scan's
    KpiMessageCounter m_counter;
    KpiMessageReader m_reader;
};
