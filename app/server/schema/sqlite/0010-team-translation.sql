-- The translation service a team's desks use (the provider file's JSON, never a key); empty: each
-- desk's own choice (Apertium on the computer unless changed).
ALTER TABLE teams ADD COLUMN translation_settings TEXT NOT NULL DEFAULT '';
