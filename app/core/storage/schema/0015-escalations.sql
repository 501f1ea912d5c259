-- Escalations: a case an agent handed up (to the team's leads, or another team or skill), or
-- one a rule escalated or flagged on arrival. Times are UTC milliseconds since the epoch.
-- Shipped: never edit this file; add the next number instead.

-- by: the agent, or "" for a rule (rule: its code and what it saw). An escalation is open
-- until someone other than who escalated takes the conversation (taken_by, taken_at). A flag
-- marks the case in the inbox without moving it.
CREATE TABLE escalations (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    target TEXT NOT NULL DEFAULT 'leads',
    reason TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    by TEXT NOT NULL DEFAULT '',
    rule TEXT NOT NULL DEFAULT '',
    rule_detail TEXT NOT NULL DEFAULT '',
    flag_only INTEGER NOT NULL DEFAULT 0,
    at INTEGER NOT NULL,
    taken_by TEXT NOT NULL DEFAULT '',
    taken_at INTEGER);
CREATE INDEX escalations_open ON escalations(conversation_id) WHERE taken_at IS NULL;
CREATE INDEX escalations_by_time ON escalations(at);
