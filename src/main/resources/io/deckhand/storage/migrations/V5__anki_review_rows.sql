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
