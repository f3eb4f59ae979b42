-- Schema version 9: the ticket state each conversation's auto-QA flags were computed under.
-- "Missing closing" is judged only once the ticket has ended (resolved or closed), so flags
-- computed while the ticket was open, or while it was ended before it was reopened, go stale when
-- the ticket's status changes (an import of a newer export, for one). AutoQaRunner rechecks those
-- conversations before every run, and the reviewer workspace before it shows one
-- (QaAutoFlagRepository::staleConversations).
CREATE TABLE qa_auto_checks (
    conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
    ticket_ended    INTEGER NOT NULL CHECK (ticket_ended IN (0, 1))
);
-- Conversations checked while their ticket was open are few; this finds them without a scan.
CREATE INDEX idx_qa_auto_checks_ongoing ON qa_auto_checks(conversation_id) WHERE ticket_ended = 0;

-- Flags from before this version do not say which state they were computed under: show them as
-- stale, as a settings change does, until the next full run records it.
DELETE FROM store_settings WHERE key = 'qa_auto_flags_settings_hash';
