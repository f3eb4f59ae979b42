#include "KpiConversationCounter.h"

#include "KpiRuleSet.h"

KpiConversationCounter::KpiConversationCounter(QSqlDatabase db, const KpiRuleSet &rules,
                                               const QTimeZone &zone)
    : m_clock(zone)
    , m_counter(rules, m_clock)
    , m_reader(std::move(db), rules.autoReplyMarker)
{
}

bool KpiConversationCounter::countTicket(const KpiTicketRow &ticket, KpiMessageCounts *out, QString *error)
{
    *out = {};
    qint64 conversation = 0;
    bool open = false;
    const bool read = m_reader.scanTicket(
        ticket.id,
        [&](qint64 conversationId, Speaker speaker, qint64 sentAt, bool autoReply) {
            if (!open || conversationId != conversation) {
                if (open)
                    out->merge(m_counter.counts());
                m_counter.begin(ticket.platform);
                conversation = conversationId;
                open = true;
            }
            m_counter.add(speaker, sentAt, autoReply);
        },
        error);
    if (open)
        out->merge(m_counter.counts());
    return read;
}
