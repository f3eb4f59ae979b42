#include "TicketService.h"

#include "store/Store.h"
#include "store/TicketRepository.h"

TicketService::TicketService(const ServiceContext &context)
    : m_context(context)
{
}

bool TicketService::fetchRows(const TicketFilter &filter, const TicketSort &sort, const TicketRowKey &after,
                              int limit, QList<TicketRow> *out, QString *error) const
{
    return m_context.allows(Permission::ReadTickets, error)
        && TicketRepository(m_context.store().connection()).fetchRows(filter, sort, after, limit, out, error);
}

bool TicketService::keyAtOffset(const TicketFilter &filter, const TicketSort &sort, const TicketRowKey &after,
                                qint64 offset, TicketRowKey *out, bool *found, QString *error) const
{
    return m_context.allows(Permission::ReadTickets, error)
        && TicketRepository(m_context.store().connection())
               .keyAtOffset(filter, sort, after, offset, out, found, error);
}

bool TicketService::count(const TicketFilter &filter, qint64 *out, QString *error,
                          const TicketIdRange &range) const
{
    return m_context.allows(Permission::ReadTickets, error)
        && TicketRepository(m_context.store().connection()).count(filter, out, error, range);
}

bool TicketService::facets(const TicketFilter &filter, TicketFacets *out, QString *error,
                           const TicketIdRange &range) const
{
    return m_context.allows(Permission::ReadTickets, error)
        && TicketRepository(m_context.store().connection()).facets(filter, out, error, range);
}

bool TicketService::maxId(qint64 *out, QString *error) const
{
    return m_context.allows(Permission::ReadTickets, error)
        && TicketRepository(m_context.store().connection()).maxId(out, error);
}

bool TicketService::detail(qint64 ticketId, TicketDetail *out, bool *found, QString *error) const
{
    if (!m_context.allows(Permission::ReadTickets, error))
        return false;
    const TicketRepository repository(m_context.store().connection());
    if (!repository.ticket(ticketId, &out->ticket, found, error))
        return false;
    if (!*found)
        return true;
    return repository.names(out->ticket, &out->agentName, &out->teamName, &out->aboutAgentName, error)
        && repository.conversations(ticketId, &out->conversations, error);
}
