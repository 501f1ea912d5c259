-- Machine translations beside the original, made once per message and language and kept; and,
-- for a reply the agent wrote in their own language and sent machine-translated, what they wrote
-- and which service translated it (the transcript and review show it). A search finds a message
-- by its translation too: the search index reads each message's translations with its text.
-- Shipped: never edit this file; add the next number instead.

CREATE TABLE message_translations (
    message_id INTEGER NOT NULL REFERENCES messages(id),
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    source_language TEXT NOT NULL,
    provider TEXT NOT NULL,
    via TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    PRIMARY KEY (message_id, language));

-- Keyed by the reply's client id while it waits (undo forgets it); the conversation and the text
-- as sent find it again once the platform has the message.
CREATE TABLE reply_translations (
    client_id TEXT PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    sent_text TEXT NOT NULL,
    language TEXT NOT NULL,
    source_text TEXT NOT NULL,
    source_language TEXT NOT NULL,
    provider TEXT NOT NULL,
    via TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL);

CREATE INDEX reply_translations_conversation ON reply_translations(conversation_id);

DROP VIEW message_search_source;

CREATE VIEW message_search_source AS SELECT m.id,
    m.text || COALESCE((SELECT ' ' || group_concat(t.text, ' ') FROM message_translations t
                        WHERE t.message_id = m.id), '') AS text,
    COALESCE(i.display_name || ' ' || i.handle, '') AS customer
    FROM messages m LEFT JOIN identities i ON i.id = m.identity_id;
