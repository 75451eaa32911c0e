-- Deckhand collection, schema version 9: sync's recording triggers stamp changes with the clock
-- Deckhand's services use (the SQL function deckhand_clock_ms(), registered on each connection), not
-- SQLite's own wall clock. The old triggers go here; Migrations runs sync-recording-on.sql again, in
-- this transaction, for a collection that records. The naming-only triggers (no sync folder) stay.
DROP TRIGGER IF EXISTS sync_preset_added;
DROP TRIGGER IF EXISTS sync_preset_changed;
DROP TRIGGER IF EXISTS sync_preset_deleted;
DROP TRIGGER IF EXISTS sync_deck_added;
DROP TRIGGER IF EXISTS sync_deck_changed;
DROP TRIGGER IF EXISTS sync_deck_deleted;
DROP TRIGGER IF EXISTS sync_note_added;
DROP TRIGGER IF EXISTS sync_note_changed;
DROP TRIGGER IF EXISTS sync_note_deleted;
DROP TRIGGER IF EXISTS sync_card_added;
DROP TRIGGER IF EXISTS sync_card_changed;
DROP TRIGGER IF EXISTS sync_card_scheduled;
DROP TRIGGER IF EXISTS sync_card_deleted;
DROP TRIGGER IF EXISTS sync_review_added;
DROP TRIGGER IF EXISTS sync_review_deleted;
