package io.deckhand.domain.deck;

import java.util.Objects;

/** A deck in the collection and the preset of options it uses. */
public record Deck(DeckId id, DeckName name, PresetId presetId) {
    public Deck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(presetId, "presetId");
    }
}
