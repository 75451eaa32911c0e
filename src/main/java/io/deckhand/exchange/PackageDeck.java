package io.deckhand.exchange;

import io.deckhand.domain.deck.DeckName;
import java.util.Objects;

/** A deck inside a package; {@code id} is the package's own id, only meaningful inside it. */
public record PackageDeck(long id, DeckName name, String description) {
    public PackageDeck {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
    }
}
