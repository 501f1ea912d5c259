-- QA reviews: a lead scores a conversation; the agent whose work it was may read it.
CREATE TABLE reviews (id BIGSERIAL PRIMARY KEY, team_id BIGINT NOT NULL REFERENCES teams(id),
    conversation_id BIGINT NOT NULL REFERENCES conversations(id),
    agent_id BIGINT REFERENCES agents(id), reviewer_id BIGINT NOT NULL REFERENCES agents(id),
    body TEXT NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,
    UNIQUE (conversation_id, reviewer_id));
CREATE INDEX reviews_agent ON reviews(agent_id, updated_at);
CREATE INDEX reviews_team ON reviews(team_id, updated_at);
