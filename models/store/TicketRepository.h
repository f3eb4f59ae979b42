#pragma once

#include "domain/Conversation.h"
#include "domain/Ticket.h"
#include "tickets/TicketQuery.h"

#include <QSqlDatabase>

/**
 * SQL for the ticket workspace: filtering, counting, keyset paging, facet counts and one ticket's
 * detail. Every value reaches SQLite as a bound parameter; the SQL text is assembled only from
 * fixed fragments chosen by the filter's shape.
 *
 * Paging is by key ("the n rows after this row's key"), never by LIMIT/OFFSET over full rows:
 * each sort order is served by an index, so a page costs one index seek. keyAtOffset() is the one
 * place that skips rows, and it reads only the index's key columns.
 *
 * Sort orders led by a nullable column (agent, team, order id) are read as two segments, the
 * NULL group and the rest, each an index range; NULLs come first ascending, last descending.
 *
 * Threading: use on the thread that owns the connection.
 */
class TicketRepository
{
public:
    explicit TicketRepository(QSqlDatabase db);

    /** Up to limit rows after `after` (from the start when invalid), in sort order. */
    bool fetchRows(const TicketFilter &filter, const TicketSort &sort, const TicketRowKey &after, int limit,
                   QList<TicketRow> *out, QString *error) const;

    /**
     * The key of the row `offset` rows past `after` (offset 0: the first row after it). Sets *found
     * false when the result ends first.
     */
    bool keyAtOffset(const TicketFilter &filter, const TicketSort &sort, const TicketRowKey &after,
                     qint64 offset, TicketRowKey *out, bool *found, QString *error) const;

    /** Counts the matching tickets, only those in range when given. */
    bool count(const TicketFilter &filter, qint64 *out, QString *error,
               const TicketIdRange &range = {}) const;
    bool facets(const TicketFilter &filter, TicketFacets *out, QString *error,
                const TicketIdRange &range = {}) const;
    /** The highest ticket id (0 for none): where to cut the table into slices. */
    bool maxId(qint64 *out, QString *error) const;

    /** One ticket; *found false when there is none with this id. */
    bool ticket(qint64 id, Ticket *out, bool *found, QString *error) const;
    /** The ticket's conversations in order, messages in order. */
    bool conversations(qint64 ticketId, QList<Conversation> *out, QString *error) const;
    /**
     * Sets this connection's page cache. Connections that only scan (counts, facets) gain nothing
     * from a large cache and would just hold memory.
     */
    bool setPageCacheKib(int kib, QString *error) const;

    /** Agent and team names for the ids a ticket mentions. */
    bool names(const Ticket &ticket, QString *agentName, QString *teamName, QString *aboutAgentName,
               QString *error) const;

private:
    QSqlDatabase m_db;
};
