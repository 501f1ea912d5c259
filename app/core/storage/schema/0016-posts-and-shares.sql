-- What an outbox entry does on the platform: a reply (every entry before this one), a post of
-- the account's own (a shift change), or sharing a customer's message (repost, quote, like).
-- Shipped: never edit this file; add the next number instead.

ALTER TABLE outbox ADD COLUMN action TEXT NOT NULL DEFAULT 'reply'
    CHECK (action IN ('reply','post','repost','quote','like'));

CREATE INDEX outbox_shares ON outbox(conversation_id) WHERE action <> 'reply';
