package io.deckhand.domain.deck;

/** Identity of a deck. */
public record DeckId(long value) {
    public DeckId {
        if (value <= 0) throw new IllegalArgumentException("deck id must be positive: " + value);
    }
}
