-- Deckhand collection, schema version 6: sync through a shared folder (docs/sync.md).
-- Identities every device derives alike, so two devices that loaded the same deck hold the same ids:
-- a note by the guid it had when added (notes.guid may change with an edit), a card by its note's
-- and its ordinal within the note, a deck and a preset by their lower-cased name when made, an answer
-- by its card and the millisecond it was given.
ALTER TABLE notes ADD COLUMN sync_guid TEXT;
ALTER TABLE cards ADD COLUMN ord INTEGER;
ALTER TABLE cards ADD COLUMN guid TEXT;
ALTER TABLE decks ADD COLUMN guid TEXT;
ALTER TABLE presets ADD COLUMN guid TEXT;
ALTER TABLE review_log ADD COLUMN guid TEXT;

UPDATE notes SET sync_guid = guid;
UPDATE cards SET ord = (SELECT count(*) FROM cards c2 WHERE c2.note_id = cards.note_id AND c2.id < cards.id);
UPDATE cards SET guid = (SELECT sync_guid FROM notes WHERE notes.id = cards.note_id) || '/' || ord;
UPDATE presets SET guid = lower(name) || CASE WHEN EXISTS (SELECT 1 FROM presets p2 WHERE lower(p2.name) = lower(presets.name) AND p2.id < presets.id) THEN '#' || id ELSE '' END;
UPDATE decks SET guid = lower(name);
UPDATE review_log SET guid = (SELECT guid FROM cards WHERE cards.id = review_log.card_id) || '@' || reviewed_ms;
UPDATE review_log SET guid = guid || '#' || id WHERE EXISTS (SELECT 1 FROM review_log r2 WHERE r2.guid = review_log.guid AND r2.id < review_log.id);

CREATE UNIQUE INDEX notes_by_sync_guid ON notes(sync_guid);
CREATE UNIQUE INDEX cards_by_guid ON cards(guid);
CREATE UNIQUE INDEX decks_by_guid ON decks(guid);
CREATE UNIQUE INDEX presets_by_guid ON presets(guid);
CREATE UNIQUE INDEX review_log_by_guid ON review_log(guid);

-- This device. recording: changes go to the outbox (from the first sync folder on); applying: the
-- change is another device's, being applied, and is not recorded again. hlc_ms: the last stamp given
-- or seen, so a change made after another device's is stamped after it whatever the clocks say.
CREATE TABLE sync_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    device_id   TEXT NOT NULL,
    recording   INTEGER NOT NULL DEFAULT 0,
    applying    INTEGER NOT NULL DEFAULT 0,
    hlc_ms      INTEGER NOT NULL DEFAULT 0,
    journal_seq INTEGER NOT NULL DEFAULT 0   -- the last journal line number given
);
INSERT INTO sync_state(id, device_id) VALUES (1, lower(hex(randomblob(8))));

-- Changes committed here and not yet in this device's journal; written in the change's transaction.
CREATE TABLE sync_outbox (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    ts_ms  INTEGER NOT NULL,
    kind   TEXT NOT NULL,     -- preset, deck, note, card, review
    action TEXT NOT NULL,     -- add, upd, del
    entity TEXT NOT NULL,     -- the sync identity
    data   TEXT NOT NULL,     -- JSON: the row's synced values
    jseq   INTEGER,           -- its journal line's number once folded ('' line: nothing changed)
    line   TEXT               -- the journal line, made when folded, written to the folder after
);

-- Last writer per synced field (entity = kind:identity), with its value, for last-writer-wins.
CREATE TABLE sync_registers (
    entity TEXT NOT NULL,
    field  TEXT NOT NULL,
    ts_ms  INTEGER NOT NULL,
    device TEXT NOT NULL,
    value  TEXT,
    prev   TEXT,              -- 'ts:device' of the value this one replaced, to tell an edit of it from a rival
    PRIMARY KEY (entity, field)
) WITHOUT ROWID;

-- Deleted cards, notes, decks, presets and undone answers: never made again by a late operation.
CREATE TABLE sync_tombstones (
    entity TEXT PRIMARY KEY,
    ts_ms  INTEGER NOT NULL
) WITHOUT ROWID;

-- How far each other device's journal is applied.
CREATE TABLE sync_applied (
    device     TEXT PRIMARY KEY,
    seq        INTEGER NOT NULL,
    applied_ms INTEGER NOT NULL
) WITHOUT ROWID;

-- What waits in another device's journal, and why (rewritten by each sync).
CREATE TABLE sync_waiting (
    device TEXT NOT NULL,
    seq    INTEGER NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (device, seq)
) WITHOUT ROWID;

-- Edits that lost to a later one, kept for the user to review.
CREATE TABLE sync_conflicts (
    id          INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL,
    field       TEXT NOT NULL,
    kept_value  TEXT,
    kept_device TEXT NOT NULL,
    lost_value  TEXT,
    lost_device TEXT NOT NULL,
    lost_ts_ms  INTEGER NOT NULL,
    found_ms    INTEGER NOT NULL
);

-- The synced values of each row as JSON: what an outbox row carries.
CREATE VIEW sync_preset_json AS
SELECT id, guid, json_object('name', name, 'scheduler', scheduler, 'desired_retention', desired_retention,
    'learning_steps', learning_steps, 'relearning_steps', relearning_steps, 'max_interval', max_interval,
    'new_per_day', new_per_day, 'reviews_per_day', reviews_per_day, 'fuzz', fuzz, 'fsrs_weights', fsrs_weights) AS data
FROM presets;

CREATE VIEW sync_deck_json AS
SELECT d.id, d.guid, json_object('name', d.name, 'preset', p.guid, 'created_ms', d.created_ms) AS data
FROM decks d JOIN presets p ON p.id = d.preset_id;

CREATE VIEW sync_note_json AS
SELECT id, sync_guid AS guid, json_object('guid', guid, 'type', note_type, 'fields', fields,
    'content_hash', content_hash) AS data
FROM notes;

CREATE VIEW sync_card_json AS
SELECT c.id, c.guid, json_object('note', n.sync_guid, 'deck', d.guid, 'kind', c.kind, 'front', c.front, 'back', c.back,
    'tags', c.tags, 'suspended', c.suspended, 'flag', c.flag,
    'sched', json_array(c.state, c.due_ms, c.stability, c.difficulty, c.scheduled_days, c.reps, c.lapses, c.step,
        c.last_review_ms, c.ease)) AS data
FROM cards c JOIN notes n ON n.id = c.note_id JOIN decks d ON d.id = c.deck_id;

CREATE VIEW sync_review_json AS
SELECT r.id, r.guid, json_object('card', c.guid, 'deck', d.guid, 'at', r.reviewed_ms, 'rating', r.rating,
    'elapsed', r.elapsed_days, 'took', r.duration_ms,
    'before', json_array(r.before_state, r.before_due_ms, r.before_stability, r.before_difficulty,
        r.before_scheduled_days, r.before_reps, r.before_lapses, r.before_step, r.before_last_review_ms, r.before_ease),
    'after', json_array(r.after_state, r.after_due_ms, r.after_stability, r.after_difficulty,
        r.after_scheduled_days, r.after_reps, r.after_lapses, r.after_step, r.after_last_review_ms, r.after_ease)) AS data
FROM review_log r JOIN cards c ON c.id = r.card_id LEFT JOIN decks d ON d.id = r.deck_id;

-- Identities of new rows (always), and the outbox (while recording); a trigger with nothing to do
-- (another device's row being applied) does not run at all. Statements inside a trigger
-- share a line: the migration runner splits scripts at a semicolon that ends a line.
CREATE TRIGGER sync_preset_added AFTER INSERT ON presets WHEN NEW.guid IS NULL OR (SELECT recording = 1 AND applying = 0 FROM sync_state) BEGIN
    UPDATE presets SET guid = lower(NEW.name) || CASE WHEN EXISTS (SELECT 1 FROM presets p2 WHERE p2.guid = lower(NEW.name)) THEN '#' || NEW.id ELSE '' END WHERE id = NEW.id AND guid IS NULL; UPDATE sync_state SET hlc_ms = max(hlc_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) WHERE recording = 1 AND applying = 0; INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) SELECT s.hlc_ms, 'preset', 'add', v.guid, v.data FROM sync_preset_json v, sync_state s WHERE v.id = NEW.id AND s.recording = 1 AND s.applying = 0; END;
CREATE TRIGGER sync_preset_changed AFTER UPDATE OF name, scheduler, desired_retention, learning_steps, relearning_steps, max_interval, new_per_day, reviews_per_day, fuzz, fsrs_weights ON presets WHEN (SELECT recording = 1 AND applying = 0 FROM sync_state) BEGIN
    UPDATE sync_state SET hlc_ms = max(hlc_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) WHERE recording = 1 AND applying = 0; INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) SELECT s.hlc_ms, 'preset', 'upd', v.guid, v.data FROM sync_preset_json v, sync_state s WHERE v.id = NEW.id AND s.recording = 1 AND s.applying = 0; END;
CREATE TRIGGER sync_preset_deleted AFTER DELETE ON presets WHEN (SELECT recording = 1 AND applying = 0 FROM sync_state) BEGIN
    UPDATE sync_state SET hlc_ms = max(hlc_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) WHERE recording = 1 AND applying = 0; INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) SELECT s.hlc_ms, 'preset', 'del', OLD.guid, '{}' FROM sync_state s WHERE s.recording = 1 AND s.applying = 0; END;

CREATE TRIGGER sync_deck_added AFTER INSERT ON decks WHEN NEW.guid IS NULL OR (SELECT recording = 1 AND applying = 0 FROM sync_state) BEGIN
    UPDATE decks SET guid = lower(NEW.name) || CASE WHEN EXISTS (SELECT 1 FROM decks d2 WHERE d2.guid = lower(NEW.name)) THEN '#' || NEW.id ELSE '' END WHERE id = NEW.id AND guid IS NULL; UPDATE sync_state SET hlc_ms = max(hlc_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) WHERE recording = 1 AND applying = 0; INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) SELECT s.hlc_ms, 'deck', 'add', v.guid, v.data FROM sync_deck_json v, sync_state s WHERE v.id = NEW.id AND s.recording = 1 AND s.applying = 0; END;
CREATE TRIGGER sync_deck_changed AFTER UPDATE OF name, preset_id ON decks WHEN (SELECT recording = 1 AND applying = 0 FROM sync_state) BEGIN
    UPDATE sync_state SET hlc_ms = max(hlc_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) WHERE recording = 1 AND applying = 0; INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) SELECT s.hlc_ms, 'deck', 'upd', v.guid, v.data FROM sync_deck_json v, sync_state s WHERE v.id = NEW.id AND s.recording = 1 AND s.applying = 0; END;
CREATE TRIGGER sync_deck_deleted AFTER DELETE ON decks WHEN (SELECT recording = 1 AND applying = 0 FROM sync_state) BEGIN
    UPDATE sync_state SET hlc_ms = max(hlc_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) WHERE recording = 1 AND applying = 0; INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) SELECT s.hlc_ms, 'deck', 'del', OLD.guid, '{}' FROM sync_state s WHERE s.recording = 1 AND s.applying = 0; END;

CREATE TRIGGER sync_note_added AFTER INSERT ON notes WHEN NEW.sync_guid IS NULL OR (SELECT recording = 1 AND applying = 0 FROM sync_state) BEGIN
    UPDATE notes SET sync_guid = CASE WHEN EXISTS (SELECT 1 FROM notes n2 WHERE n2.sync_guid = NEW.guid) THEN NEW.guid || '#' || NEW.id ELSE NEW.guid END WHERE id = NEW.id AND sync_guid IS NULL; UPDATE sync_state SET hlc_ms = max(hlc_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) WHERE recording = 1 AND applying = 0; INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) SELECT s.hlc_ms, 'note', 'add', v.guid, v.data FROM sync_note_json v, sync_state s WHERE v.id = NEW.id AND s.recording = 1 AND s.applying = 0; END;
CREATE TRIGGER sync_note_changed AFTER UPDATE OF guid, note_type, fields, content_hash ON notes WHEN (SELECT recording = 1 AND applying = 0 FROM sync_state) BEGIN
    UPDATE sync_state SET hlc_ms = max(hlc_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) WHERE recording = 1 AND applying = 0; INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) SELECT s.hlc_ms, 'note', 'upd', v.guid, v.data FROM sync_note_json v, sync_state s WHERE v.id = NEW.id AND s.recording = 1 AND s.applying = 0; END;
CREATE TRIGGER sync_note_deleted AFTER DELETE ON notes WHEN (SELECT recording = 1 AND applying = 0 FROM sync_state) BEGIN
    UPDATE sync_state SET hlc_ms = max(hlc_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) WHERE recording = 1 AND applying = 0; INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) SELECT s.hlc_ms, 'note', 'del', OLD.sync_guid, '{}' FROM sync_state s WHERE s.recording = 1 AND s.applying = 0; END;

CREATE TRIGGER sync_card_added AFTER INSERT ON cards WHEN NEW.guid IS NULL OR (SELECT recording = 1 AND applying = 0 FROM sync_state) BEGIN
    UPDATE cards SET ord = coalesce((SELECT max(ord) + 1 FROM cards c2 WHERE c2.note_id = NEW.note_id AND c2.id <> NEW.id), 0) WHERE id = NEW.id AND guid IS NULL; UPDATE cards SET guid = (SELECT sync_guid FROM notes WHERE notes.id = NEW.note_id) || '/' || ord WHERE id = NEW.id AND guid IS NULL; UPDATE sync_state SET hlc_ms = max(hlc_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) WHERE recording = 1 AND applying = 0; INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) SELECT s.hlc_ms, 'card', 'add', v.guid, v.data FROM sync_card_json v, sync_state s WHERE v.id = NEW.id AND s.recording = 1 AND s.applying = 0; END;
CREATE TRIGGER sync_card_changed AFTER UPDATE OF deck_id, kind, front, back, tags, suspended, flag ON cards
    WHEN (NEW.deck_id IS NOT OLD.deck_id OR NEW.kind IS NOT OLD.kind OR NEW.front IS NOT OLD.front OR NEW.back IS NOT OLD.back OR NEW.tags IS NOT OLD.tags OR NEW.suspended IS NOT OLD.suspended OR NEW.flag IS NOT OLD.flag)
    AND (SELECT recording = 1 AND applying = 0 FROM sync_state) BEGIN
    UPDATE sync_state SET hlc_ms = max(hlc_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) WHERE recording = 1 AND applying = 0; INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) SELECT s.hlc_ms, 'card', 'upd', v.guid, v.data FROM sync_card_json v, sync_state s WHERE v.id = NEW.id AND s.recording = 1 AND s.applying = 0; END;
CREATE TRIGGER sync_card_deleted AFTER DELETE ON cards WHEN (SELECT recording = 1 AND applying = 0 FROM sync_state) BEGIN
    UPDATE sync_state SET hlc_ms = max(hlc_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) WHERE recording = 1 AND applying = 0; INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) SELECT s.hlc_ms, 'card', 'del', OLD.guid, '{}' FROM sync_state s WHERE s.recording = 1 AND s.applying = 0; END;

-- An answer's identity is given here only while recording (the outbox needs it at once); otherwise
-- SqliteReviewLogRepository gives a batch theirs in one statement (an import's 50,000 answers).
CREATE TRIGGER sync_review_added AFTER INSERT ON review_log WHEN (SELECT recording = 1 AND applying = 0 FROM sync_state) BEGIN
    UPDATE review_log SET guid = (SELECT c.guid || '@' || NEW.reviewed_ms || CASE WHEN EXISTS (SELECT 1 FROM review_log r2 WHERE r2.guid = c.guid || '@' || NEW.reviewed_ms) THEN '#' || NEW.id ELSE '' END FROM cards c WHERE c.id = NEW.card_id) WHERE id = NEW.id AND guid IS NULL; UPDATE sync_state SET hlc_ms = max(hlc_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) WHERE recording = 1 AND applying = 0; INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) SELECT s.hlc_ms, 'review', 'add', v.guid, v.data FROM sync_review_json v, sync_state s WHERE v.id = NEW.id AND s.recording = 1 AND s.applying = 0; END;
CREATE TRIGGER sync_review_deleted AFTER DELETE ON review_log WHEN (SELECT recording = 1 AND applying = 0 FROM sync_state) BEGIN
    UPDATE sync_state SET hlc_ms = max(hlc_ms + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) WHERE recording = 1 AND applying = 0; INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) SELECT s.hlc_ms, 'review', 'del', OLD.guid, json_object('card', (SELECT guid FROM cards WHERE id = OLD.card_id)) FROM sync_state s WHERE s.recording = 1 AND s.applying = 0; END;
