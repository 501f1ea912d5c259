-- Quality review. A team's scorecard (its criteria, editable), reviews of conversations with a
-- score per criterion and comments anchored to messages, and each canned response as sent, so a
-- lead sees which templates agents always rewrite.
-- Shipped: never edit this file; add the next number instead.

CREATE TABLE scorecard_criteria (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    weight INTEGER NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 10),
    position INTEGER NOT NULL,
    -- A criterion CareDesk can judge itself suggests its score: answered, pii, language.
    check_key TEXT NOT NULL DEFAULT '',
    retired INTEGER NOT NULL DEFAULT 0);

CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    agent TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE(conversation_id, reviewer));

CREATE INDEX reviews_agent ON reviews(agent, created_at);

-- Title and weight are copied, so that editing the scorecard never rewrites a past review.
CREATE TABLE review_scores (
    review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    weight INTEGER NOT NULL,
    score INTEGER CHECK (score BETWEEN 0 AND 2),
    PRIMARY KEY (review_id, criterion_id));

CREATE TABLE review_comments (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    message_id INTEGER REFERENCES messages(id),
    text TEXT NOT NULL);

CREATE TABLE canned_uses (
    id INTEGER PRIMARY KEY,
    response_id INTEGER,
    title TEXT NOT NULL,
    conversation_id INTEGER,
    client_id TEXT NOT NULL,
    agent TEXT NOT NULL,
    inserted_text TEXT NOT NULL,
    sent_text TEXT NOT NULL,
    edit_ratio REAL NOT NULL,
    at INTEGER NOT NULL);

CREATE INDEX canned_uses_response ON canned_uses(response_id, at);

-- Which agent sent a reply: the outbox row behind the stored message.
CREATE INDEX outbox_platform ON outbox(channel_id, platform_id);

CREATE INDEX outbox_conversation ON outbox(conversation_id, state);

-- Who sent a reply from another desk of the team (the team server says); replies sent from this
-- desk are known by their outbox row.
ALTER TABLE messages ADD COLUMN sent_by TEXT NOT NULL DEFAULT '';

-- Dashboards and the transcript list read a period of history.
CREATE INDEX conversations_created ON conversations(created_at);
