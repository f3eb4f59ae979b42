-- Schema version 3: what an import batch needs to be idempotent and undoable.
-- The schema has shipped, so this step only adds columns, tables and indexes: stores in the field
-- keep every row, and an older TeamLens reading a copy sees its own columns unchanged.

-- A batch records what kind of file it was, who ran it, how many rows the profile's filter skipped,
-- when it was undone and why it failed, for the history dialog and `teamlens import --history`.
ALTER TABLE import_batches ADD COLUMN kind TEXT;
ALTER TABLE import_batches ADD COLUMN user_login TEXT;
ALTER TABLE import_batches ADD COLUMN rows_skipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batches ADD COLUMN undone_at INTEGER;
ALTER TABLE import_batches ADD COLUMN error TEXT;

-- Agents from a helpdesk export are found again by their id in that system, so a re-import
-- updates them instead of creating a twin. Sources often give only a tenure bucket (">90",
-- "On Job Training"): it is kept as written, and a hire date estimated from it is flagged so the
-- onboarding views do not present it as fact. import_batch_id names the batch that created or last
-- changed the agent, so undo can remove what the batch created.
ALTER TABLE agents ADD COLUMN source_system TEXT;
ALTER TABLE agents ADD COLUMN external_id TEXT;
ALTER TABLE agents ADD COLUMN tenure_bucket TEXT;
ALTER TABLE agents ADD COLUMN hire_date_estimated INTEGER NOT NULL DEFAULT 0 CHECK (hire_date_estimated IN (0, 1));
ALTER TABLE agents ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id);
CREATE UNIQUE INDEX idx_agents_external ON agents(source_system, external_id) WHERE external_id IS NOT NULL;

-- Teams built from an export's supervisor/manager columns name their leader; undo removes the
-- teams a batch created once nothing uses them.
ALTER TABLE teams ADD COLUMN leader TEXT;
ALTER TABLE teams ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id);

-- Survey exports carry the customer's comment with the score.
ALTER TABLE tickets ADD COLUMN csat_comment TEXT;

-- Undo finds the tickets of a batch through this index instead of walking millions of rows. Demo
-- and hand-entered tickets have no batch and stay out of it; imported rows arrive with a rising
-- batch id, so keeping it costs an append per row.
CREATE INDEX idx_tickets_import_batch ON tickets(import_batch_id) WHERE import_batch_id IS NOT NULL;

-- Conversations are keyed like tickets, so re-importing a transcript file replaces a conversation
-- only when its messages changed.
ALTER TABLE conversations ADD COLUMN source_system TEXT;
ALTER TABLE conversations ADD COLUMN external_id TEXT;
ALTER TABLE conversations ADD COLUMN import_batch_id INTEGER REFERENCES import_batches(id);
CREATE UNIQUE INDEX idx_conversations_external ON conversations(source_system, external_id)
    WHERE external_id IS NOT NULL;
CREATE INDEX idx_conversations_import_batch ON conversations(import_batch_id) WHERE import_batch_id IS NOT NULL;

-- Undo: the previous values of every ticket a batch updated, copied before the update. Plain
-- columns without checks or foreign keys: these are history, and must not stop a later change or
-- deletion of the ticket itself. import_batch_id here is the batch that wrote the row before, which
-- is how undo notices that a later batch changed rows an earlier batch wrote.
CREATE TABLE import_ticket_versions (
    batch_id              INTEGER NOT NULL REFERENCES import_batches(id),
    ticket_id             INTEGER NOT NULL,
    source_system         TEXT,
    external_id           TEXT,
    platform              TEXT,
    channel               TEXT,
    type                  TEXT,
    category              TEXT,
    priority              TEXT,
    status                TEXT,
    tier                  TEXT,
    agent_id              INTEGER,
    team_id               INTEGER,
    customer_ref          TEXT,
    order_id              TEXT,
    order_amount_cents    INTEGER,
    refund_amount_cents   INTEGER,
    created_at            INTEGER,
    first_response_at     INTEGER,
    resolved_at           INTEGER,
    closed_at             INTEGER,
    reopen_count          INTEGER,
    escalated             INTEGER,
    handle_seconds        INTEGER,
    sla_policy_id         INTEGER,
    first_response_due_at INTEGER,
    resolution_due_at     INTEGER,
    csat_score            INTEGER,
    csat_answered_at      INTEGER,
    is_inquiry            INTEGER,
    converted             INTEGER,
    about_agent_id        INTEGER,
    tags                  TEXT,
    import_batch_id       INTEGER,
    csat_comment          TEXT,
    PRIMARY KEY (batch_id, ticket_id)
) WITHOUT ROWID;
-- "Did a later batch change what this batch wrote?" looks rows up by the batch that wrote them.
CREATE INDEX idx_import_ticket_versions_previous ON import_ticket_versions(import_batch_id);

-- The same for agents an agents file (or a ticket file) updated.
CREATE TABLE import_agent_versions (
    batch_id            INTEGER NOT NULL REFERENCES import_batches(id),
    agent_id            INTEGER NOT NULL,
    name                TEXT,
    english_name        TEXT,
    team_id             INTEGER,
    tier                TEXT,
    shift               TEXT,
    hire_date           TEXT,
    left_date           TEXT,
    status              TEXT,
    mentor_id           INTEGER,
    source_system       TEXT,
    external_id         TEXT,
    tenure_bucket       TEXT,
    hire_date_estimated INTEGER,
    import_batch_id     INTEGER,
    PRIMARY KEY (batch_id, agent_id)
) WITHOUT ROWID;

-- The messages a batch replaced, per conversation, so undo can put the transcript back.
-- conversation_batch_id is the batch that had written the conversation before (NULL for one that
-- did not come from an import).
CREATE TABLE import_replaced_messages (
    batch_id              INTEGER NOT NULL REFERENCES import_batches(id),
    conversation_id       INTEGER NOT NULL,
    seq                   INTEGER NOT NULL,
    speaker               TEXT NOT NULL,
    sent_at               INTEGER NOT NULL,
    text                  TEXT NOT NULL,
    conversation_batch_id INTEGER,
    PRIMARY KEY (batch_id, conversation_id, seq)
) WITHOUT ROWID;
