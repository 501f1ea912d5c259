-- The first version: teams and their accounts.
CREATE TABLE teams (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE agents (id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('agent','lead','trainer','admin')),
    team_id INTEGER REFERENCES teams(id),
    password_hash TEXT NOT NULL, created_at INTEGER NOT NULL);
