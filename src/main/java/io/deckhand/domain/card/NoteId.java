package io.deckhand.domain.card;

/** Identity of a note (the source of one or more cards). */
public record NoteId(long value) {
    public NoteId {
        if (value <= 0) throw new IllegalArgumentException("note id must be positive: " + value);
    }
}
