-- QA reviews: a lead scores a conversation; the agent whose work it was may read it.
CREATE TABLE reviews (id INTEGER PRIMARY KEY AUTOINCREMENT, team_id INTEGER NOT NULL REFERENCES teams(id),
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    agent_id INTEGER REFERENCES agents(id), reviewer_id INTEGER NOT NULL REFERENCES agents(id),
    body TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    UNIQUE (conversation_id, reviewer_id));
CREATE INDEX reviews_agent ON reviews(agent_id, updated_at);
CREATE INDEX reviews_team ON reviews(team_id, updated_at);
