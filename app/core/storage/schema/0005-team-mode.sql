-- Team mode. A desktop signed in to a team server mirrors what it may see here: each mirrored row
-- remembers its server id, the server's revision the mirror has reached is kept per server, and
-- replies written while offline wait in team_outbox.
-- Shipped: never edit this file; add the next number instead.

CREATE TABLE team_links (
    entity TEXT NOT NULL,
    server_id TEXT NOT NULL,
    local_id INTEGER NOT NULL,
    PRIMARY KEY (entity, server_id));

CREATE TABLE team_sync (
    server TEXT PRIMARY KEY,
    login TEXT NOT NULL,
    rev INTEGER NOT NULL DEFAULT 0);

ALTER TABLE conversations ADD COLUMN team_rev INTEGER NOT NULL DEFAULT 0;

CREATE TABLE team_outbox (
    client_id TEXT PRIMARY KEY,
    server_conversation_id INTEGER NOT NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('public','private')),
    text TEXT NOT NULL,
    base_rev INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting','accepted','refused')),
    error TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL);
