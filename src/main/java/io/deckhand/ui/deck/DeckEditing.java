package io.deckhand.ui.deck;

import io.deckhand.app.study.DeckSummary;

/** What the deck tree can ask for besides studying: rename, delete, new sub-deck, move. */
public interface DeckEditing {
    void rename(DeckSummary deck);

    void delete(DeckSummary deck);

    void newSubDeck(DeckSummary parent);

    /** Asks where to move the deck. */
    void move(DeckSummary deck);

    /** Moves the deck under {@code parent} (null: to the top level), as a drag and drop does. */
    void moveUnder(DeckSummary deck, DeckSummary parent);

    /** Opens custom study of the deck (a cram session, study ahead, ...); nothing where not offered. */
    default void customStudy(DeckSummary deck) {
    }
}
