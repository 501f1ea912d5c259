-- Escalations of the team's conversations: handed up by an agent (to the team's leads, or
-- another team or skill, with a reason and a note), or escalated or only flagged by one of the
-- team's rules as a customer's message arrives (by_name empty; rule: its code and what it saw).
-- One is open until someone other than who escalated takes the conversation; while an
-- escalation (not a flag) is open, routing does not hand the conversation out.
-- The team's reasons, targets and whether escalated cases stay with their agent are its
-- escalation settings (Escalations::EscalationSettings as JSON; empty: the defaults).
ALTER TABLE teams ADD COLUMN escalation_settings TEXT NOT NULL DEFAULT '';
CREATE TABLE escalations (id BIGSERIAL PRIMARY KEY,
    team_id BIGINT NOT NULL REFERENCES teams(id),
    conversation_id BIGINT NOT NULL REFERENCES conversations(id),
    target TEXT NOT NULL, reason TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
    by_name TEXT NOT NULL, rule TEXT NOT NULL DEFAULT '', rule_detail TEXT NOT NULL DEFAULT '',
    flag_only INTEGER NOT NULL DEFAULT 0, at BIGINT NOT NULL,
    taken_by TEXT NOT NULL DEFAULT '', taken_at BIGINT);
CREATE INDEX escalations_conversation ON escalations(conversation_id, id);
