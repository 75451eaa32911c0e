package io.deckhand.domain.deck;

/** Identity of a deck. */
public record DeckId(long value) {
    public DeckId {
        if (value <= 0) throw new IllegalArgumentException("deck id must be positive: " + value);
    }

    // Written out: a record's own equals and hashCode link a method-handle tree on their first call, and
    // the collection's first read (start-up) is where that happens. Same results as the record's.
    @Override
    public boolean equals(Object o) {
        return o instanceof DeckId other && other.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }
}
