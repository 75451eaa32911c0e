package io.deckhand.app.study;

import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.study.StudyCounts;

/** One row of the deck tree: counts include sub-decks and respect today's limits. */
public record DeckSummary(DeckId id, DeckName name, int depth, StudyCounts counts, boolean hasChildren) {
    // Written out: the deck list's first selection (start-up) has JavaFX call equals(null), and a record's
    // own equals links a method-handle tree (some 65 classes and their JIT work) on its first call.
    // Same results as the record's.
    @Override
    public boolean equals(Object o) {
        return o instanceof DeckSummary other && depth == other.depth && hasChildren == other.hasChildren
                && id.equals(other.id) && name.equals(other.name) && counts.equals(other.counts);
    }

    @Override
    public int hashCode() {
        int h = id.hashCode();
        h = 31 * h + name.hashCode();
        h = 31 * h + Integer.hashCode(depth);
        h = 31 * h + counts.hashCode();
        return 31 * h + Boolean.hashCode(hasChildren);
    }
}
