-- Deckhand collection, schema version 2: mock exams.
-- An attempt keeps everything it showed (prompt, options, right answer, topic) so that editing or
-- deleting the cards later never changes or breaks a stored attempt.
-- Setting an exam reads where every card in scope sits (deck, note, heading) without its text:
-- these covering indexes keep that to the index pages for a 10,000-card collection.
CREATE INDEX cards_for_quiz ON cards(deck_id, note_id) WHERE suspended = 0;
CREATE INDEX notes_headings ON notes(id, source_headings);

CREATE TABLE exam_attempts (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    deck_ids       TEXT NOT NULL DEFAULT '',   -- decks chosen, ids space separated (no key: decks may go)
    tags           TEXT NOT NULL DEFAULT '',   -- space separated, as on cards
    question_count INTEGER NOT NULL,           -- asked for; the questions table holds what was set
    time_limit_ms  INTEGER NOT NULL,
    pass_mark      REAL NOT NULL,              -- 0..1
    types          TEXT NOT NULL,              -- question type codes, space separated
    seed           INTEGER NOT NULL,
    started_ms     INTEGER NOT NULL,
    current_index  INTEGER NOT NULL DEFAULT 0,
    time_used_ms   INTEGER NOT NULL DEFAULT 0,
    submitted_ms   INTEGER,                    -- null while the exam is running
    score          REAL                        -- 0..1, set on submit
);
CREATE INDEX exam_attempts_unfinished ON exam_attempts(started_ms) WHERE submitted_ms IS NULL;
CREATE INDEX exam_attempts_submitted ON exam_attempts(submitted_ms) WHERE submitted_ms IS NOT NULL;

CREATE TABLE exam_questions (
    attempt_id INTEGER NOT NULL REFERENCES exam_attempts(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,               -- 0-based order in the exam
    type       TEXT NOT NULL,                  -- question type code
    card_id    INTEGER NOT NULL,               -- no key: the card may be deleted later
    prompt     TEXT NOT NULL,
    options    TEXT NOT NULL DEFAULT '',       -- joined by U+001F
    answer     TEXT NOT NULL,
    topic      TEXT NOT NULL,                  -- the card's deck when the exam was set
    tags       TEXT NOT NULL DEFAULT '',
    heading    TEXT NOT NULL DEFAULT '',       -- heading path in the notes, "A > B"
    response   TEXT NOT NULL DEFAULT '',
    flagged    INTEGER NOT NULL DEFAULT 0,
    score      REAL,                           -- set on submit
    correct    INTEGER,
    PRIMARY KEY (attempt_id, position)
) WITHOUT ROWID;
CREATE INDEX exam_questions_by_card ON exam_questions(card_id);

-- What differed in a graded answer, most important first.
CREATE TABLE exam_differences (
    attempt_id INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    kind       TEXT NOT NULL,                  -- MISSING, EXTRA, WRONG
    place      TEXT NOT NULL,
    expected   TEXT,
    actual     TEXT,
    PRIMARY KEY (attempt_id, position, seq),
    FOREIGN KEY (attempt_id, position) REFERENCES exam_questions(attempt_id, position) ON DELETE CASCADE
) WITHOUT ROWID;
