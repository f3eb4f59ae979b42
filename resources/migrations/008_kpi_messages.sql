-- Schema version 8: the message-level counting rules in the KPI aggregates (答问比, 平均响应时长,
-- 慢响应率, 接待人数). Each kpi_agent_day row adds the counts of its tickets' conversations
-- (KpiMessageCounter), attributed like the tickets: the agent and local day of the ticket's creation.
ALTER TABLE kpi_agent_day ADD COLUMN msg_customer        INTEGER NOT NULL DEFAULT 0; -- customer messages
ALTER TABLE kpi_agent_day ADD COLUMN msg_agent           INTEGER NOT NULL DEFAULT 0; -- agent messages (not auto)
ALTER TABLE kpi_agent_day ADD COLUMN msg_auto            INTEGER NOT NULL DEFAULT 0; -- auto-replies and bot messages
ALTER TABLE kpi_agent_day ADD COLUMN msg_sessions        INTEGER NOT NULL DEFAULT 0;
ALTER TABLE kpi_agent_day ADD COLUMN msg_replies         INTEGER NOT NULL DEFAULT 0; -- replies in scored sessions
ALTER TABLE kpi_agent_day ADD COLUMN msg_reply_sum       INTEGER NOT NULL DEFAULT 0; -- their waits, seconds
ALTER TABLE kpi_agent_day ADD COLUMN msg_slow_replies    INTEGER NOT NULL DEFAULT 0;
ALTER TABLE kpi_agent_day ADD COLUMN msg_slow_receptions INTEGER NOT NULL DEFAULT 0; -- 慢响应
ALTER TABLE kpi_agent_day ADD COLUMN msg_receptions      INTEGER NOT NULL DEFAULT 0; -- 接待人数
ALTER TABLE kpi_agent_day ADD COLUMN msg_over_limit      INTEGER NOT NULL DEFAULT 0; -- over the platform reply limit

-- Rows built before this version hold zeros where the conversations have messages. Like an import
-- (005), the migration records the whole creation range as stale: until KpiAggregateRefresher
-- rebuilds those days on the next KPI read, the engine computes from the raw tickets, so no figure
-- is ever read from the incomplete rows. A store without aggregates has nothing to record.
INSERT INTO kpi_stale_ranges (from_epoch, to_epoch, recorded_at, reason)
SELECT MIN(created_at), MAX(created_at), CAST(strftime('%s', 'now') AS INTEGER),
       'migration 008: message counts added to the KPI aggregates'
FROM tickets
WHERE EXISTS (SELECT 1 FROM kpi_agent_day)
HAVING MIN(created_at) IS NOT NULL;
