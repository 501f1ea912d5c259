-- The team dictionary: brands, products and names that spelling never flags, edited by leads
-- and shared with every desk of the team.
CREATE TABLE team_words (
    team_id BIGINT NOT NULL REFERENCES teams(id),
    word TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (team_id, word));
