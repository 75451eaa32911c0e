package io.deckhand.domain.deck;

/** Identity of a deck-options preset. */
public record PresetId(long value) {
    public static final PresetId DEFAULT = new PresetId(1);

    public PresetId {
        if (value <= 0) throw new IllegalArgumentException("preset id must be positive: " + value);
    }

    // Written out: a record's own equals and hashCode link a method-handle tree on their first call, and
    // the collection's first read (start-up) is where that happens. Same results as the record's.
    @Override
    public boolean equals(Object o) {
        return o instanceof PresetId other && other.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }
}
