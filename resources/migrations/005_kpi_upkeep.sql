-- Schema version 5: keeping derived data honest after imports, and undo exact.

-- Creation-time ranges (UTC epoch seconds, inclusive) whose KPI aggregates no longer match the
-- tickets. An import batch or an undo records its range in its own transaction, so a crash cannot
-- leave aggregates silently stale; the KPI engine reads raw tickets for a period that overlaps a
-- recorded range, and KpiAggregateRefresher rebuilds those days and deletes the rows.
CREATE TABLE kpi_stale_ranges (
    id          INTEGER PRIMARY KEY,
    from_epoch  INTEGER NOT NULL,
    to_epoch    INTEGER NOT NULL CHECK (to_epoch >= from_epoch),
    recorded_at INTEGER NOT NULL,
    reason      TEXT
);

-- The batch that added a platform account to an agent, so undoing the batch removes the account
-- even when the agent existed before it.
ALTER TABLE agent_accounts ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id);
CREATE INDEX idx_agent_accounts_import_batch ON agent_accounts(import_batch_id)
    WHERE import_batch_id IS NOT NULL;

-- The ticket a replaced conversation belonged to before the batch: a newer export may link the
-- same transcript to another ticket, and undo moves it back.
ALTER TABLE import_replaced_messages ADD COLUMN previous_ticket_id INTEGER;
