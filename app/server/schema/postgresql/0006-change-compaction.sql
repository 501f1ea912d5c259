-- The change history is compacted: an entity's older changes go once a later one exists.
CREATE INDEX changes_entity ON changes(entity, entity_id, rev);
CREATE INDEX changes_at ON changes(at);
