-- A reply sent machine-translated keeps what the agent wrote, its language and the service, so
-- that every desk of the team (a lead reviewing it) sees it was translated.
ALTER TABLE messages ADD COLUMN source_text TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN source_language TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN translation_provider TEXT NOT NULL DEFAULT '';
