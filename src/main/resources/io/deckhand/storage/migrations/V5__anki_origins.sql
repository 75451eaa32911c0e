-- Review rows imported from Anki keep Anki's own numbers (interval in days or minus seconds,
-- factor as ease or FSRS difficulty, row type), so an export writes them back as Anki wrote them
-- instead of as Deckhand's replay of the answers would.
CREATE TABLE review_log_anki (
    review_id    INTEGER PRIMARY KEY REFERENCES review_log(id) ON DELETE CASCADE,
    interval     INTEGER NOT NULL,
    last_interval INTEGER NOT NULL,
    factor       INTEGER NOT NULL,
    type         INTEGER NOT NULL
);

-- Notes imported from Anki keep their note type (fields, templates, CSS, id) and their Anki ids
-- and card ordinals, so an export writes them as Anki had them and Anki updates its own notes.
CREATE TABLE anki_note_types (
    id   INTEGER PRIMARY KEY,   -- Anki's note type id
    json TEXT NOT NULL          -- name, cloze, fields, templates, css
);
CREATE TABLE anki_notes (
    note_id      INTEGER PRIMARY KEY REFERENCES notes(id) ON DELETE CASCADE,
    anki_id      INTEGER NOT NULL,
    note_type_id INTEGER NOT NULL REFERENCES anki_note_types(id),
    ords         TEXT NOT NULL  -- the cards' template ordinals in card id order, comma separated
);
