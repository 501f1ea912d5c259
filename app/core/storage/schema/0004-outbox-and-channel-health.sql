-- The outbox, and each channel's health. A reply is written here, with an id CareDesk made, before
-- anything is sent; its state says what is known of it. `sending` or `uncertain` after a restart
-- means: look it up on the platform before sending it again.
-- Shipped: never edit this file; add the next number instead.

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    client_id TEXT NOT NULL UNIQUE,
    channel_id INTEGER NOT NULL REFERENCES channels(id),
    conversation_id INTEGER REFERENCES conversations(id),
    kind TEXT NOT NULL CHECK (kind IN ('mention','comment','dm')),
    in_reply_to TEXT NOT NULL DEFAULT '',
    recipient_id TEXT NOT NULL DEFAULT '',
    private_reply_to_comment TEXT NOT NULL DEFAULT '',
    customer_last_wrote_at INTEGER,
    text TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued'   CHECK (state IN ('queued','sending','sent','failed','uncertain')),
    platform_id TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    author TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL);

CREATE INDEX outbox_due ON outbox(channel_id, state, next_attempt_at);

-- How each channel is doing, and when it may be asked again (Channels::ChannelHealth).
ALTER TABLE channels ADD COLUMN health TEXT NOT NULL DEFAULT 'ok';

ALTER TABLE channels ADD COLUMN consecutive_failures INTEGER NOT NULL DEFAULT 0;

ALTER TABLE channels ADD COLUMN next_poll_at INTEGER;

ALTER TABLE channels ADD COLUMN quota_remaining INTEGER;

ALTER TABLE channels ADD COLUMN quota_limit INTEGER;

ALTER TABLE channels ADD COLUMN quota_resets_at INTEGER;
