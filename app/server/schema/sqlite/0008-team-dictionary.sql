-- The team dictionary: brands, products and names that spelling never flags, edited by leads
-- and shared with every desk of the team.
CREATE TABLE team_words (
    team_id INTEGER NOT NULL REFERENCES teams(id),
    word TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at INTEGER NOT NULL,
    PRIMARY KEY (team_id, word));
