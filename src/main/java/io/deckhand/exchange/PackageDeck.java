package io.deckhand.exchange;

import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.DeckPreset;
import java.util.Objects;

/**
 * A deck inside a package; {@code id} is the package's own id, only meaningful inside it.
 * {@code preset}: the deck's options, when the source has them (null: the target's defaults).
 */
public record PackageDeck(long id, DeckName name, String description, DeckPreset preset) {
    public PackageDeck {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
    }

    public PackageDeck(long id, DeckName name, String description) {
        this(id, name, description, null);
    }
}
