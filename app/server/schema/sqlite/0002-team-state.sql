-- The shared state of a team after the first version: sessions, the conversations the
-- server ingested, who holds each, their history, and the change feed.
ALTER TABLE teams ADD COLUMN routing_policy TEXT NOT NULL DEFAULT 'least-loaded';
ALTER TABLE teams ADD COLUMN offline_grace_secs INTEGER NOT NULL DEFAULT 300;
ALTER TABLE agents ADD COLUMN languages TEXT NOT NULL DEFAULT '';
ALTER TABLE agents ADD COLUMN categories TEXT NOT NULL DEFAULT '';
ALTER TABLE agents ADD COLUMN capacity INTEGER NOT NULL DEFAULT 8;
ALTER TABLE agents ADD COLUMN presence TEXT NOT NULL DEFAULT 'offline';
ALTER TABLE agents ADD COLUMN presence_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agents ADD COLUMN last_assigned_at INTEGER NOT NULL DEFAULT 0;
-- Someone who left: kept for the history they wrote, never able to sign in again.
ALTER TABLE agents ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;

CREATE TABLE sessions (token_hash TEXT PRIMARY KEY,
    agent_id INTEGER NOT NULL REFERENCES agents(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL);

-- source_id: the conversation's id in the server's ingest workspace.
CREATE TABLE conversations (id INTEGER PRIMARY KEY AUTOINCREMENT,
    team_id INTEGER REFERENCES teams(id),
    source_id INTEGER NOT NULL UNIQUE,
    channel TEXT NOT NULL, platform TEXT NOT NULL,
    customer_key TEXT NOT NULL, customer_name TEXT NOT NULL, customer_handle TEXT NOT NULL,
    customer_followers INTEGER NOT NULL DEFAULT 0,
    language TEXT NOT NULL, category TEXT NOT NULL, actionable INTEGER NOT NULL,
    priority INTEGER NOT NULL, status TEXT NOT NULL, sla_due_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL, last_activity_at INTEGER NOT NULL,
    preview TEXT NOT NULL, unaddressed INTEGER NOT NULL,
    assignee_id INTEGER REFERENCES agents(id), assigned_at INTEGER NOT NULL DEFAULT 0,
    previous_agent_id INTEGER REFERENCES agents(id),
    rev INTEGER NOT NULL);
CREATE INDEX conversations_queue ON conversations(team_id, assignee_id, status, priority);
CREATE INDEX conversations_customer ON conversations(customer_key);
CREATE INDEX conversations_assignee ON conversations(assignee_id, status);

CREATE TABLE messages (id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    source_id INTEGER UNIQUE, platform_id TEXT NOT NULL,
    direction TEXT NOT NULL, visibility TEXT NOT NULL,
    author_name TEXT NOT NULL, author_handle TEXT NOT NULL,
    text TEXT NOT NULL, language TEXT NOT NULL, created_at INTEGER NOT NULL,
    addressed TEXT NOT NULL, agent_id INTEGER REFERENCES agents(id));
CREATE INDEX messages_conversation ON messages(conversation_id, created_at);

CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    agent_id INTEGER NOT NULL REFERENCES agents(id), text TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX notes_conversation ON notes(conversation_id);

-- Who did what to a conversation: claims, releases, transfers, status changes.
CREATE TABLE conversation_events (id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    agent_id INTEGER REFERENCES agents(id), kind TEXT NOT NULL, detail TEXT NOT NULL,
    at INTEGER NOT NULL);
CREATE INDEX conversation_events_conversation ON conversation_events(conversation_id);

-- Replies agents asked the server to send; client_id makes a resent request harmless.
CREATE TABLE replies (id INTEGER PRIMARY KEY AUTOINCREMENT, client_id TEXT NOT NULL UNIQUE,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    agent_id INTEGER NOT NULL REFERENCES agents(id), visibility TEXT NOT NULL,
    text TEXT NOT NULL, state TEXT NOT NULL, created_at INTEGER NOT NULL);

-- Tokens that feed /v1/ingest from other systems (a forum, app-store reviews): no login,
-- no other route. Stored hashed, like sessions.
CREATE TABLE integration_tokens (token_hash TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE,
    team_id INTEGER NOT NULL REFERENCES teams(id), created_at INTEGER NOT NULL);

-- Recent wrong passwords per login, shared by every instance and kept across restarts.
CREATE TABLE login_failures (login TEXT NOT NULL, at INTEGER NOT NULL);
CREATE INDEX login_failures_login ON login_failures(login, at);

-- The change feed. rev orders every change to shared state; team_id says who may see it.
CREATE TABLE changes (rev INTEGER PRIMARY KEY AUTOINCREMENT, team_id INTEGER, entity TEXT NOT NULL,
    entity_id TEXT NOT NULL, op TEXT NOT NULL, data TEXT NOT NULL, at INTEGER NOT NULL);
