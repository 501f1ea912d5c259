-- Who a customer is in the team's CRM or customer file, one customer across platforms, and
-- conversations logged back to the CRM. Times are UTC milliseconds since the epoch.
-- Shipped: never edit this file; add the next number instead.

-- The record a customer is linked to, as last read (JSON, see Core::CrmRecord), with its tier
-- apart so that ingest reads it without parsing.
CREATE TABLE customer_crm_links (
    customer_id INTEGER PRIMARY KEY REFERENCES customers(id),
    source TEXT NOT NULL,
    record_id TEXT NOT NULL,
    record TEXT NOT NULL,
    tier TEXT NOT NULL DEFAULT '',
    matched_by TEXT NOT NULL CHECK (matched_by IN ('handle', 'email', 'phone', 'agent')),
    linked_by TEXT NOT NULL DEFAULT '',
    linked_at INTEGER NOT NULL,
    fetched_at INTEGER NOT NULL);

-- What a CRM answered for a key, found or not, so that it is not asked again before it expires.
CREATE TABLE crm_lookups (
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    record_ids TEXT NOT NULL,
    looked_up_at INTEGER NOT NULL,
    PRIMARY KEY (source, kind, key));

-- E-mail addresses and phone numbers customers gave in private messages, as compared (see
-- app/core/crm/ContactKeys.h): looked up in the CRM, and shared ones suggest a merge.
CREATE TABLE customer_contact_keys (
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    kind TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    key TEXT NOT NULL,
    seen_at INTEGER NOT NULL,
    PRIMARY KEY (customer_id, kind, key));

CREATE INDEX customer_contact_keys_key ON customer_contact_keys(kind, key);

-- A match for an agent to confirm: an e-mail address or phone number a customer gave in a
-- private message finds a record. Answered once; a declined offer is not made again. A link an
-- agent took away is kept here as declined, so that the handle does not link it again.
CREATE TABLE crm_match_offers (
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    source TEXT NOT NULL,
    record_id TEXT NOT NULL,
    matched_by TEXT NOT NULL CHECK (matched_by IN ('handle', 'email', 'phone', 'agent')),
    key TEXT NOT NULL,
    offered_at INTEGER NOT NULL,
    answer TEXT NOT NULL DEFAULT '' CHECK (answer IN ('', 'accepted', 'declined')),
    PRIMARY KEY (customer_id, source, record_id));

-- Two customers found to be one person: the identities and conversations moved from the one
-- to the other, so that undoing it moves exactly those back.
CREATE TABLE customer_merges (
    id INTEGER PRIMARY KEY,
    kept_customer_id INTEGER NOT NULL REFERENCES customers(id),
    merged_customer_id INTEGER NOT NULL REFERENCES customers(id),
    identity_ids TEXT NOT NULL,
    merged_by TEXT NOT NULL,
    merged_at INTEGER NOT NULL,
    undone_by TEXT NOT NULL DEFAULT '',
    undone_at INTEGER);

CREATE INDEX customer_merges_kept ON customer_merges(kept_customer_id, undone_at);

-- A resolved conversation to attach to its CRM record, once. `client_id` goes with the entry so
-- that after an answer that never came it can be found before sending again.
CREATE TABLE crm_log_outbox (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    resolved_at INTEGER NOT NULL,
    source TEXT NOT NULL,
    record_id TEXT NOT NULL,
    client_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'uncertain', 'logged', 'failed')),
    crm_entry_id TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    next_attempt_at INTEGER NOT NULL,
    UNIQUE (conversation_id, resolved_at));
