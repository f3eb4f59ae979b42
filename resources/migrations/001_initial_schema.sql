-- TeamLens store, schema version 1: organisation, users, tickets, conversations, SLA policies and
-- import batches. Times are INTEGER seconds since the Unix epoch, UTC. Money is INTEGER cents.
-- Enumerations are stored as the vocabulary codes of PRODUCT.md and checked here, so a store
-- stays readable and valid without the application.

CREATE TABLE store_settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

CREATE TABLE departments (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE teams (
    id             INTEGER PRIMARY KEY,
    department_id  INTEGER NOT NULL REFERENCES departments(id),
    parent_team_id INTEGER REFERENCES teams(id),
    name           TEXT NOT NULL,
    tier           TEXT NOT NULL CHECK (tier IN ('L1', 'L2', 'L3')),
    UNIQUE (department_id, name)
);

CREATE TABLE agents (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    english_name TEXT,
    team_id      INTEGER REFERENCES teams(id),
    tier         TEXT NOT NULL CHECK (tier IN ('L1', 'L2', 'L3')),
    shift        TEXT NOT NULL CHECK (shift IN ('morning', 'afternoon', 'evening', 'night', 'split')),
    hire_date    TEXT NOT NULL,   -- ISO date, YYYY-MM-DD
    left_date    TEXT,
    status       TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
    mentor_id    INTEGER REFERENCES agents(id)
);
CREATE INDEX idx_agents_team ON agents(team_id);

CREATE TABLE agent_accounts (
    agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    platform TEXT NOT NULL CHECK (platform IN ('taobao', 'jd', 'pdd', 'douyin', 'own')),
    account  TEXT NOT NULL,
    PRIMARY KEY (agent_id, platform),
    UNIQUE (platform, account)
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('administrator', 'team_lead', 'qa_reviewer', 'trainer', 'rater')),
    agent_id      INTEGER REFERENCES agents(id),
    password_hash TEXT,
    created_at    INTEGER NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0
);

-- A service-hour calendar: weekly opening intervals plus holidays. SLA clocks count only these
-- hours. time_zone NULL means the workstation's zone.
CREATE TABLE sla_calendars (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    time_zone TEXT
);

CREATE TABLE sla_calendar_hours (
    calendar_id  INTEGER NOT NULL REFERENCES sla_calendars(id) ON DELETE CASCADE,
    weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),      -- 1 = Monday
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    CHECK (end_minute > start_minute),
    PRIMARY KEY (calendar_id, weekday, start_minute)
);

CREATE TABLE sla_calendar_holidays (
    calendar_id INTEGER NOT NULL REFERENCES sla_calendars(id) ON DELETE CASCADE,
    day         TEXT NOT NULL,    -- ISO date in the calendar's zone
    name        TEXT,
    PRIMARY KEY (calendar_id, day)
);

-- A policy matches tickets by platform/type/priority (NULL matches any); the lowest precedence
-- number among the matching policies wins.
CREATE TABLE sla_policies (
    id                     INTEGER PRIMARY KEY,
    name                   TEXT NOT NULL UNIQUE,
    platform               TEXT CHECK (platform IN ('taobao', 'jd', 'pdd', 'douyin', 'own')),
    type                   TEXT CHECK (type IN ('consultation', 'complaint', 'return', 'exchange', 'repair', 'refund', 'logistics')),
    priority               TEXT CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    first_response_minutes INTEGER NOT NULL CHECK (first_response_minutes > 0),
    resolution_minutes     INTEGER NOT NULL CHECK (resolution_minutes > 0),
    calendar_id            INTEGER NOT NULL REFERENCES sla_calendars(id),
    precedence             INTEGER NOT NULL DEFAULT 100
);

CREATE TABLE import_batches (
    id            INTEGER PRIMARY KEY,
    source_system TEXT NOT NULL,
    file_name     TEXT,
    content_hash  TEXT,
    profile       TEXT,
    user_id       INTEGER REFERENCES users(id),
    started_at    INTEGER NOT NULL,
    finished_at   INTEGER,
    status        TEXT NOT NULL CHECK (status IN ('running', 'committed', 'rejected', 'undone')),
    rows_read     INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_updated  INTEGER NOT NULL DEFAULT 0,
    rows_unchanged INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE tickets (
    id                    INTEGER PRIMARY KEY,
    source_system         TEXT NOT NULL,
    external_id           TEXT NOT NULL,
    platform              TEXT NOT NULL CHECK (platform IN ('taobao', 'jd', 'pdd', 'douyin', 'own')),
    channel               TEXT NOT NULL CHECK (channel IN ('chat', 'phone', 'email', 'social', 'form')),
    type                  TEXT NOT NULL CHECK (type IN ('consultation', 'complaint', 'return', 'exchange', 'repair', 'refund', 'logistics')),
    category              TEXT NOT NULL CHECK (category IN ('product', 'service', 'logistics', 'other')),
    priority              TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    status                TEXT NOT NULL CHECK (status IN ('new', 'open', 'pending', 'escalated', 'resolved', 'closed')),
    tier                  TEXT NOT NULL CHECK (tier IN ('L1', 'L2', 'L3')),
    agent_id              INTEGER REFERENCES agents(id),
    team_id               INTEGER REFERENCES teams(id),
    customer_ref          TEXT,
    order_id              TEXT,
    order_amount_cents    INTEGER,
    refund_amount_cents   INTEGER,
    created_at            INTEGER NOT NULL,
    first_response_at     INTEGER,
    resolved_at           INTEGER,
    closed_at             INTEGER,
    reopen_count          INTEGER NOT NULL DEFAULT 0 CHECK (reopen_count >= 0),
    escalated             INTEGER NOT NULL DEFAULT 0 CHECK (escalated IN (0, 1)),
    handle_seconds        INTEGER CHECK (handle_seconds >= 0),
    sla_policy_id         INTEGER REFERENCES sla_policies(id),
    first_response_due_at INTEGER,
    resolution_due_at     INTEGER,
    csat_score            INTEGER CHECK (csat_score BETWEEN 1 AND 5),
    csat_answered_at      INTEGER,
    is_inquiry            INTEGER NOT NULL DEFAULT 0 CHECK (is_inquiry IN (0, 1)),
    converted             INTEGER NOT NULL DEFAULT 0 CHECK (converted IN (0, 1)),
    about_agent_id        INTEGER REFERENCES agents(id),
    tags                  TEXT,
    import_batch_id       INTEGER REFERENCES import_batches(id),
    UNIQUE (source_system, external_id)
);

-- The ticket workspace pages and filters by these (keyset paging: "rows after this key"); the
-- KPI work reads per agent and team over date ranges.
CREATE INDEX idx_tickets_created_at     ON tickets(created_at);
CREATE INDEX idx_tickets_agent_created  ON tickets(agent_id, created_at);
CREATE INDEX idx_tickets_team_created   ON tickets(team_id, created_at);
CREATE INDEX idx_tickets_status_created ON tickets(status, created_at);
-- Leads split the queue by platform (淘宝/京东/拼多多 teams); counts and per-platform KPIs read it.
CREATE INDEX idx_tickets_platform_created ON tickets(platform, created_at);
CREATE INDEX idx_tickets_order_id       ON tickets(order_id);
CREATE INDEX idx_tickets_external_id    ON tickets(external_id);
CREATE INDEX idx_tickets_about_agent    ON tickets(about_agent_id) WHERE about_agent_id IS NOT NULL;

CREATE TABLE conversations (
    id         INTEGER PRIMARY KEY,
    ticket_id  INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    started_at INTEGER NOT NULL
);
CREATE INDEX idx_conversations_ticket ON conversations(ticket_id);

-- Messages are clustered by conversation, so a transcript is one range read.
CREATE TABLE messages (
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    speaker         TEXT NOT NULL CHECK (speaker IN ('customer', 'agent', 'bot', 'system')),
    sent_at         INTEGER NOT NULL,
    text            TEXT NOT NULL,
    PRIMARY KEY (conversation_id, seq)
) WITHOUT ROWID;
