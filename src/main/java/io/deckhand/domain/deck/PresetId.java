package io.deckhand.domain.deck;

/** Identity of a deck-options preset. */
public record PresetId(long value) {
    public static final PresetId DEFAULT = new PresetId(1);

    public PresetId {
        if (value <= 0) throw new IllegalArgumentException("preset id must be positive: " + value);
    }
}
