-- Drafts. What an agent typed and has not sent survives a restart, per conversation.
-- Shipped: never edit this file; add the next number instead.

CREATE TABLE drafts (
    conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id),
    visibility TEXT NOT NULL CHECK (visibility IN ('public','private')),
    text TEXT NOT NULL,
    canned_texts TEXT NOT NULL DEFAULT '[]',
    updated_at INTEGER NOT NULL);
