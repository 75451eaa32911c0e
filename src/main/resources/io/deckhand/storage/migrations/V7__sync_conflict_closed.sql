-- Deckhand collection, schema version 7: a sync conflict the user has reviewed is closed, not deleted,
-- so it leaves the open list and the record of what lost stays. resolution: 'kept' (the kept value
-- stays) or 'used' (the value that lost was written again as a new edit, synced like any other).
ALTER TABLE sync_conflicts ADD COLUMN closed_ms INTEGER;
ALTER TABLE sync_conflicts ADD COLUMN resolution TEXT;
