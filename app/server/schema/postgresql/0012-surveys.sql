-- The team's satisfaction survey (PUT /v1/routing "survey") and each survey asked of its
-- customers after a resolve, with the answer. The question goes out through the ingest
-- workspace's outbox under client_id; delivery is that entry's state.
ALTER TABLE teams ADD COLUMN survey_kind TEXT NOT NULL DEFAULT 'off';
ALTER TABLE teams ADD COLUMN survey_quiet_days INTEGER NOT NULL DEFAULT 30;
CREATE TABLE surveys (id BIGSERIAL PRIMARY KEY,
    team_id BIGINT NOT NULL REFERENCES teams(id),
    conversation_id BIGINT NOT NULL UNIQUE REFERENCES conversations(id),
    kind TEXT NOT NULL, agent_name TEXT NOT NULL, channel TEXT NOT NULL, category TEXT NOT NULL,
    client_id TEXT NOT NULL UNIQUE, delivery TEXT NOT NULL DEFAULT 'queued',
    asked_at BIGINT NOT NULL, answered_at BIGINT, score INTEGER,
    comment TEXT NOT NULL DEFAULT '', follow_up TEXT NOT NULL DEFAULT '');
CREATE INDEX surveys_team_time ON surveys(team_id, asked_at);
