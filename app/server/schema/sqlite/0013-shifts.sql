-- Each team's weekly shift roster (Shifts::Roster as JSON, PUT /v1/roster); empty: none. A
-- rostered agent's presence follows the roster; one they set themselves holds until the roster
-- next changes for them (presence_held_until, ms since the epoch; 0: following the roster).
ALTER TABLE teams ADD COLUMN roster TEXT NOT NULL DEFAULT '';
ALTER TABLE agents ADD COLUMN presence_held_until BIGINT NOT NULL DEFAULT 0;
-- The shift-change post proposed when a shift starts: posted through the ingest workspace's
-- outbox (client_id) or declined, once per agent and shift.
CREATE TABLE shift_posts (agent_id BIGINT NOT NULL REFERENCES agents(id),
    shift_start BIGINT NOT NULL, team_id BIGINT NOT NULL REFERENCES teams(id),
    decision TEXT NOT NULL CHECK (decision IN ('posted', 'declined')),
    channel TEXT NOT NULL DEFAULT '', client_id TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '', at BIGINT NOT NULL,
    PRIMARY KEY (agent_id, shift_start));
