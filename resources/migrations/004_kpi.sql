-- Schema version 4: KPI counting rules as versioned data, and the per-agent daily aggregates the KPI
-- engine reads so a month for every agent costs a few thousand small rows instead of millions of
-- tickets (PRODUCT.md "KPI catalogue", "Counting rules are data", "Scale and speed").

-- A counting-rule set. A version is immutable once a result has been computed with it (used_at set):
-- results name the version that computed them, so changing a used version would make old results
-- unexplainable. An edit is a new version. The scalar rules are columns; the per-source and
-- per-platform lists (satisfaction top-box rules, platform service windows, holiday exemptions) are
-- one JSON document, documented in models/kpi/KpiRuleSet.h.
CREATE TABLE kpi_rule_sets (
    version                  INTEGER PRIMARY KEY,
    name                     TEXT NOT NULL,
    created_at               INTEGER NOT NULL,
    created_by               TEXT,
    used_at                  INTEGER,
    min_ticket_samples       INTEGER NOT NULL DEFAULT 20 CHECK (min_ticket_samples >= 1),
    min_survey_samples       INTEGER NOT NULL DEFAULT 10 CHECK (min_survey_samples >= 1),
    csat_top_box_min_score   INTEGER NOT NULL DEFAULT 4 CHECK (csat_top_box_min_score BETWEEN 1 AND 5),
    auto_reply_marker        TEXT,
    session_gap_minutes      INTEGER NOT NULL DEFAULT 10 CHECK (session_gap_minutes > 0),
    slow_response_seconds    INTEGER NOT NULL DEFAULT 120 CHECK (slow_response_seconds > 0),
    slow_response_flag_count INTEGER NOT NULL DEFAULT 3 CHECK (slow_response_flag_count > 0),
    rules_json               TEXT NOT NULL DEFAULT '{}'
);

CREATE TRIGGER kpi_rule_sets_immutable_update
BEFORE UPDATE ON kpi_rule_sets
WHEN OLD.used_at IS NOT NULL AND (NEW.name IS NOT OLD.name
    OR NEW.min_ticket_samples IS NOT OLD.min_ticket_samples
    OR NEW.min_survey_samples IS NOT OLD.min_survey_samples
    OR NEW.csat_top_box_min_score IS NOT OLD.csat_top_box_min_score
    OR NEW.auto_reply_marker IS NOT OLD.auto_reply_marker
    OR NEW.session_gap_minutes IS NOT OLD.session_gap_minutes
    OR NEW.slow_response_seconds IS NOT OLD.slow_response_seconds
    OR NEW.slow_response_flag_count IS NOT OLD.slow_response_flag_count
    OR NEW.rules_json IS NOT OLD.rules_json
    OR NEW.used_at IS NOT OLD.used_at)
BEGIN
    SELECT RAISE(ABORT, 'kpi rule set version is in use and cannot change; save a new version');
END;

CREATE TRIGGER kpi_rule_sets_immutable_delete
BEFORE DELETE ON kpi_rule_sets
WHEN OLD.used_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'kpi rule set version is in use and cannot be deleted');
END;

-- Version 1: the defaults PRODUCT.md names. Platform service windows: JD scores 09:00–23:00 and
-- PDD 08:00–23:00 by session start (PDD with a 1-hour reply limit). No holiday exemptions.
INSERT INTO kpi_rule_sets (version, name, created_at, created_by, rules_json) VALUES
    (1, 'Default counting rules', 0, NULL,
     '{"satisfaction":[],"serviceWindows":[{"platform":"jd","startMinute":540,"endMinute":1380},{"platform":"pdd","startMinute":480,"endMinute":1380,"replyLimitSeconds":3600}],"holidayExemptions":[]}');

-- Which version the engine uses unless asked for another one.
INSERT INTO store_settings (key, value) VALUES ('kpi_rule_set_version', '1');

-- One row per agent, team, local day (Julian day number in the team's time zone) and platform: the
-- counts and sums of every ticket KPI, so a period's figures are sums over rows. agent_id 0 holds a
-- team's unassigned tickets (team figures include them, agent figures do not); team_id 0 holds tickets
-- without a team. Complaints count on the attributed agent's row for the day the complaint was made.
-- frt_values and resolution_values are the day's exact values (SLA-clock and wall-clock seconds) as
-- sorted little-endian int32, so exact medians and P90 of a month merge ~30 small blobs.
-- sla_pending_due lists, as sorted little-endian int64 epoch seconds, the due times of unanswered
-- tickets that were not yet due when the row was built: whether they count as missed depends on the
-- time the KPIs are read.
CREATE TABLE kpi_agent_day (
    day               INTEGER NOT NULL,
    agent_id          INTEGER NOT NULL,
    team_id           INTEGER NOT NULL,
    platform          TEXT NOT NULL,
    handled           INTEGER NOT NULL DEFAULT 0,
    frt_n             INTEGER NOT NULL DEFAULT 0,
    frt_sum           INTEGER NOT NULL DEFAULT 0,
    frt_values        BLOB,
    sla_met           INTEGER NOT NULL DEFAULT 0,
    sla_missed        INTEGER NOT NULL DEFAULT 0,
    sla_pending_due   BLOB,
    resolved          INTEGER NOT NULL DEFAULT 0,
    resolution_n      INTEGER NOT NULL DEFAULT 0,
    resolution_sum    INTEGER NOT NULL DEFAULT 0,
    resolution_values BLOB,
    fcr               INTEGER NOT NULL DEFAULT 0,
    reopened          INTEGER NOT NULL DEFAULT 0,
    csat_n            INTEGER NOT NULL DEFAULT 0,
    csat_top          INTEGER NOT NULL DEFAULT 0,
    csat_sum          INTEGER NOT NULL DEFAULT 0,
    complaints        INTEGER NOT NULL DEFAULT 0,
    escalated         INTEGER NOT NULL DEFAULT 0,
    inquiries         INTEGER NOT NULL DEFAULT 0,
    converted         INTEGER NOT NULL DEFAULT 0,
    aht_n             INTEGER NOT NULL DEFAULT 0,
    aht_sum           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, agent_id, team_id, platform)
) WITHOUT ROWID;

-- What the aggregates were built with: they are valid only for this time zone and rule-set version
-- (top-box rule and service windows change the counts). built_at is when they were last written.
CREATE TABLE kpi_aggregate_state (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    time_zone        TEXT NOT NULL,
    rule_set_version INTEGER NOT NULL REFERENCES kpi_rule_sets(version),
    built_at         INTEGER NOT NULL
);
