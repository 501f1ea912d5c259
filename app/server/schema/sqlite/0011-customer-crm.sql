-- Why a conversation ranks where it does (its priority reasons as facts, JSON) and who its
-- customer is in the team's CRM (the record and how it was matched, JSON; empty: not matched),
-- as the server's ingest workspace has them, for every desk.
ALTER TABLE conversations ADD COLUMN priority_reasons TEXT NOT NULL DEFAULT '[]';
ALTER TABLE conversations ADD COLUMN customer_crm TEXT NOT NULL DEFAULT '';
