-- Schema version 7: QA scorecards (质检评分卡): templates with immutable versions, reviews and their
-- answers, sampling draws, auto-QA flags, disputes, calibration and coaching (PRODUCT.md "QA
-- scorecards"). Score changes are written to audit_log (006) by the repositories.
--
-- Who is who: a reviewer, a dispute decider or a coach is a users row; an agent is an agents row.
-- A user who is also an agent has users.agent_id set (001), which is how "never review yourself"
-- is checked.

-- A template is a name; its content lives in versions. A version is immutable once any review or
-- calibration session uses it (triggers below); an edit is saved as the next version.
CREATE TABLE qa_templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    created_at INTEGER NOT NULL,
    created_by TEXT
);

CREATE TABLE qa_template_versions (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES qa_templates(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL CHECK (version >= 1),
    note        TEXT,
    created_at  INTEGER NOT NULL,
    created_by  TEXT,
    UNIQUE (template_id, version)
);

CREATE TABLE qa_sections (
    id         INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES qa_template_versions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    title_zh   TEXT NOT NULL,
    title_en   TEXT NOT NULL,
    UNIQUE (version_id, position)
);
CREATE INDEX idx_qa_sections_version ON qa_sections(version_id);

-- A criterion. key is stable across versions ("privacy"), so calibration and reports can follow a
-- criterion through edits. scale: pass_fail_na (pass earns the points), one_to_five (1 earns 0,
-- 5 earns all, linear between), zero_to_n (k of scale_max earns k/scale_max of the points).
-- na_policy: 'exclude' removes the points from the possible total, 'pass' scores N/A as full marks.
-- critical: a failed critical criterion zeroes its section ('section') or the whole review
-- ('review'); "failed" is a fail on pass/fail, the lowest value on the other scales.
CREATE TABLE qa_criteria (
    id          INTEGER PRIMARY KEY,
    section_id  INTEGER NOT NULL REFERENCES qa_sections(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    key         TEXT NOT NULL CHECK (length(trim(key)) > 0),
    title_zh    TEXT NOT NULL,
    title_en    TEXT NOT NULL,
    guidance_zh TEXT NOT NULL DEFAULT '',
    guidance_en TEXT NOT NULL DEFAULT '',
    points      REAL NOT NULL CHECK (points > 0),
    scale       TEXT NOT NULL CHECK (scale IN ('pass_fail_na', 'one_to_five', 'zero_to_n')),
    scale_max   INTEGER,
    allow_na    INTEGER NOT NULL DEFAULT 1 CHECK (allow_na IN (0, 1)),
    na_policy   TEXT NOT NULL DEFAULT 'exclude' CHECK (na_policy IN ('exclude', 'pass')),
    critical    TEXT NOT NULL DEFAULT 'none' CHECK (critical IN ('none', 'section', 'review')),
    UNIQUE (section_id, position),
    CHECK ((scale = 'zero_to_n') = (scale_max IS NOT NULL)),
    CHECK (scale_max IS NULL OR scale_max >= 1)
);
CREATE INDEX idx_qa_criteria_section ON qa_criteria(section_id);

-- Calibration (校准): several reviewers score the same conversations with one template version;
-- the reference answers are what the session agreed (or the QA lead set).
CREATE TABLE qa_calibration_sessions (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    template_version_id INTEGER NOT NULL REFERENCES qa_template_versions(id),
    created_by          TEXT NOT NULL,
    created_at          INTEGER NOT NULL,
    closed_at           INTEGER
);

CREATE TABLE qa_calibration_conversations (
    session_id      INTEGER NOT NULL REFERENCES qa_calibration_sessions(id) ON DELETE CASCADE,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    PRIMARY KEY (session_id, conversation_id)
) WITHOUT ROWID;

-- value as in qa_answers: NULL with na = 1 for N/A.
CREATE TABLE qa_calibration_references (
    session_id      INTEGER NOT NULL,
    conversation_id INTEGER NOT NULL,
    criterion_id    INTEGER NOT NULL REFERENCES qa_criteria(id),
    value           INTEGER,
    na              INTEGER NOT NULL DEFAULT 0 CHECK (na IN (0, 1)),
    PRIMARY KEY (session_id, conversation_id, criterion_id),
    FOREIGN KEY (session_id, conversation_id)
        REFERENCES qa_calibration_conversations(session_id, conversation_id) ON DELETE CASCADE,
    CHECK ((na = 1) = (value IS NULL))
) WITHOUT ROWID;

-- Sampling (抽检). A rule says how many conversations per agent per period and which strata are
-- over-sampled (strata_json, see models/qa/Sampler.h); a draw records the rule as applied, the
-- seed and the period, so the same draw can be reproduced and explained.
CREATE TABLE qa_sampling_rules (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    per_agent    INTEGER NOT NULL CHECK (per_agent >= 1),
    period       TEXT NOT NULL DEFAULT 'week' CHECK (period IN ('day', 'week', 'month')),
    workload_cap INTEGER CHECK (workload_cap IS NULL OR workload_cap >= 1),
    strata_json  TEXT NOT NULL DEFAULT '[]',
    created_at   INTEGER NOT NULL,
    created_by   TEXT
);

CREATE TABLE qa_sample_draws (
    id               INTEGER PRIMARY KEY,
    rule_id          INTEGER REFERENCES qa_sampling_rules(id) ON DELETE SET NULL,
    rule_json        TEXT NOT NULL,
    seed             INTEGER NOT NULL,
    period_first     TEXT NOT NULL,   -- ISO dates, inclusive
    period_last      TEXT NOT NULL,
    explanation_json TEXT,
    created_by       TEXT NOT NULL,
    created_at       INTEGER NOT NULL,
    CHECK (period_last >= period_first)
);

CREATE TABLE qa_sample_items (
    id              INTEGER PRIMARY KEY,
    draw_id         INTEGER NOT NULL REFERENCES qa_sample_draws(id) ON DELETE CASCADE,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    agent_id        INTEGER NOT NULL REFERENCES agents(id),
    stratum         TEXT NOT NULL CHECK (stratum IN ('random', 'low_csat', 'complaint', 'long_handling',
                                                     'auto_qa_flag', 'new_hire')),
    reviewer_id     INTEGER REFERENCES users(id),
    assigned_at     INTEGER,
    UNIQUE (draw_id, conversation_id),
    CHECK ((reviewer_id IS NULL) = (assigned_at IS NULL))
);
CREATE INDEX idx_qa_sample_items_reviewer ON qa_sample_items(reviewer_id) WHERE reviewer_id IS NOT NULL;

-- Never to the agent themselves, even from another tool.
CREATE TRIGGER qa_sample_items_not_self_insert
BEFORE INSERT ON qa_sample_items
WHEN NEW.reviewer_id IS NOT NULL
    AND (SELECT agent_id FROM users WHERE id = NEW.reviewer_id) IS NEW.agent_id
BEGIN
    SELECT RAISE(ABORT, 'a conversation cannot be assigned to the agent who handled it');
END;

CREATE TRIGGER qa_sample_items_not_self_update
BEFORE UPDATE OF reviewer_id ON qa_sample_items
WHEN NEW.reviewer_id IS NOT NULL
    AND (SELECT agent_id FROM users WHERE id = NEW.reviewer_id) IS NEW.agent_id
BEGIN
    SELECT RAISE(ABORT, 'a conversation cannot be assigned to the agent who handled it');
END;

CREATE TABLE qa_sample_reassignments (
    id               INTEGER PRIMARY KEY,
    item_id          INTEGER NOT NULL REFERENCES qa_sample_items(id) ON DELETE CASCADE,
    from_reviewer_id INTEGER REFERENCES users(id),
    to_reviewer_id   INTEGER NOT NULL REFERENCES users(id),
    reason           TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    by_user          TEXT NOT NULL,
    at               INTEGER NOT NULL
);
CREATE INDEX idx_qa_sample_reassignments_item ON qa_sample_reassignments(item_id);

-- A review (质检记录). Calibration reviews belong to a session and never count in an agent's QA
-- score. score is the stored result of models/qa/ScorecardScorer for a submitted review.
CREATE TABLE qa_reviews (
    id                     INTEGER PRIMARY KEY,
    conversation_id        INTEGER NOT NULL REFERENCES conversations(id),
    agent_id               INTEGER NOT NULL REFERENCES agents(id),
    reviewer_id            INTEGER NOT NULL REFERENCES users(id),
    template_version_id    INTEGER NOT NULL REFERENCES qa_template_versions(id),
    status                 TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
    kind                   TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 'calibration')),
    calibration_session_id INTEGER REFERENCES qa_calibration_sessions(id),
    sample_item_id         INTEGER REFERENCES qa_sample_items(id),
    score                  REAL CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
    created_at             INTEGER NOT NULL,
    submitted_at           INTEGER,
    CHECK ((kind = 'calibration') = (calibration_session_id IS NOT NULL)),
    CHECK ((status = 'submitted') = (submitted_at IS NOT NULL))
);
CREATE INDEX idx_qa_reviews_agent ON qa_reviews(agent_id, kind, status);
CREATE INDEX idx_qa_reviews_conversation ON qa_reviews(conversation_id);
CREATE INDEX idx_qa_reviews_version ON qa_reviews(template_version_id);
CREATE INDEX idx_qa_reviews_session ON qa_reviews(calibration_session_id) WHERE calibration_session_id IS NOT NULL;
-- One review per reviewer and conversation within a calibration session.
CREATE UNIQUE INDEX idx_qa_reviews_calibration ON qa_reviews(calibration_session_id, conversation_id, reviewer_id)
    WHERE calibration_session_id IS NOT NULL;

-- One answer per criterion: pass_fail_na stores 1 (pass) or 0 (fail); one_to_five 1..5;
-- zero_to_n 0..scale_max; N/A is value NULL with na = 1.
CREATE TABLE qa_answers (
    review_id    INTEGER NOT NULL REFERENCES qa_reviews(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES qa_criteria(id),
    value        INTEGER,
    na           INTEGER NOT NULL DEFAULT 0 CHECK (na IN (0, 1)),
    comment      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, criterion_id),
    CHECK ((na = 1) = (value IS NULL)),
    CHECK (value IS NULL OR value >= 0)
) WITHOUT ROWID;

-- Template versions in use are immutable: a review or calibration session that points at a
-- version must keep seeing exactly what it was scored on.
CREATE VIEW qa_used_template_versions AS
    SELECT template_version_id AS version_id FROM qa_reviews
    UNION SELECT template_version_id FROM qa_calibration_sessions;

CREATE TRIGGER qa_template_versions_used_update
BEFORE UPDATE ON qa_template_versions
WHEN OLD.id IN (SELECT version_id FROM qa_used_template_versions)
BEGIN
    SELECT RAISE(ABORT, 'scorecard template version is used by reviews and cannot change; save a new version');
END;

CREATE TRIGGER qa_template_versions_used_delete
BEFORE DELETE ON qa_template_versions
WHEN OLD.id IN (SELECT version_id FROM qa_used_template_versions)
BEGIN
    SELECT RAISE(ABORT, 'scorecard template version is used by reviews and cannot be deleted');
END;

CREATE TRIGGER qa_sections_used_insert
BEFORE INSERT ON qa_sections
WHEN NEW.version_id IN (SELECT version_id FROM qa_used_template_versions)
BEGIN
    SELECT RAISE(ABORT, 'scorecard template version is used by reviews and cannot change; save a new version');
END;

CREATE TRIGGER qa_sections_used_update
BEFORE UPDATE ON qa_sections
WHEN OLD.version_id IN (SELECT version_id FROM qa_used_template_versions)
    OR NEW.version_id IN (SELECT version_id FROM qa_used_template_versions)
BEGIN
    SELECT RAISE(ABORT, 'scorecard template version is used by reviews and cannot change; save a new version');
END;

CREATE TRIGGER qa_sections_used_delete
BEFORE DELETE ON qa_sections
WHEN OLD.version_id IN (SELECT version_id FROM qa_used_template_versions)
BEGIN
    SELECT RAISE(ABORT, 'scorecard template version is used by reviews and cannot change; save a new version');
END;

CREATE TRIGGER qa_criteria_used_insert
BEFORE INSERT ON qa_criteria
WHEN (SELECT version_id FROM qa_sections WHERE id = NEW.section_id) IN (SELECT version_id FROM qa_used_template_versions)
BEGIN
    SELECT RAISE(ABORT, 'scorecard template version is used by reviews and cannot change; save a new version');
END;

CREATE TRIGGER qa_criteria_used_update
BEFORE UPDATE ON qa_criteria
WHEN (SELECT version_id FROM qa_sections WHERE id = OLD.section_id) IN (SELECT version_id FROM qa_used_template_versions)
    OR (SELECT version_id FROM qa_sections WHERE id = NEW.section_id) IN (SELECT version_id FROM qa_used_template_versions)
BEGIN
    SELECT RAISE(ABORT, 'scorecard template version is used by reviews and cannot change; save a new version');
END;

CREATE TRIGGER qa_criteria_used_delete
BEFORE DELETE ON qa_criteria
WHEN (SELECT version_id FROM qa_sections WHERE id = OLD.section_id) IN (SELECT version_id FROM qa_used_template_versions)
BEGIN
    SELECT RAISE(ABORT, 'scorecard template version is used by reviews and cannot change; save a new version');
END;

-- An answer must belong to a criterion of its review's template version.
CREATE TRIGGER qa_answers_criterion_of_version
BEFORE INSERT ON qa_answers
WHEN (SELECT s.version_id FROM qa_criteria c JOIN qa_sections s ON s.id = c.section_id WHERE c.id = NEW.criterion_id)
    IS NOT (SELECT template_version_id FROM qa_reviews WHERE id = NEW.review_id)
BEGIN
    SELECT RAISE(ABORT, 'the criterion is not part of the review''s template version');
END;

-- Auto-QA findings over a transcript (models/qa/AutoQa.h). message_seq points at the message
-- that triggered the finding (NULL for whole-conversation findings such as a missing closing).
CREATE TABLE qa_auto_flags (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    rule            TEXT NOT NULL CHECK (rule IN ('forbidden_phrase', 'customer_wait', 'missing_greeting',
                                                  'missing_closing')),
    message_seq     INTEGER,
    detail          TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL
);
CREATE INDEX idx_qa_auto_flags_conversation ON qa_auto_flags(conversation_id);

-- Disputes (申诉): of a whole review (criterion_id NULL) or of one criterion, raised before the
-- deadline; a QA lead accepts, partially accepts or rejects. Every state change is a history row.
CREATE TABLE qa_disputes (
    id           INTEGER PRIMARY KEY,
    review_id    INTEGER NOT NULL REFERENCES qa_reviews(id),
    criterion_id INTEGER REFERENCES qa_criteria(id),
    reason_code  TEXT NOT NULL CHECK (reason_code IN ('misread_transcript', 'guidance_unclear',
                                                      'outside_agent_control', 'policy_changed', 'other')),
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    raised_by    TEXT NOT NULL,
    raised_at    INTEGER NOT NULL,
    deadline     INTEGER NOT NULL,
    state        TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'partially_accepted',
                                                                'rejected', 'withdrawn')),
    decision     TEXT,
    decided_by   TEXT,
    decided_at   INTEGER,
    CHECK (raised_at <= deadline),
    CHECK ((state IN ('accepted', 'partially_accepted', 'rejected')) = (decided_at IS NOT NULL AND decided_by IS NOT NULL))
);
CREATE INDEX idx_qa_disputes_review ON qa_disputes(review_id);
CREATE INDEX idx_qa_disputes_open ON qa_disputes(deadline) WHERE state = 'open';

CREATE TABLE qa_dispute_history (
    id         INTEGER PRIMARY KEY,
    dispute_id INTEGER NOT NULL REFERENCES qa_disputes(id),
    at         INTEGER NOT NULL,
    actor      TEXT NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('open', 'accepted', 'partially_accepted', 'rejected', 'withdrawn')),
    note       TEXT
);
CREATE INDEX idx_qa_dispute_history_dispute ON qa_dispute_history(dispute_id);
CREATE TRIGGER qa_dispute_history_append_only_update BEFORE UPDATE ON qa_dispute_history
BEGIN SELECT RAISE(ABORT, 'dispute history is append-only'); END;
CREATE TRIGGER qa_dispute_history_append_only_delete BEFORE DELETE ON qa_dispute_history
BEGIN SELECT RAISE(ABORT, 'dispute history is append-only'); END;

-- Coaching (辅导): a session with an agent, the reviews it discussed, what was agreed, and an
-- optional KPI target (a KPI catalogue figure key) with a due date that progress views follow.
CREATE TABLE qa_coaching_sessions (
    id          INTEGER PRIMARY KEY,
    agent_id    INTEGER NOT NULL REFERENCES agents(id),
    coach       TEXT NOT NULL,
    held_at     INTEGER NOT NULL,
    agreed_text TEXT NOT NULL DEFAULT '',
    kpi         TEXT,
    kpi_target  REAL,
    due_date    TEXT,   -- ISO date
    created_at  INTEGER NOT NULL,
    CHECK ((kpi IS NULL) = (kpi_target IS NULL)),
    CHECK ((kpi IS NULL) = (due_date IS NULL))
);
CREATE INDEX idx_qa_coaching_agent ON qa_coaching_sessions(agent_id);

CREATE TABLE qa_coaching_reviews (
    coaching_id INTEGER NOT NULL REFERENCES qa_coaching_sessions(id) ON DELETE CASCADE,
    review_id   INTEGER NOT NULL REFERENCES qa_reviews(id),
    PRIMARY KEY (coaching_id, review_id)
) WITHOUT ROWID;

-- The default template (PRODUCT.md: the eight criteria of the team rules). Points total 100; the
-- split is ours and meant to be edited: problem solving, communication, attitude and product
-- knowledge weigh most because they decide the outcome for the customer. Privacy is critical at
-- review level (leaking customer data fails the review) and scores N/A as a pass: a chat that
-- never touched customer data did not leak any.
INSERT INTO qa_templates (id, name, created_at, created_by) VALUES (1, 'Default', 0, NULL);
INSERT INTO qa_template_versions (id, template_id, version, note, created_at, created_by) VALUES
    (1, 1, 1, 'shipped default', 0, NULL);
INSERT INTO qa_sections (id, version_id, position, title_zh, title_en) VALUES
    (1, 1, 0, '服务态度与礼仪', 'Courtesy and attitude'),
    (2, 1, 1, '沟通与问题解决', 'Communication and resolution'),
    (3, 1, 2, '规范与时效', 'Process and timeliness'),
    (4, 1, 3, '信息安全', 'Information security');
INSERT INTO qa_criteria (section_id, position, key, title_zh, title_en, guidance_zh, guidance_en, points,
                         scale, scale_max, allow_na, na_policy, critical) VALUES
    (1, 0, 'greeting', '礼貌用语', 'Greeting and courtesy',
        '开场问候、称呼得体、结束语完整；全程使用礼貌用语。',
        'Opens with a greeting, addresses the customer politely, closes properly; polite wording throughout.',
        10, 'pass_fail_na', NULL, 1, 'exclude', 'none'),
    (1, 1, 'attitude', '服务态度', 'Attitude',
        '耐心、友善、不推诿；1 = 态度恶劣，5 = 主动热情。',
        'Patient, friendly, takes ownership; 1 = rude, 5 = proactive and warm.',
        15, 'one_to_five', NULL, 0, 'exclude', 'none'),
    (2, 0, 'communication', '沟通技巧', 'Communication',
        '准确理解诉求，表达清晰简洁，确认客户已理解。',
        'Understands the request, explains clearly and briefly, checks the customer understood.',
        15, 'one_to_five', NULL, 0, 'exclude', 'none'),
    (2, 1, 'problem_solving', '问题解决能力', 'Problem solving',
        '0 = 未解决，1 = 部分解决，2 = 解决但有遗漏，3 = 完整解决。',
        '0 = not solved, 1 = partly, 2 = solved with gaps, 3 = fully solved.',
        15, 'zero_to_n', 3, 0, 'exclude', 'none'),
    (2, 2, 'product_knowledge', '产品知识准确性', 'Product knowledge accuracy',
        '商品、政策、物流信息准确无误；未涉及时选 N/A。',
        'Product, policy and delivery facts are correct; N/A when none came up.',
        15, 'pass_fail_na', NULL, 1, 'exclude', 'none'),
    (3, 0, 'process_compliance', '流程规范', 'Process compliance',
        '按退换货、退款、升级流程操作，必要的核实与备注齐全。',
        'Follows the return, refund and escalation procedures; required checks and notes are done.',
        10, 'pass_fail_na', NULL, 1, 'exclude', 'none'),
    (3, 1, 'response_timeliness', '响应及时性', 'Response timeliness',
        '首次响应与每次回复在时效内；0 = 多次超时，2 = 全部及时。',
        'First and every later reply within target; 0 = repeatedly late, 2 = always on time.',
        10, 'zero_to_n', 2, 0, 'exclude', 'none'),
    (4, 0, 'privacy', '信息保密', 'Privacy and confidentiality',
        '不得泄露客户信息（手机号、地址、订单等）；泄露即整单不合格。',
        'Never discloses customer data (phone, address, orders); a leak fails the whole review.',
        10, 'pass_fail_na', NULL, 1, 'pass', 'review');
