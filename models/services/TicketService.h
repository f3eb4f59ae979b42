#pragma once

#include "ServiceContext.h"
#include "domain/Conversation.h"
#include "domain/Ticket.h"
#include "tickets/TicketQuery.h"

/** A ticket with what the detail pane shows beside it. */
struct TicketDetail
{
    Ticket ticket;
    QString agentName;
    QString teamName;
    QString aboutAgentName;
    QList<Conversation> conversations;
};
Q_DECLARE_METATYPE(TicketDetail)

/**
 * Reading tickets for the workspace: pages, counts, facets and one ticket's detail. Checks
 * Permission::ReadTickets before every read. Works on the calling thread's store connection, so
 * worker threads may call it (see Store's threading rules).
 */
class TicketService
{
public:
    explicit TicketService(const ServiceContext &context);

    bool fetchRows(const TicketFilter &filter, const TicketSort &sort, const TicketRowKey &after, int limit,
                   QList<TicketRow> *out, QString *error) const;
    bool keyAtOffset(const TicketFilter &filter, const TicketSort &sort, const TicketRowKey &after,
                     qint64 offset, TicketRowKey *out, bool *found, QString *error) const;
    bool count(const TicketFilter &filter, qint64 *out, QString *error,
               const TicketIdRange &range = {}) const;
    bool facets(const TicketFilter &filter, TicketFacets *out, QString *error,
                const TicketIdRange &range = {}) const;
    bool maxId(qint64 *out, QString *error) const;
    bool detail(qint64 ticketId, TicketDetail *out, bool *found, QString *error) const;

private:
    const ServiceContext &m_context;
};
