package io.deckhand.app.study;

import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.study.StudyCounts;

/** One row of the deck tree: counts include sub-decks and respect today's limits. */
public record DeckSummary(DeckId id, DeckName name, int depth, StudyCounts counts, boolean hasChildren) {
}
