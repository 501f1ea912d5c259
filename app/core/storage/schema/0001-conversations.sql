-- Channels, customers and their platform identities, conversations, messages.
-- Times are UTC milliseconds since the epoch.
-- Shipped: never edit this file; add the next number instead.

CREATE TABLE channels (
    id INTEGER PRIMARY KEY,
    plugin_id TEXT NOT NULL,
    name TEXT NOT NULL,
    platform TEXT NOT NULL,
    settings TEXT NOT NULL DEFAULT '{}',
    cursor TEXT NOT NULL DEFAULT '',
    last_received_at INTEGER,
    last_error TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    tier TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'und',
    created_at INTEGER NOT NULL);

CREATE TABLE identities (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    platform TEXT NOT NULL,
    platform_user_id TEXT NOT NULL,
    handle TEXT NOT NULL,
    display_name TEXT NOT NULL,
    followers INTEGER NOT NULL DEFAULT 0,
    verified INTEGER NOT NULL DEFAULT 0,
    locale TEXT NOT NULL DEFAULT '',
    UNIQUE(platform, platform_user_id));

CREATE INDEX identities_customer ON identities(customer_id);

CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    channel_id INTEGER NOT NULL REFERENCES channels(id),
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    thread_key TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new',
    language TEXT NOT NULL DEFAULT 'und',
    priority INTEGER NOT NULL DEFAULT 0,
    sla_due INTEGER NOT NULL,
    assignee TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL);

CREATE INDEX conversations_inbox ON conversations(priority DESC, sla_due, id);

CREATE INDEX conversations_thread ON conversations(channel_id, thread_key);

CREATE INDEX conversations_customer ON conversations(customer_id, channel_id, status);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    channel_id INTEGER NOT NULL REFERENCES channels(id),
    platform_id TEXT NOT NULL,
    direction TEXT NOT NULL,
    visibility TEXT NOT NULL,
    identity_id INTEGER REFERENCES identities(id),
    text TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'und',
    created_at INTEGER NOT NULL,
    reply_to TEXT NOT NULL DEFAULT '',
    addressed TEXT NOT NULL DEFAULT 'open',
    UNIQUE(channel_id, platform_id));

CREATE INDEX messages_conversation ON messages(conversation_id, created_at);
