-- Wrong passwords are counted per login and address, so that an attacker at one address cannot
-- lock the owner out from another; the addresses a login signed in from before are known to
-- it, and a guess spread over many addresses does not slow the owner down there.
ALTER TABLE login_failures ADD COLUMN address TEXT NOT NULL DEFAULT '';
CREATE INDEX login_failures_address ON login_failures(login, address, at);
CREATE INDEX login_failures_at ON login_failures(at);
CREATE TABLE login_addresses (login TEXT NOT NULL, address TEXT NOT NULL,
    last_at INTEGER NOT NULL, PRIMARY KEY (login, address));
CREATE INDEX login_addresses_last ON login_addresses(last_at);

-- A session also ends after a while unused (the idle timeout); expired ones are purged.
ALTER TABLE sessions ADD COLUMN last_used_at INTEGER NOT NULL DEFAULT 0;
UPDATE sessions SET last_used_at = created_at;
CREATE INDEX sessions_expires ON sessions(expires_at);
CREATE INDEX sessions_last_used ON sessions(last_used_at);
CREATE INDEX sessions_agent ON sessions(agent_id);
