-- Deckhand collection, schema version 8: sync's triggers exist only while changes are recorded (a sync
-- folder is set). They go here; Migrations runs sync-recording-on.sql again, in this transaction, for a
-- collection that records, so it never misses a change.
-- Also synced from schema 8: burying by hand (a card's "buried") and a schedule set by hand (Browse's
-- reset and set due date: sched_set_ms, when; its own journal line, ordered with the answers by time).
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
DROP TRIGGER IF EXISTS sync_card_deleted;
DROP TRIGGER IF EXISTS sync_review_added;
DROP TRIGGER IF EXISTS sync_review_deleted;
CREATE TRIGGER IF NOT EXISTS sync_preset_named AFTER INSERT ON presets WHEN NEW.guid IS NULL BEGIN
    UPDATE presets SET guid = lower(NEW.name) || CASE WHEN EXISTS (SELECT 1 FROM presets p2 WHERE p2.guid = lower(NEW.name)) THEN '#' || NEW.id ELSE '' END WHERE id = NEW.id; END;
CREATE TRIGGER IF NOT EXISTS sync_deck_named AFTER INSERT ON decks WHEN NEW.guid IS NULL BEGIN
    UPDATE decks SET guid = lower(NEW.name) || CASE WHEN EXISTS (SELECT 1 FROM decks d2 WHERE d2.guid = lower(NEW.name)) THEN '#' || NEW.id ELSE '' END WHERE id = NEW.id; END;

ALTER TABLE cards ADD COLUMN sched_set_ms INTEGER NOT NULL DEFAULT 0;
DROP VIEW sync_card_json;
CREATE VIEW sync_card_json AS
SELECT c.id, c.guid, json_object('note', n.sync_guid, 'deck', d.guid, 'kind', c.kind, 'front', c.front, 'back', c.back,
    'tags', c.tags, 'suspended', c.suspended, 'flag', c.flag, 'buried', c.buried_until_ms,
    'sched', json_array(c.state, c.due_ms, c.stability, c.difficulty, c.scheduled_days, c.reps, c.lapses, c.step,
        c.last_review_ms, c.ease)) AS data
FROM cards c JOIN notes n ON n.id = c.note_id JOIN decks d ON d.id = c.deck_id;
