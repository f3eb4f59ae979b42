#pragma once

#include "store/Store.h"

#include <QString>

/**
 * Fills a store with a deterministic set of tickets for the workspace tests, by plain inserts:
 * three teams, eight agents, tickets over 30 days with many equal created times, some without
 * agent, team or order id, a few external ids holding SQL wildcards, and conversations for the
 * first tickets. Returns false (with a message) on error.
 */
namespace TicketFixture {

bool fill(const Store &store, int tickets, QString *error);

/** The seconds every fixture ticket's created_at is near (UTC). */
qint64 baseTime();

} // namespace TicketFixture
