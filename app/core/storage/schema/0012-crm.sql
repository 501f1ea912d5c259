-- Customers as the company knows them: a CRM's records, or the team's own customer file, each
-- kept as JSON with the keys it is matched by (e-mail addresses, E.164 phone numbers, handles;
-- see app/core/crm/ContactKeys.h).
-- Shipped: never edit this file; add the next number instead.

CREATE TABLE crm_records (
    source TEXT NOT NULL,
    record_id TEXT NOT NULL,
    data TEXT NOT NULL,
    stored_at INTEGER NOT NULL,
    PRIMARY KEY (source, record_id));

CREATE TABLE crm_keys (
    kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'handle')),
    key TEXT NOT NULL,
    source TEXT NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (kind, key, source, record_id));
