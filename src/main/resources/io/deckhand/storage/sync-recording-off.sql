-- No sync folder: no recording triggers (they cost an import about +30 % CPU, docs/sync.md). A deck
-- and a preset still get their identity from their name when made (rare, cheap); notes, cards and
-- answers get theirs when recording starts (SqliteSyncStore.giveIdentities).
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
DROP TRIGGER IF EXISTS sync_card_scheduled;
DROP TRIGGER IF EXISTS sync_review_added;
DROP TRIGGER IF EXISTS sync_review_deleted;
CREATE TRIGGER IF NOT EXISTS sync_preset_named AFTER INSERT ON presets WHEN NEW.guid IS NULL BEGIN
    UPDATE presets SET guid = lower(NEW.name) || CASE WHEN EXISTS (SELECT 1 FROM presets p2 WHERE p2.guid = lower(NEW.name)) THEN '#' || NEW.id ELSE '' END WHERE id = NEW.id; END;
CREATE TRIGGER IF NOT EXISTS sync_deck_named AFTER INSERT ON decks WHEN NEW.guid IS NULL BEGIN
    UPDATE decks SET guid = lower(NEW.name) || CASE WHEN EXISTS (SELECT 1 FROM decks d2 WHERE d2.guid = lower(NEW.name)) THEN '#' || NEW.id ELSE '' END WHERE id = NEW.id; END;
