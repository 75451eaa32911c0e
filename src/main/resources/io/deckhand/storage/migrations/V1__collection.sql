-- Deckhand collection, schema version 1.
CREATE TABLE presets (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    scheduler         TEXT NOT NULL,      -- 'fsrs6' or 'sm2'
    desired_retention REAL NOT NULL,
    learning_steps    TEXT NOT NULL,      -- seconds, space separated
    relearning_steps  TEXT NOT NULL,
    max_interval      INTEGER NOT NULL,   -- days
    new_per_day       INTEGER NOT NULL,
    reviews_per_day   INTEGER NOT NULL,
    fuzz              INTEGER NOT NULL,
    fsrs_weights      TEXT NOT NULL       -- 21 numbers, space separated
);

CREATE TABLE decks (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,   -- "Parent::Child" as in Anki
    preset_id  INTEGER NOT NULL REFERENCES presets(id),
    created_ms INTEGER NOT NULL
);

CREATE TABLE notes (
    id                INTEGER PRIMARY KEY,
    guid              TEXT NOT NULL UNIQUE,
    note_type         TEXT NOT NULL,
    fields            TEXT NOT NULL,   -- fields joined by U+001F, as in Anki
    source_path       TEXT,
    source_first_line INTEGER,
    source_last_line  INTEGER,
    source_headings   TEXT,            -- heading path joined by U+001F
    content_hash      TEXT NOT NULL DEFAULT '',
    modified_ms       INTEGER NOT NULL
);
CREATE INDEX notes_by_source ON notes(source_path);

CREATE TABLE cards (
    id             INTEGER PRIMARY KEY,
    note_id        INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    deck_id        INTEGER NOT NULL REFERENCES decks(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    front          TEXT NOT NULL,
    back           TEXT NOT NULL,
    tags           TEXT NOT NULL DEFAULT '',   -- space separated, as in Anki
    suspended      INTEGER NOT NULL DEFAULT 0,
    state          INTEGER NOT NULL,
    due_ms         INTEGER NOT NULL,
    stability      REAL NOT NULL,
    difficulty     REAL NOT NULL,
    scheduled_days INTEGER NOT NULL,
    reps           INTEGER NOT NULL,
    lapses         INTEGER NOT NULL,
    step           INTEGER NOT NULL,
    last_review_ms INTEGER,
    ease           REAL NOT NULL,
    modified_ms    INTEGER NOT NULL
);
CREATE INDEX cards_by_queue ON cards(deck_id, state, due_ms, id) WHERE suspended = 0;
CREATE INDEX cards_by_note ON cards(note_id);

-- One row per answer; before_* holds the whole previous state so undo is exact.
CREATE TABLE review_log (
    id                    INTEGER PRIMARY KEY,
    card_id               INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
    deck_id               INTEGER NOT NULL,
    reviewed_ms           INTEGER NOT NULL,
    rating                INTEGER NOT NULL,
    elapsed_days          INTEGER NOT NULL,
    duration_ms           INTEGER NOT NULL,
    before_state          INTEGER NOT NULL,
    before_due_ms         INTEGER NOT NULL,
    before_stability      REAL NOT NULL,
    before_difficulty     REAL NOT NULL,
    before_scheduled_days INTEGER NOT NULL,
    before_reps           INTEGER NOT NULL,
    before_lapses         INTEGER NOT NULL,
    before_step           INTEGER NOT NULL,
    before_last_review_ms INTEGER,
    before_ease           REAL NOT NULL,
    after_state           INTEGER NOT NULL,
    after_due_ms          INTEGER NOT NULL,
    after_stability       REAL NOT NULL,
    after_difficulty      REAL NOT NULL,
    after_scheduled_days  INTEGER NOT NULL,
    after_reps            INTEGER NOT NULL,
    after_lapses          INTEGER NOT NULL,
    after_step            INTEGER NOT NULL,
    after_last_review_ms  INTEGER,
    after_ease            REAL NOT NULL
);
CREATE INDEX review_log_by_card ON review_log(card_id, reviewed_ms);
CREATE INDEX review_log_by_time ON review_log(reviewed_ms);

CREATE TABLE media (
    name     TEXT PRIMARY KEY,
    sha1     TEXT NOT NULL,
    size     INTEGER NOT NULL,
    added_ms INTEGER NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
