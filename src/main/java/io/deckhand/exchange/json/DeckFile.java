package io.deckhand.exchange.json;

import io.deckhand.domain.card.CardDraft;
import java.util.List;
import java.util.Objects;

/**
 * Deckhand's own deck file (the format of the bundled decks in {@code decks/}). See
 * {@code docs/deck-format.md}. Each card carries a {@code guid} so re-importing updates in place.
 */
public record DeckFile(String name, String description, List<Entry> cards) {
    public static final String FORMAT = "deckhand.deck";
    public static final int VERSION = 1;

    public DeckFile {
        Objects.requireNonNull(name);
        description = description == null ? "" : description;
        cards = List.copyOf(cards);
    }

    /** One card and its stable identity. */
    public record Entry(String guid, CardDraft card) {
        public Entry {
            Objects.requireNonNull(guid);
            Objects.requireNonNull(card);
        }
    }
}
