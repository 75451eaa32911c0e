package io.deckhand.domain.card;

/** Identity of a card in the collection. */
public record CardId(long value) {
    public CardId {
        if (value <= 0) throw new IllegalArgumentException("card id must be positive: " + value);
    }
}
