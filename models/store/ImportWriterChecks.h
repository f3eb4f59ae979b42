#pragma once

#include "ImportWriterPrivate.h"

/*
 * The store's CHECK rules (001_initial_schema.sql) for what an import batch writes, enforced in
 * C++ because a batch runs with SQLite's checks off (see ImportWriter::begin). Each function
 * returns the column whose value breaks a rule, or null when the values are valid.
 */
namespace ImportWriterDetail {

const char *violatedTicketCheck(const TicketValues &values);
const char *violatedAgentCheck(const ImportAgentFields &agent);
const char *violatedMessageCheck(const ImportMessageRow &message);

} // namespace ImportWriterDetail
