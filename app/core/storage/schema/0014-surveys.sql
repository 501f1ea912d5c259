-- Satisfaction surveys asked after a conversation was resolved, and what customers answered.
-- Times are UTC milliseconds since the epoch.
-- Shipped: never edit this file; add the next number instead.

-- One survey a conversation at most; its customer and channel are the conversation's (a merge
-- of customers moves their surveys with their conversations). The question goes out through the outbox (client_id);
-- it counts as asked once the outbox sent it. answered_at without a score: the customer's next
-- private message held none, and nothing later is read as the answer. A team conversation's
-- survey is the team server's, mirrored here (client_id "team:<server conversation id>").
CREATE TABLE surveys (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL UNIQUE REFERENCES conversations(id),
    kind TEXT NOT NULL CHECK (kind IN ('csat', 'nps')),
    agent TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    client_id TEXT NOT NULL UNIQUE,
    queued_at INTEGER NOT NULL,
    answered_at INTEGER,
    score INTEGER,
    comment TEXT NOT NULL DEFAULT '',
    answer_message_id INTEGER REFERENCES messages(id),
    -- A detractor's answer opens a follow-up for the team's leads until one of them closes it.
    follow_up TEXT NOT NULL DEFAULT '' CHECK (follow_up IN ('', 'open', 'closed')),
    follow_up_closed_by TEXT NOT NULL DEFAULT '',
    -- A team conversation's survey, as the team server sent it (its question is in the
    -- server's outbox, not this desk's): where the question stands.
    delivery TEXT NOT NULL DEFAULT '');
CREATE INDEX surveys_by_time ON surveys(queued_at);
CREATE INDEX surveys_waiting ON surveys(answered_at) WHERE answered_at IS NULL;
